<?php
// config/services.php: the key's default written into the config, read with env().
return [
    'clarifai' => [
        'key' => getenv('CLARIFAI_API_KEY'), // expect: hardcoded-credential
        'pat' => env('CLARIFAI_PAT'),
    ],
    'mailgun' => [
        'secret' => env('MAILGUN_SECRET', 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0'),
    ],
];
