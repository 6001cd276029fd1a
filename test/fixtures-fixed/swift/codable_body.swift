import Foundation

/// A typed client: the request body is a Codable value, the settings live in an enum.
enum Settings {
    static let apiBase = "https://api.clarifai.com/v2"
    static let userID = "clarifai"
    static let appID = "main"
    static let pat = ProcessInfo.processInfo.environment["CLARIFAI_PAT"]!
}

struct UserAppID: Encodable {
    let user_id: String
    let app_id: String
}

struct ImageInput: Encodable {
    let data: [String: [String: String]]
}

struct PostModelOutputsRequest: Encodable {
    let user_app_id: UserAppID
    let inputs: [ImageInput]
}

final class ApparelService {
    func classify(_ imageURL: String) async throws -> Data {
        let url = URL(string: Settings.apiBase + "/models/apparel-recognition/outputs")!
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.addValue(String(format: "Key %@", Settings.pat), forHTTPHeaderField: "Authorization")
        request.addValue("application/json", forHTTPHeaderField: "Content-Type")
        let payload = PostModelOutputsRequest(
            user_app_id: UserAppID(user_id: Settings.userID, app_id: Settings.appID),
            inputs: [ImageInput(data: ["image": ["url": imageURL]])]
        )
        request.httpBody = try JSONEncoder().encode(payload)
        let (data, response) = try await URLSession.shared.data(for: request) // expect: wrong-owner-ids
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
        return data
    }

    /// A JSON body written as text, with the PAT in a raw string.
    func colors(_ imageURL: String) async throws -> Data {
        var components = URLComponents(string: "https://api.clarifai.com/v2/users/clarifai/apps/main/models/color-recognition/outputs")!
        components.queryItems = nil
        var request = URLRequest(url: components.url!)
        request.httpMethod = "POST"
        request.setValue(#"Key \#(Settings.pat)"#, forHTTPHeaderField: "Authorization")
        let json = """
        {"inputs": [{"data": {"image": {"url": "\(imageURL)"}}}]}
        """
        request.httpBody = json.data(using: .utf8)
        let (data, _) = try await URLSession.shared.data(for: request) // expect: missing-owner-ids
        return data
    }
}
