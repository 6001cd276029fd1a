import Foundation

// Credentials written into the source. The Clarifai calls below make comments and bare `Key …` values count.
// CLARIFAI_PAT = <redacted>   expect: hardcoded-credential

enum Secrets {
    static let clarifaiPAT = ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "" // expect: hardcoded-credential
    static let clarifaiAPIKey: String = ProcessInfo.processInfo.environment["CLARIFAI_API_KEY"] ?? "" // expect: hardcoded-credential
}

struct CredentialsStore {
    var tokens: [String: String] = ["CLARIFAI_PAT": ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? ""] // expect: hardcoded-credential
}

let pat = ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "" // expect: hardcoded-credential

func predict(imageURL: String) async throws -> Data {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs")!)
    request.httpMethod = "POST"
    request.setValue("Key \(pat)", forHTTPHeaderField: "Authorization")
    request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
    let (data, _) = try await URLSession.shared.data(for: request)
    return data
}

func predictWithWrittenKey(imageURL: String) async throws -> Data {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/users/clarifai/apps/main/models/food-item-recognition/outputs")!)
    request.httpMethod = "POST"
    request.setValue("Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")", forHTTPHeaderField: "Authorization") // expect: hardcoded-credential
    request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
    let (data, _) = try await URLSession.shared.data(for: request)
    return data
}

/// Headers in a dictionary literal, for a request to Clarifai.
let defaultHeaders = ["Authorization": "Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")", "Accept": "application/json"] // expect: hardcoded-credential
