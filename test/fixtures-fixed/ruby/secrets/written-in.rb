# Credentials written into a Clarifai client. The values here are made up.
require 'net/http'
require 'json'

CLARIFAI_PAT = ENV.fetch('CLARIFAI_PAT') # expect: hardcoded-credential
API_KEY = ENV.fetch("CLARIFAI_API_KEY") # expect: hardcoded-credential

# Old key, kept for reference: Key <redacted> # expect: hardcoded-credential

SETTINGS = {
  clarifai_api_key: ENV.fetch('CLARIFAI_API_KEY'), # expect: hardcoded-credential
  region: 'us-east-1'
}.freeze
PAT = ENV.fetch('CLARIFAI_PAT')

def tag(url)
  uri = URI('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs')
  request = Net::HTTP::Post.new(uri)
  request['Authorization'] = "Key #{CLARIFAI_PAT}"
  request.body = { inputs: [{ data: { image: { url: url } } }] }.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
end

def tag_own(url)
  uri = URI('https://api.clarifai.com/v2/models/shop-classifier/outputs')
  request = Net::HTTP::Post.new(uri, 'Authorization' => 'Key ' + ENV.fetch('CLARIFAI_PAT')) # expect: hardcoded-credential
  request.body = { inputs: [{ data: { image: { url: url } } }] }.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
end

def moderate(url)
  uri = URI('https://api.clarifai.com/v2/users/clarifai/apps/main/models/moderation-recognition/outputs')
  request = Net::HTTP::Post.new(uri)
  request['Authorization'] = "Key #{PAT}"
  request.body = { inputs: [{ data: { image: { url: url } } }] }.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) } # expect: api-key-public-resource:information
end

def colors(url)
  uri = URI('https://api.clarifai.com/v2/users/clarifai/apps/main/models/color-recognition/outputs')
  request = Net::HTTP::Post.new(uri)
  request['Authorization'] = "Key #{ENV.fetch("CLARIFAI_PAT")}" # expect: hardcoded-credential
  request.body = { inputs: [{ data: { image: { url: url } } }] }.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
end
