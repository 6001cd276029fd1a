require 'faraday'
require 'json'

# One connection for the listing checks: its key belongs to the marketplace's own app.
CLARIFAI = Faraday.new(url: 'https://api.clarifai.com', headers: { 'Authorization' => "Key #{ENV['CLARIFAI_API_KEY']}", 'Content-Type' => 'application/json' })
PAT = ENV.fetch('CLARIFAI_PAT')
USER_ID = 'clarifai'
APP_ID = 'main'

def listing_quality(url)
  CLARIFAI.post('/v2/models/listing-quality/outputs', { inputs: [{ data: { image: { url: url } } }] }.to_json)
end

def moderate(url)
  CLARIFAI.post('/v2/models/moderation-recognition/outputs', { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url: url } } }] }.to_json, { 'Authorization' => "Key #{PAT}" }) # expect: api-key-public-resource
end

# A connection with a PAT set in its builder block, and a request built in a block.
conn = Faraday.new(url: 'https://api.clarifai.com') do |f|
  f.headers['Authorization'] = "Key #{ENV['CLARIFAI_PAT']}"
  f.adapter Faraday.default_adapter
end
faces = conn.post('/v2/models/face-detection/outputs') do |req| # expect: missing-owner-ids
  req.headers['Content-Type'] = 'application/json'
  req.body = { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url: ARGV[0] } } }] }.to_json
end
puts JSON.parse(faces.body)['status']['description']

# The module-level call with the key in a bare headers hash.
Faraday.post('https://api.clarifai.com/v2/users/clarifai/apps/main/models/nsfw-recognition/outputs', '{"inputs": []}', 'Authorization' => "Key #{PAT}") # expect: api-key-public-resource

# The key set on each request in its block.
api = Faraday.new('https://api.clarifai.com')
logos = api.post do |req| # expect: api-key-public-resource
  req.url '/v2/users/clarifai/apps/main/models/general-image-detection/outputs'
  req.headers['Authorization'] = "Key #{PAT}"
  req.body = JSON.generate(inputs: [{ data: { image: { url: ARGV[0] } } }])
end
workflow = api.post('/v2/workflows/General/results') do |req| # expect: api-key-public-resource
  req.headers['Authorization'] = "Key #{PAT}"
  req.body = { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url: ARGV[0] } } }] }.to_json
end
puts logos.status, workflow.status
