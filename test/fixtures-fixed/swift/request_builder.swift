// An API client whose functions build the requests and leave sending them to the caller.
import Foundation

enum ClarifaiRequests {
    static let apiKey = ProcessInfo.processInfo.environment["CLARIFAI_API_KEY"] ?? ""

    /// Clarifai's NSFW model, with the app's key: the request fails wherever it is sent.
    static func moderation(imageURL: String) -> URLRequest {
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/nsfw-recognition/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")", forHTTPHeaderField: "Authorization")
        request.httpBody = try? JSONSerialization.data(withJSONObject: ["user_app_id": ["user_id": "clarifai", "app_id": "main"], "inputs": [["data": ["image": ["url": imageURL]]]]])
        return request // expect: api-key-public-resource
    }

    /// The app's own model: the key reaches it.
    static func productTags(imageURL: String) -> URLRequest {
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/catalog-tagger/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(apiKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = try? JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
        return request
    }

    /// Built, then sent here: reported once, where it is sent.
    static func colors(imageURL: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/users/clarifai/apps/main/models/color-recognition/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request) // expect: api-key-public-resource
        return data
    }

    /// A URL, not a request: callers decide how to send it.
    static func modelURL(_ id: String) -> URL {
        return URL(string: "https://api.clarifai.com/v2/models/\(id)/outputs")!
    }
}
