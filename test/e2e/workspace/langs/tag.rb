# Tags a photo with Clarifai's general model over REST.
require "json"
require "net/http"

uri = URI("https://api.clarifai.com/v2/models/general-image-recognition/outputs")
request = Net::HTTP::Post.new(uri)
request["Authorization"] = "Key #{ENV['CLARIFAI_API_KEY']}"
request["Content-Type"] = "application/json"
request.body = { inputs: [{ data: { image: { url: "https://samples.clarifai.com/metro-north.jpg" } } }] }.to_json

response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
puts JSON.parse(response.body)["outputs"][0]["data"]["concepts"].map { |c| c["name"] }
