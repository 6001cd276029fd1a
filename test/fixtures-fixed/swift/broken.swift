import Foundation

let apiKey = ProcessInfo.processInfo.environment["CLARIFAI_API_KEY"] ?? ""

// Half-typed code: the parser recovers, and the call that is whole is still found.
func predict(imageURL: String) async throws -> Data {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs")!)
    request.httpMethod = "POST"
    request.setValue("Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")", forHTTPHeaderField: "Authorization")
    let (data, _) = try await URLSession.shared.data(for: request) // expect: api-key-public-resource
    return data
}

func unfinished(imageURL: String {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/
    request.setValue("Key \(apiKey", forHTTPHeaderField:
    URLSession.shared.dataTask(with: request) { data, _, _ in
