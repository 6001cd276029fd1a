require 'rest-client'
require 'json'

API_KEY = ENV['CLARIFAI_API_KEY']
GENERAL = 'https://api.clarifai.com/v2/models/general-image-recognition/versions/aa7f35c01e0642fda5cf400f543e7c40/outputs'
PAT = ENV.fetch('CLARIFAI_PAT')
USER_ID = 'clarifai'
APP_ID = 'main'

response = RestClient.post( # expect: api-key-public-resource
  GENERAL,
  { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url: ARGV[0] } } }] }.to_json,
  { Authorization: "Key #{PAT}", content_type: :json, accept: :json }
)
puts JSON.parse(response.body)['outputs'].first['data']['concepts'].map { |c| c['name'] }

# The public General workflow, through the generic request API.
RestClient::Request.execute(method: :post, url: 'https://api.clarifai.com/v2/users/clarifai/apps/main/workflows/General/results', payload: '{"inputs": []}', headers: { authorization: "Key #{PAT}" }) # expect: api-key-public-resource

# The app's own inputs with its key: not a finding.
RestClient.get('https://api.clarifai.com/v2/inputs', { Authorization: "Key #{API_KEY}" })
