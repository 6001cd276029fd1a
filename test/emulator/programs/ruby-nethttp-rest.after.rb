# Tags a photo with Clarifai's general model over REST, with Ruby's standard library.
require "json"
require "net/http"

PAT = ENV.fetch("CLARIFAI_PAT")

uri = URI("https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs")
request = Net::HTTP::Post.new(uri)
request["Authorization"] = "Key #{PAT}"
request["Content-Type"] = "application/json"
request.body = { inputs: [{ data: { image: { url: "https://samples.clarifai.com/metro-north.jpg" } } }] }.to_json

response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
result = JSON.parse(response.body)
abort "Clarifai error: #{result["status"]["description"]}" unless result["status"]["code"] == 10_000

result["outputs"][0]["data"]["concepts"].first(3).each { |concept| puts "#{concept["name"]} #{concept["value"]}" }
