<?php
// A file in the middle of an edit: an unclosed array and an unfinished function. What parses is still analysed.
use Clarifai\ClarifaiClient;
use Clarifai\Api\PostModelOutputsRequest;
use Clarifai\Api\UserAppIDSet;

$client = ClarifaiClient::grpc();
$metadata = ['Authorization' => ['Key ' . getenv('CLARIFAI_PAT')]];

[$response, $status] = $client->PostModelOutputs( // expect: missing-owner-ids
    new PostModelOutputsRequest([
        'user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']),
        'model_id' => 'general-image-recognition',
        'inputs' => [
    ]),
    $metadata
)->wait();

function retry( {
    $client->PostModelOutputs(new PostModelOutputsRequest(['model_id' => 'face-detection'
