import Foundation

/// Predictions with a Personal Access Token read from the environment, as Clarifai's 2023 templates do.
struct ClarifaiClient {
    let pat = ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? ""

    /// The PAT was swapped in, but the request still names no owner (shape C).
    func generalConcepts(imageURL: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/general-image-recognition/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(pat)", forHTTPHeaderField: "Authorization")
        let body: [String: Any] = ["user_app_id": ["user_id": "clarifai", "app_id": "main"], "inputs": [["data": ["image": ["url": imageURL]]]]]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request) // expect: missing-owner-ids
        return data
    }

    /// The developer's own user and app with Clarifai's face model (shape B, the pre-2023 template).
    func faces(imageURL: String) async throws -> Data {
        let userID = "clarifai"
        let appID = "main"
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/face-detection/versions/6dc7e46bc9124c5c8824be4822abe105/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(pat)", forHTTPHeaderField: "Authorization")
        let body: [String: Any] = [
            "user_app_id": ["user_id": userID, "app_id": appID],
            "inputs": [["data": ["image": ["url": imageURL]]]],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request) // expect: wrong-owner-ids
        return data
    }

    /// Owner ids from the environment are the caller's own app.
    func nsfw(imageURL: String) async throws -> Data {
        let env = ProcessInfo.processInfo.environment
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/users/clarifai/apps/main/models/nsfw-recognition/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(pat)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
        let (data, _) = try await URLSession.shared.data(for: request) // expect: wrong-owner-ids
        return data
    }

    /// Already right: a PAT and clarifai/main in the path.
    func detection(imageURL: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-detection/versions/1580bb1932594c93b7e2e04456af7c6f/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(pat)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }

    /// Already right: a PAT and clarifai/main in the body, as the JavaScript template writes it.
    func sentiment(imageURL: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/workflows/Face-Sentiment/results")!)
        request.httpMethod = "POST"
        request.setValue("Key \(pat)", forHTTPHeaderField: "Authorization")
        let body: [String: Any] = [
            "user_app_id": ["user_id": "clarifai", "app_id": "main"],
            "inputs": [["data": ["image": ["url": imageURL]]]],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }

    /// The caller's own workflow with the caller's ids: nothing to change.
    func ownWorkflow(imageURL: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/users/jane-doe/apps/face-demo/workflows/face-pipeline/results")!)
        request.httpMethod = "POST"
        request.setValue("Key \(pat)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }

    /// A request built elsewhere: its URL is only known at run time.
    func send(_ request: URLRequest) async throws -> Data {
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
