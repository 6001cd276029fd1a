// Tags a photo with Clarifai's general model over REST.
import Foundation

let apiKey = ProcessInfo.processInfo.environment["CLARIFAI_API_KEY"] ?? ""

var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/general-image-recognition/outputs")!)
request.httpMethod = "POST"
request.setValue("Key \(apiKey)", forHTTPHeaderField: "Authorization")
request.setValue("application/json", forHTTPHeaderField: "Content-Type")
let body: [String: Any] = ["inputs": [["data": ["image": ["url": "https://samples.clarifai.com/metro-north.jpg"]]]]]
request.httpBody = try! JSONSerialization.data(withJSONObject: body)

URLSession.shared.dataTask(with: request) { data, _, _ in
    if let data = data { print(String(decoding: data, as: UTF8.self)) }
}.resume()
