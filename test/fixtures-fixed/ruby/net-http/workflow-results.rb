#!/usr/bin/env ruby
# Runs Clarifai workflows on the images given on the command line.
require 'net/http'
require 'uri'
require 'json'

USER_ID = ENV['CLARIFAI_USER_ID']
APP_ID = ENV['CLARIFAI_APP_ID']
PAT = ENV.fetch('CLARIFAI_PAT')

def run_workflow(workflow_id, image_url)
  uri = URI.parse("https://api.clarifai.com/v2/users/#{USER_ID}/apps/#{APP_ID}/workflows/#{workflow_id}/results")
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  request = Net::HTTP::Post.new(uri.request_uri, 'Authorization' => "Key #{ENV['CLARIFAI_PERSONAL_ACCESS_TOKEN']}", 'Content-Type' => 'application/json')
  request.body = { inputs: [{ data: { image: { url: image_url } } }] }.to_json
  http.request(request)
end

# The public workflow, addressed through the caller's own user and app.
sentiment = URI.parse("https://api.clarifai.com/v2/users/clarifai/apps/main/workflows/Face-Sentiment/results")
http = Net::HTTP.new(sentiment.host, sentiment.port)
http.use_ssl = true
request = Net::HTTP::Post.new(sentiment.request_uri, 'Authorization' => "Key #{ENV['CLARIFAI_PERSONAL_ACCESS_TOKEN']}", 'Content-Type' => 'application/json')
request.body = { inputs: [{ data: { image: { url: ARGV[0] } } }] }.to_json
puts http.request(request).body # expect: wrong-owner-ids

# The app's own workflow with a PAT and its owner: correct.
puts run_workflow('product-tagging', ARGV[0]).body

# Ruby 2.4's one-call form, with the key.
body = { user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url: ARGV[0] } } }] }.to_json
headers = { 'Authorization' => "Key #{PAT}", 'Content-Type' => 'application/json' }
Net::HTTP.post(URI('https://api.clarifai.com/v2/workflows/Demographics/results'), body, headers) # expect: api-key-public-resource
