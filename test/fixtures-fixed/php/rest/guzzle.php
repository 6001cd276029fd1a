<?php
// src/ClarifaiRest.php: Guzzle against the REST API, the short paths of the old docs and the owner's path.
declare(strict_types=1);

use GuzzleHttp\Client;

require __DIR__ . '/vendor/autoload.php';

$apiKey = getenv('CLARIFAI_API_KEY');
$imageUrl = 'https://samples.clarifai.com/metro-north.jpg';
$body = ['inputs' => [['data' => ['image' => ['url' => $imageUrl]]]]];

$http = new Client(['timeout' => 30]);

// Shape A over REST: an app API key on the short path.
$response = $http->post('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', [ // expect: api-key-public-resource
    'headers' => ['Authorization' => 'Key ' . getenv('CLARIFAI_PAT'), 'Content-Type' => 'application/json'],
    'json' => $body,
]);

// The docs' PAT form with the owner in the path: correct.
$http->post('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-detection/versions/1580bb1932594c93b7e2e04456af7c6f/outputs', [
    'headers' => ['Authorization' => 'Key ' . getenv('CLARIFAI_PAT')],
    'json' => $body,
]);

// The author's own ids in the path, with a PAT.
$http->request('POST', 'https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', [ // expect: wrong-owner-ids
    'headers' => ['Authorization' => "Key " . getenv('CLARIFAI_PAT')],
    'json' => $body,
]);

// A user_app_id in the JSON body names the author's app.
$http->post('https://api.clarifai.com/v2/models/food-item-recognition/outputs', [ // expect: wrong-owner-ids
    'headers' => ['Authorization' => 'Key ' . getenv('CLARIFAI_PAT')],
    'json' => ['user_app_id' => ['user_id' => 'clarifai', 'app_id' => 'main'], 'inputs' => $body['inputs']],
]);

// A client with a base URI and default headers, shared by the key's own calls: the public call gets its own header.
$clarifai = new Client([
    'base_uri' => 'https://api.clarifai.com/',
    'headers' => ['Authorization' => "Key {$apiKey}"],
]);
$clarifai->post('v2/users/clarifai/apps/main/models/color-recognition/outputs', ['headers' => ['Authorization' => 'Key ' . getenv('CLARIFAI_PAT')], 'json' => $body]); // expect: api-key-public-resource
$clarifai->post('v2/models/catalog-colors/outputs', ['json' => $body]);
$clarifai->get('v2/inputs');

// A workflow of the key's own app, sent as a PSR-7 request with a JSON string.
$request = new \GuzzleHttp\Psr7\Request('POST', 'https://api.clarifai.com/v2/workflows/catalog-tagger/results', ['Authorization' => 'Key ' . $apiKey], json_encode($body));
$http->send($request); // expect: workflow-api-key:information

// Headers kept in a variable that another call to the key's own model shares.
$headers = ['Authorization' => 'Key ' . $apiKey, 'Accept' => 'application/json'];
$http->post('https://api.clarifai.com/v2/users/clarifai/apps/main/models/moderation-recognition/outputs', ['headers' => array_merge($headers, ['Authorization' => 'Key ' . getenv('CLARIFAI_PAT')]), 'json' => $body]); // expect: api-key-public-resource
$http->post('https://api.clarifai.com/v2/models/catalog-moderation/outputs', ['headers' => $headers, 'json' => $body]);

// Not Clarifai: fal.ai's `Key` scheme.
$http->post('https://fal.run/fal-ai/flux/dev', ['headers' => ['Authorization' => 'Key ' . getenv('FAL_KEY')], 'json' => ['prompt' => 'a cat']]);
