<?php
// Tags a photo with Clarifai's general model through the gRPC client, as its README showed it.
require __DIR__ . '/vendor/autoload.php';

use Clarifai\ClarifaiClient;
use Clarifai\Api\Data;
use Clarifai\Api\Image;
use Clarifai\Api\Input;
use Clarifai\Api\PostModelOutputsRequest;

$client = ClarifaiClient::grpc();
$metadata = ['Authorization' => ['Key ' . getenv('CLARIFAI_API_KEY')]];

[$response, $status] = $client->PostModelOutputs(
    new PostModelOutputsRequest([
        'model_id' => 'aaa03c23b3724a16a56b629203edc62c',
        'inputs' => [new Input(['data' => new Data(['image' => new Image(['url' => 'https://samples.clarifai.com/metro-north.jpg'])])])],
    ]),
    $metadata
)->wait();

foreach ($response->getOutputs()[0]->getData()->getConcepts() as $concept) {
    echo $concept->getName() . PHP_EOL;
}
