<?php
// config.php and friends: credentials written into the source, and the fixes that read them from the environment.
use Clarifai\ClarifaiClient;
use Clarifai\Api\PostModelOutputsRequest;
use Clarifai\Api\UserAppIDSet;

$CLARIFAI_PAT = getenv('CLARIFAI_PAT'); // expect: hardcoded-credential
define('CLARIFAI_API_KEY', getenv('CLARIFAI_API_KEY')); // expect: hardcoded-credential
$settings = [
    'clarifai_api_key' => getenv('CLARIFAI_API_KEY'), // expect: hardcoded-credential
    'timeout' => 30,
];

// Before the move to the environment: $CLARIFAI_PAT = '<redacted>'; // expect: hardcoded-credential

class Settings
{
    // A constant and a property default must be constant expressions: these are reported without an edit.
    const CLARIFAI_PAT = '3c59dc048e8850243be8079a5c74d079'; // expect: hardcoded-credential
    private $clarifaiKey = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'; // expect: hardcoded-credential
}

$client = ClarifaiClient::grpc();
// The PAT written into the metadata, and the owner's ids: the call is right, the credential is not.
$client->PostModelOutputs(new PostModelOutputsRequest([
    'user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']),
    'model_id' => 'general-image-recognition',
]), ['Authorization' => ['Key ' . getenv('CLARIFAI_PAT')]])->wait(); // expect: hardcoded-credential

// A written-in default of the environment variable.
$pat = getenv('CLARIFAI_PAT'); // expect: hardcoded-credential
$client->PostModelOutputs(new PostModelOutputsRequest([
    'user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']),
    'model_id' => 'face-detection',
]), ['Authorization' => ['Key ' . $pat]])->wait();

// curl's header line.
$headers = ['Authorization: Key ' . getenv('CLARIFAI_PAT')]; // expect: hardcoded-credential
