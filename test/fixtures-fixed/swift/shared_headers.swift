import Foundation

// One set of header fields for every request of the app; the key is the app's own.
let clarifaiKey = ProcessInfo.processInfo.environment["CLARIFAI_API_KEY"] ?? ""
let clarifaiHeaders = [
    "Authorization": "Key \(clarifaiKey)",
    "Content-Type": "application/json",
]

/// Adds an image to the caller's own app: the key is right here.
func addInput(imageURL: String) async throws {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/inputs")!)
    request.httpMethod = "POST"
    request.allHTTPHeaderFields = clarifaiHeaders
    request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
    _ = try await URLSession.shared.data(for: request)
}

/// Clarifai's moderation model: this request needs a PAT, the one above keeps the key.
func moderate(imageURL: String) async throws -> Data {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/moderation-recognition/outputs")!)
    request.httpMethod = "POST"
    request.allHTTPHeaderFields = clarifaiHeaders.merging(["Authorization": "Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")"], uniquingKeysWith: { $1 })
    request.httpBody = try JSONSerialization.data(withJSONObject: ["user_app_id": ["user_id": "clarifai", "app_id": "main"], "inputs": [["data": ["image": ["url": imageURL]]]]])
    let (data, _) = try await URLSession.shared.data(for: request) // expect: api-key-public-resource
    return data
}
