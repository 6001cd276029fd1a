<?php
// Recognises the food in a photo with Clarifai's food model, with PHP's curl extension.
$pat = getenv('CLARIFAI_PAT');
$body = json_encode(['inputs' => [['data' => ['image' => ['url' => 'https://samples.clarifai.com/food.jpg']]]]]);

$ch = curl_init('https://api.clarifai.com/v2/users/clarifai/apps/main/models/bd367be194cf45149e75f01d59f77ba7/outputs');
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Key ' . $pat, 'Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, $body);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$response = curl_exec($ch);
if ($response === false) {
    fwrite(STDERR, 'Request failed: ' . curl_error($ch) . PHP_EOL);
    exit(1);
}

$result = json_decode($response, true);
if ($result['status']['code'] !== 10000) {
    fwrite(STDERR, 'Clarifai error: ' . $result['status']['description'] . PHP_EOL);
    exit(1);
}
foreach (array_slice($result['outputs'][0]['data']['concepts'], 0, 3) as $concept) {
    printf("%s %.3f\n", $concept['name'], $concept['value']);
}
