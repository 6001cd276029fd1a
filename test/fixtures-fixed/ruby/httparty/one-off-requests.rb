require 'httparty'
require 'json'

CLARIFAI_URL = 'https://api.clarifai.com/v2/users/%s/apps/%s/models/%s/outputs'
USER_ID = 'clarifai'
APP_ID = 'main'

# A PAT, string keys like the JSON they become, and no owner.
food = HTTParty.post( # expect: missing-owner-ids
  'https://api.clarifai.com/v2/models/food-item-recognition/outputs',
  headers: { 'Authorization' => "Key #{ENV.fetch('CLARIFAI_PAT')}", 'Content-Type' => 'application/json' },
  body: { 'user_app_id' => { 'user_id' => USER_ID, 'app_id' => APP_ID }, 'inputs' => [{ 'data' => { 'image' => { 'url' => 'https://samples.clarifai.com/food.jpg' } } }] }.to_json
)
puts food.code

# The owner in a JSON heredoc: correct.
payload = <<~JSON
  {"user_app_id": {"user_id": "clarifai", "app_id": "main"}, "inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/metro-north.jpg"}}}]}
JSON
HTTParty.post('https://api.clarifai.com/v2/models/general-image-detection/outputs', headers: { 'Authorization' => "Key #{ENV.fetch('CLARIFAI_PAT')}" }, body: payload)

# A format string names the developer's own ids.
url = format(CLARIFAI_URL, 'clarifai', 'main', 'apparel-recognition')
HTTParty.post(url, headers: { 'Authorization' => "Key #{ENV.fetch('CLARIFAI_PAT')}" }, body: JSON.dump(inputs: [])) # expect: wrong-owner-ids
