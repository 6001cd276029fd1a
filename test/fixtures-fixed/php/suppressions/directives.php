<?php
// Suppression comments: on the line, on the line above, and a reason after the rule id.
use Clarifai\ClarifaiClient;
use Clarifai\Api\PostModelOutputsRequest;
use Clarifai\Api\UserAppIDSet;

$client = ClarifaiClient::grpc();
$metadata = ['Authorization' => ['Key ' . getenv('CLARIFAI_API_KEY')]];
$patMetadata = ['Authorization' => ['Key ' . getenv('CLARIFAI_PAT')]];

$client->PostModelOutputs(new PostModelOutputsRequest(['model_id' => 'general-image-recognition']), $metadata)->wait(); // clarifai-ignore api-key-public-resource

// clarifai-ignore-next-line api-key-public-resource -- the proxy in front of this script swaps in a PAT
$client->PostModelOutputs(new PostModelOutputsRequest(['model_id' => 'face-detection']), $metadata)->wait();

# clarifai-ignore-next-line missing-owner-ids
$client->PostModelOutputs(new PostModelOutputsRequest(['user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']), 'model_id' => 'nsfw-recognition']), $patMetadata)->wait(); // expect: api-key-public-resource

/* clarifai-ignore-next-line */
$client->PostModelOutputs(new PostModelOutputsRequest(['model_id' => 'color-recognition']), $metadata)->wait();
