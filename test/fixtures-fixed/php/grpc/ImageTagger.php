<?php
// src/Service/ImageTagger.php: a service class that builds its requests with the generated setters.
declare(strict_types=1);

namespace App\Service;

use Clarifai\Api\Data;
use Clarifai\Api\Image;
use Clarifai\Api\Input;
use Clarifai\Api\PostModelOutputsRequest;
use Clarifai\Api\PostWorkflowResultsRequest;
use Clarifai\Api\Status\StatusCode;
use Clarifai\Api\UserAppIDSet;
use Clarifai\Api\V2Client;
use Clarifai\ClarifaiClient;

final class ImageTagger
{
    private const GENERAL_MODEL = 'general-image-recognition';
    private const MODERATION_WORKFLOW = 'Face-Sentiment';

    private V2Client $client;
    private array $metadata;

    public function __construct()
    {
        $this->client = ClarifaiClient::grpc();
        $this->metadata = ['Authorization' => ['Key ' . getenv('CLARIFAI_PAT')]];
    }

    /** @return string[] */
    public function tags(string $url): array
    {
        $request = new PostModelOutputsRequest();
        $request->setUserAppId(new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']));
        $request->setModelId(self::GENERAL_MODEL);
        $request->setInputs([$this->input($url)]);
        [$response, $status] = $this->client->PostModelOutputs($request, $this->metadata)->wait(); // expect: missing-owner-ids
        $this->check($status, $response);
        $names = [];
        foreach ($response->getOutputs()[0]->getData()->getConcepts() as $concept) {
            $names[] = $concept->getName();
        }
        return $names;
    }

    public function moderate(string $url)
    {
        // The user_app_id names the author's own app, set on the request afterwards.
        $owner = new UserAppIDSet();
        $owner->setUserId('clarifai');
        $owner->setAppId('main');
        $request = (new PostWorkflowResultsRequest())->setWorkflowId(self::MODERATION_WORKFLOW)->setInputs([$this->input($url)]);
        $request->setUserAppId($owner);
        [$response, $status] = $this->client->PostWorkflowResults($request, $this->metadata)->wait(); // expect: wrong-owner-ids
        $this->check($status, $response);
        return $response->getResults()[0];
    }

    public function custom(string $url)
    {
        // The app's own model, named by the app's own ids: not a finding.
        $request = new PostModelOutputsRequest();
        $request->setUserAppId(new UserAppIDSet(['user_id' => 'acme', 'app_id' => 'storefront']));
        $request->setModelId('storefront-categories');
        $request->setInputs([$this->input($url)]);
        return $this->client->PostModelOutputs($request, $this->metadata)->wait();
    }

    private function input(string $url): Input
    {
        return new Input(['data' => new Data(['image' => new Image(['url' => $url])])]);
    }

    private function check($status, $response): void
    {
        if ($status->code !== 0 || $response->getStatus()->getCode() != StatusCode::SUCCESS) {
            throw new \RuntimeException($response->getStatus()->getDescription());
        }
    }
}
