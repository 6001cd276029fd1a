<?php
// scripts/predict.php: clarifai-php-grpc with every owner/credential combination, keys and PATs side by side.
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use Clarifai\ClarifaiClient;
use Clarifai\Api\Data;
use Clarifai\Api\GetModelRequest;
use Clarifai\Api\Image;
use Clarifai\Api\Input;
use Clarifai\Api\PostInputsRequest;
use Clarifai\Api\PostModelOutputsRequest;
use Clarifai\Api\PostWorkflowResultsRequest;
use Clarifai\Api\UserAppIDSet;

$client = ClarifaiClient::grpc();

$pat = getenv('CLARIFAI_PAT');
$apiKey = getenv('CLARIFAI_API_KEY');
$inputs = [new Input(['data' => new Data(['image' => new Image(['url' => 'https://samples.clarifai.com/metro-north.jpg'])])])];

$patMetadata = ['Authorization' => ['Key ' . $pat]];
$keyMetadata = ['Authorization' => ["Key {$apiKey}"]];

// The owner's ids and a PAT: correct.
[$response, $status] = $client->PostModelOutputs(new PostModelOutputsRequest([
    'user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']),
    'model_id' => 'general-image-recognition',
    'version_id' => 'aa7f35c01e0642fda5cf400f543e7c40',
    'inputs' => $inputs,
]), $patMetadata)->wait();

// A PAT without any user_app_id.
$client->PostModelOutputs(new PostModelOutputsRequest(['user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']), 'model_id' => 'nsfw-recognition', 'inputs' => $inputs]), $patMetadata)->wait(); // expect: missing-owner-ids

// `me` is the token's own user, never clarifai.
$client->PostModelOutputs(new PostModelOutputsRequest([ // expect: wrong-owner-ids
    'user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']),
    'model_id' => 'apparel-detection',
    'inputs' => $inputs,
]), $patMetadata)->wait();

// Ids read from the environment: the caller's own account.
$ownApp = new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']);
$client->PostModelOutputs(new PostModelOutputsRequest(['user_app_id' => $ownApp, 'model_id' => 'face-detection', 'inputs' => $inputs]), $patMetadata)->wait(); // expect: wrong-owner-ids

// The key's metadata, shared with the calls on the key's own app below.
$client->PostModelOutputs(new PostModelOutputsRequest(['user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']), 'model_id' => 'aaa03c23b3724a16a56b629203edc62c', 'inputs' => $inputs]), $patMetadata)->wait(); // expect: api-key-public-resource
$client->PostWorkflowResults(new PostWorkflowResultsRequest(['user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']), 'workflow_id' => 'Face-Sentiment', 'inputs' => $inputs]), $patMetadata)->wait(); // expect: api-key-public-resource
$client->GetModel(new GetModelRequest(['user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']), 'model_id' => 'celebrity-face-recognition']), $patMetadata)->wait(); // expect: api-key-public-resource

// The key's own app: its model, its inputs, its workflow.
$client->PostModelOutputs(new PostModelOutputsRequest(['model_id' => 'shelf-gap-detector', 'inputs' => $inputs]), $keyMetadata)->wait();
$client->PostInputs(new PostInputsRequest(['inputs' => $inputs]), $keyMetadata)->wait();
$client->PostWorkflowResults(new PostWorkflowResultsRequest(['workflow_id' => 'shelf-audit', 'inputs' => $inputs]), $keyMetadata)->wait(); // expect: workflow-api-key:information

// Right owner, but a credential named like an app key: it may well hold a PAT.
$client->PostModelOutputs(new PostModelOutputsRequest([ // expect: api-key-public-resource:information
    'user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']),
    'model_id' => 'general-image-detection',
    'inputs' => $inputs,
]), ['Authorization' => ['Key ' . getenv('CLARIFAI_PAT')]])->wait();

// Metadata written in the call itself, as `"Key $pat"` and with sprintf.
$client->PostWorkflowResults(new PostWorkflowResultsRequest(['user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']), 'workflow_id' => 'Demographics', 'inputs' => $inputs]), ['Authorization' => ["Key $pat"]])->wait(); // expect: missing-owner-ids
$client->PostModelOutputs(new PostModelOutputsRequest(['user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']), 'model_id' => 'food-item-recognition', 'inputs' => $inputs]), ['authorization' => [sprintf('Key %s', getenv('CLARIFAI_PAT'))]])->wait(); // expect: missing-owner-ids

/** The model and owner are only known when this runs: no guess. */
function predictWith(V2ClientLike $client, string $modelId, UserAppIDSet $owner, array $metadata)
{
    return $client->PostModelOutputs(new PostModelOutputsRequest(['user_app_id' => $owner, 'model_id' => $modelId]), $metadata)->wait();
}

/** Metadata built by a helper without parameters is followed. */
function clarifaiMetadata(): array
{
    return ['Authorization' => ['Key ' . getenv('CLARIFAI_PAT')]];
}
$client->PostModelOutputs(new PostModelOutputsRequest(['user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']), 'model_id' => 'general-image-embedding', 'inputs' => $inputs]), clarifaiMetadata())->wait(); // expect: missing-owner-ids
