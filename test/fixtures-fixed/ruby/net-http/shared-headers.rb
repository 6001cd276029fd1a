# A nightly job: one headers hash for every request, to the shop's own model and to Clarifai's.
require 'net/http'
require 'json'

API = 'https://api.clarifai.com/v2'
HEADERS = { 'Authorization' => "Key #{ENV.fetch('CLARIFAI_API_KEY')}", 'Content-Type' => 'application/json' }.freeze
PAT = ENV.fetch('CLARIFAI_PAT')
USER_ID = 'clarifai'
APP_ID = 'main'

def post_inputs(path, urls)
  uri = URI("#{API}#{path}")
  body = { inputs: urls.map { |url| { data: { image: { url: url } } } } }.to_json
  Net::HTTP.post(uri, body, HEADERS)
end

def defects(urls)
  post_inputs('/models/defect-detector/outputs', urls)
end

def nsfw(urls)
  uri = URI("#{API}/models/nsfw-recognition/outputs")
  request = Net::HTTP::Post.new(uri, HEADERS.merge('Authorization' => "Key #{PAT}"))
  request.body = { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: urls.map { |url| { data: { image: { url: url } } } } }.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) } # expect: api-key-public-resource
end

urls = File.readlines('batch.txt', chomp: true)
puts defects(urls).body
puts nsfw(urls).body
