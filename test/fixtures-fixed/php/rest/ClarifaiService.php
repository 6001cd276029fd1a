<?php
// app/Services/ClarifaiService.php: Laravel's HTTP client with the key from the service config.
namespace App\Services;

use Illuminate\Support\Facades\Http;

class ClarifaiService
{
    private const API = 'https://api.clarifai.com/v2';

    public function __construct(private string $apiKey = '')
    {
        $this->apiKey = config('services.clarifai.key');
    }

    /** The general model on the short path, with the app key. */
    public function concepts(string $imageUrl): array
    {
        $response = Http::withHeaders([
            'Authorization' => 'Key ' . getenv('CLARIFAI_PAT'),
        ])->post(self::API . '/users/clarifai/apps/main/models/general-image-recognition/outputs', [ // expect: api-key-public-resource
            'inputs' => [['data' => ['image' => ['url' => $imageUrl]]]],
        ]);
        return $response->json('outputs.0.data.concepts', []);
    }

    /** The token as its own scheme; the owner's ids in the path, a key named like an app key. */
    public function faces(string $imageUrl): array
    {
        return Http::withToken(getenv('CLARIFAI_PAT'), 'Key')
            ->acceptJson()
            ->post(self::API . '/users/clarifai/apps/main/models/face-detection/outputs', ['inputs' => [['data' => ['image' => ['url' => $imageUrl]]]]]) // expect: api-key-public-resource:information
            ->json('outputs.0.data.regions', []);
    }

    /** A PAT from the environment, a base URL, and no owner. */
    public function workflow(string $imageUrl): array
    {
        return Http::baseUrl(self::API)
            ->withToken(env('CLARIFAI_PAT'), 'Key')
            ->post('users/clarifai/apps/main/workflows/Face-Sentiment/results', ['inputs' => [['data' => ['image' => ['url' => $imageUrl]]]]]) // expect: missing-owner-ids
            ->json();
    }

    /** The app's own model: not a finding. */
    public function shelves(string $imageUrl): array
    {
        return Http::withHeaders(['Authorization' => 'Key ' . $this->apiKey])
            ->post(self::API . '/models/shelf-gap-detector/outputs', ['inputs' => [['data' => ['image' => ['url' => $imageUrl]]]]])
            ->json();
    }

    /** Bearer tokens are not Clarifai's scheme for keys: another service. */
    public function translate(string $text): array
    {
        return Http::withToken(env('DEEPL_TOKEN'))->post('https://api.deepl.com/v2/translate', ['text' => [$text]])->json();
    }
}
