//
//  ImageTagger.swift
//  PhotoTags
//
//  Tags photos with Clarifai's general model over the REST API.
//

import Foundation

enum ClarifaiConfig {
    static let apiKey = Bundle.main.object(forInfoDictionaryKey: "CLARIFAI_API_KEY") as? String ?? ""
    static let baseURL = "https://api.clarifai.com/v2"
    static let generalModel = "general-image-recognition"
    static let generalVersion = "aa7f35c01e0642fda5cf400f543e7c40"
}

struct Concept: Decodable {
    let name: String
    let value: Double
}

final class ImageTagger {
    private let session: URLSession

    init(session: URLSession = .shared) {
        self.session = session
    }

    /// Shape A of the old docs: the short path, an app API key and no user_app_id.
    func tags(for imageURL: String, completion: @escaping (Result<Data, Error>) -> Void) {
        guard let url = URL(string: "\(ClarifaiConfig.baseURL)/models/\(ClarifaiConfig.generalModel)/versions/\(ClarifaiConfig.generalVersion)/outputs") else { return }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "user_app_id": ["user_id": "clarifai", "app_id": "main"],
            "inputs": [
                ["data": ["image": ["url": imageURL]]]
            ]
        ]
        request.httpBody = try? JSONSerialization.data(withJSONObject: body)
        session.dataTask(with: request) { data, _, error in // expect: api-key-public-resource
            if let error = error {
                completion(.failure(error))
            } else if let data = data {
                completion(.success(data))
            }
        }.resume()
    }

    /// The legacy hex id of the food model, written into the path, with async/await.
    func foodTags(for imageURL: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/bd367be194cf45149e75f01d59f77ba7/outputs")!)
        request.httpMethod = "POST"
        request.allHTTPHeaderFields = [
            "Authorization": "Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")",
            "Content-Type": "application/json",
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: ["user_app_id": ["user_id": "clarifai", "app_id": "main"], "inputs": [["data": ["image": ["url": imageURL]]]]])
        let (data, _) = try await session.data(for: request) // expect: api-key-public-resource
        return data
    }

    /// A custom model in the key's own app: an API key reaches it.
    func customTags(for imageURL: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "\(ClarifaiConfig.baseURL)/models/my-product-classifier/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(ClarifaiConfig.apiKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
        let (data, _) = try await session.data(for: request)
        return data
    }

    /// A model chosen by the caller: only known at run time.
    func tags(for imageURL: String, model modelID: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "\(ClarifaiConfig.baseURL)/models/\(modelID)/outputs")!)
        request.httpMethod = "POST"
        request.setValue("Key \(ClarifaiConfig.apiKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
        let (data, _) = try await session.data(for: request)
        return data
    }
}
