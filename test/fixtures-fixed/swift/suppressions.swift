import Foundation

let apiKey = ProcessInfo.processInfo.environment["CLARIFAI_API_KEY"] ?? ""

func general(imageURL: String) async throws -> Data {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/general-image-recognition/outputs")!)
    request.httpMethod = "POST"
    request.setValue("Key \(apiKey)", forHTTPHeaderField: "Authorization")
    request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
    /* clarifai-ignore-next-line api-key-public-resource -- this app still runs on a pre-2023 key until the migration */
    let (data, _) = try await URLSession.shared.data(for: request)
    return data
}

func food(imageURL: String) async throws -> Data {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/food-item-recognition/outputs")!)
    request.httpMethod = "POST"
    request.setValue("Key \(apiKey)", forHTTPHeaderField: "Authorization")
    request.httpBody = try JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
    let (data, _) = try await URLSession.shared.data(for: request) // clarifai-ignore api-key-public-resource
    return data
}

func nsfw(imageURL: String) async throws -> Data {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/users/clarifai/apps/main/models/nsfw-recognition/outputs")!)
    request.httpMethod = "POST"
    request.setValue("Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")", forHTTPHeaderField: "Authorization")
    // clarifai-ignore-next-line missing-owner-ids -- another rule's finding stays
    let (data, _) = try await URLSession.shared.data(for: request) // expect: api-key-public-resource
    return data
}
