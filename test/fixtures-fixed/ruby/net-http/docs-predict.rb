# frozen_string_literal: true

# Predicts with Clarifai's public models over REST, the way the docs' Ruby-less examples translate to Net::HTTP.
require 'net/http'
require 'json'

MODEL_ID = 'general-image-recognition'
MODEL_VERSION_ID = 'aa7f35c01e0642fda5cf400f543e7c40'
IMAGE_URL = 'https://samples.clarifai.com/metro-north.jpg'
PAT = ENV.fetch('CLARIFAI_PAT')
USER_ID = 'clarifai'
APP_ID = 'main'

def image_inputs(url)
  [{ data: { image: { url: url } } }]
end

# The old docs' shape: the short path and an app API key.
def tag_with_key
  uri = URI("https://api.clarifai.com/v2/models/#{MODEL_ID}/versions/#{MODEL_VERSION_ID}/outputs")
  request = Net::HTTP::Post.new(uri)
  request['Authorization'] = "Key #{PAT}"
  request['Content-Type'] = 'application/json'
  request.body = { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: image_inputs(IMAGE_URL) }.to_json
  Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(request) } # expect: api-key-public-resource
end

# A PAT, but no owner: Clarifai looks in the token's own app.
def detect_faces(url)
  uri = URI.parse('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs')
  request = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json')
  request['Authorization'] = "Key #{ENV.fetch('CLARIFAI_PAT')}"
  request.body = JSON.generate(inputs: image_inputs(url))
  response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) do |http|
    http.request(request) # expect: missing-owner-ids
  end
  JSON.parse(response.body)
end

# The 2023 template: a PAT and the owner's ids in the body. Correct.
def tag_correctly(url)
  uri = URI("https://api.clarifai.com/v2/models/#{MODEL_ID}/outputs")
  request = Net::HTTP::Post.new(uri)
  request['Authorization'] = "Key #{ENV.fetch('CLARIFAI_PAT')}"
  request.body = { user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: image_inputs(url) }.to_json
  Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(request) }
end

# The caller's own model with the app's key: not a finding.
def classify_listing(url)
  uri = URI('https://api.clarifai.com/v2/models/listing-quality/outputs')
  request = Net::HTTP::Post.new(uri)
  request['Authorization'] = "Key #{ENV['CLARIFAI_API_KEY']}"
  request.body = { inputs: image_inputs(url) }.to_json
  Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(request) }
end

# A model chosen by the caller: only known at run time, no guess.
def predict(model_id, url)
  uri = URI("https://api.clarifai.com/v2/models/#{model_id}/outputs")
  request = Net::HTTP::Post.new(uri)
  request['Authorization'] = "Key #{ENV['CLARIFAI_API_KEY']}"
  request.body = { inputs: image_inputs(url) }.to_json
  Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(request) }
end

puts tag_with_key.body if $PROGRAM_NAME == __FILE__
