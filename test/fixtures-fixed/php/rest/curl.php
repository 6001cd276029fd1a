<?php
// predict.php: the curl extension, as the old REST docs' PHP tab and many tutorials wrote it.

$apiKey = $_ENV['CLARIFAI_API_KEY'];
$modelId = 'general-image-recognition';
$versionId = 'aa7f35c01e0642fda5cf400f543e7c40';
$imageUrl = $argv[1] ?? 'https://samples.clarifai.com/metro-north.jpg';

// The short path, an app API key, the body as json_encode of an array.
$ch = curl_init("https://api.clarifai.com/v2/users/clarifai/apps/main/models/$modelId/versions/$versionId/outputs");
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Authorization: Key ' . getenv('CLARIFAI_PAT'),
    'Content-Type: application/json',
]);
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['inputs' => [['data' => ['image' => ['url' => $imageUrl]]]]]));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$result = curl_exec($ch); // expect: api-key-public-resource
curl_close($ch);

// All options at once, the body as a JSON string, the PAT read from the environment: the owner is missing.
$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_URL => 'https://api.clarifai.com/v2/users/clarifai/apps/main/workflows/General/results',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_POSTFIELDS => '{"inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/metro-north.jpg"}}}]}',
    CURLOPT_HTTPHEADER => ["Authorization: Key " . getenv('CLARIFAI_PAT'), 'Content-Type: application/json'],
]);
$workflow = curl_exec($curl); // expect: missing-owner-ids
curl_close($curl);

// The author's own ids in the path, with sprintf.
$url = sprintf('https://api.clarifai.com/v2/users/%s/apps/%s/models/%s/outputs', 'clarifai', 'main', 'apparel-detection');
$h = curl_init($url);
curl_setopt($h, CURLOPT_HTTPHEADER, ['Authorization: Key ' . getenv('CLARIFAI_PAT'), 'Content-Type: application/json']);
curl_setopt($h, CURLOPT_POSTFIELDS, json_encode(['inputs' => []]));
curl_exec($h); // expect: wrong-owner-ids

// The key's own model: not a finding.
$own = curl_init('https://api.clarifai.com/v2/models/catalog-logos/outputs');
curl_setopt($own, CURLOPT_HTTPHEADER, ['Authorization: Key ' . $apiKey]);
curl_setopt($own, CURLOPT_POSTFIELDS, json_encode(['inputs' => []]));
curl_exec($own);

// A download from another host.
$download = curl_init('https://example.com/clarifai-export.json');
curl_exec($download);
