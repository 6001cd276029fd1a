<?php
// The docs sample as many projects kept it from before March 2023: the author's own user and app ids with
// Clarifai's general model. The ids are written once and used only here, so the fix writes the owner's there.

require __DIR__ . '/vendor/autoload.php';

$PAT = getenv('CLARIFAI_PAT');
$USER_ID = 'clarifai';
$APP_ID = 'main';
$MODEL_ID = 'general-image-recognition';
$IMAGE_URL = 'https://samples.clarifai.com/metro-north.jpg';

use Clarifai\ClarifaiClient;
use Clarifai\Api\Data;
use Clarifai\Api\Image;
use Clarifai\Api\Input;
use Clarifai\Api\PostModelOutputsRequest;
use Clarifai\Api\Status\StatusCode;
use Clarifai\Api\UserAppIDSet;

$client = ClarifaiClient::grpc();

$metadata = ['Authorization' => ['Key ' . $PAT]];

$userDataObject = new UserAppIDSet([
    'user_id' => $USER_ID,
    'app_id' => $APP_ID,
]);

[$response, $status] = $client->PostModelOutputs( // expect: wrong-owner-ids
    new PostModelOutputsRequest([
        'user_app_id' => $userDataObject,
        'model_id' => $MODEL_ID,
        'inputs' => [
            new Input(['data' => new Data(['image' => new Image(['url' => $IMAGE_URL])])]),
        ],
    ]),
    $metadata
)->wait();

if ($status->code !== 0) {
    throw new Exception("Error: {$status->details}");
}
if ($response->getStatus()->getCode() != StatusCode::SUCCESS) {
    throw new Exception('Failure response: ' . $response->getStatus()->getDescription());
}
