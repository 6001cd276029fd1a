<?php
// bin/label-photos.php: settings as constants, and functions that reach the client through globals.
require_once __DIR__ . '/../vendor/autoload.php';

use Clarifai\ClarifaiClient;
use Clarifai\Api\Data;
use Clarifai\Api\Image;
use Clarifai\Api\Input;
use Clarifai\Api\PostModelOutputsRequest;
use Clarifai\Api\UserAppIDSet;

define('CLARIFAI_KEY', getenv('CLARIFAI_API_KEY'));
const USER_ID = 'acme';
const APP_ID = 'catalog';
const LOGO_MODEL = 'c443119bf2ed4da98487520d01a0b1e3';
define('PAT', getenv('CLARIFAI_PAT'));

$client = ClarifaiClient::grpc();
$metadata = ['Authorization' => ['Key ' . CLARIFAI_KEY]];

function labelLogo(string $url): array
{
    global $client, $metadata;
    [$response] = $client->PostModelOutputs(new PostModelOutputsRequest([ // expect: api-key-public-resource
        'user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main']),
        'model_id' => LOGO_MODEL,
        'inputs' => [new Input(['data' => new Data(['image' => new Image(['url' => $url])])])],
    ]), ['Authorization' => ['Key ' . PAT]])->wait();
    return iterator_to_array($response->getOutputs()[0]->getData()->getRegions());
}

function labelOwn(string $url)
{
    // The key's own model in its own app: the metadata and the ids stay as they are for this one.
    return $GLOBALS['client']->PostModelOutputs(new PostModelOutputsRequest([
        'user_app_id' => new UserAppIDSet(['user_id' => USER_ID, 'app_id' => APP_ID]),
        'model_id' => 'catalog-logos',
        'inputs' => [new Input(['data' => new Data(['image' => new Image(['url' => $url])])])],
    ]), $GLOBALS['metadata'])->wait();
}

foreach (array_slice($argv, 1) as $url) {
    print_r(labelLogo($url));
    print_r(labelOwn($url));
}
