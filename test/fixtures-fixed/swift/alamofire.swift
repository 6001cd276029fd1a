import Alamofire
import Foundation

/// Alamofire 5 requests to Clarifai's REST API.
final class RecipeScanner {
    private let apiKey = Bundle.main.infoDictionary?["ClarifaiAPIKey"] as? String ?? ""
    private let modelURL = "https://api.clarifai.com/v2/models/food-item-recognition/versions/1d5fd481e0cf4826aa72ec3ff049e044/outputs"

    func ingredients(in imageURL: String, completion: @escaping (Result<Data, AFError>) -> Void) {
        let parameters: [String: Any] = [
            "user_app_id": ["user_id": "clarifai", "app_id": "main"],
            "inputs": [["data": ["image": ["url": imageURL]]]],
        ]
        let headers: HTTPHeaders = [
            "Authorization": "Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")",
            "Accept": "application/json",
        ]
        AF.request(modelURL, method: .post, parameters: parameters, encoding: JSONEncoding.default, headers: headers) // expect: api-key-public-resource
            .validate()
            .responseData { response in
                completion(response.result)
            }
    }

    /// The caller's own concept model, read with the same key: nothing to change.
    func dishes(in imageURL: String) {
        AF.request(
            "https://api.clarifai.com/v2/models/dish-classifier/outputs",
            method: .post,
            parameters: ["inputs": [["data": ["image": ["url": imageURL]]]]],
            encoding: JSONEncoding.default,
            headers: HTTPHeaders(["Authorization": "Key \(apiKey)"])
        ).responseData { response in
            debugPrint(response)
        }
    }

    /// A PAT and clarifai/main in the body: correct.
    func general(in imageURL: String) {
        let pat = ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? ""
        AF.request(
            "https://api.clarifai.com/v2/models/general-image-recognition/outputs",
            method: .post,
            parameters: ["user_app_id": ["user_id": "clarifai", "app_id": "main"], "inputs": [["data": ["image": ["url": imageURL]]]]],
            encoding: JSONEncoding.default,
            headers: ["Authorization": "Key \(pat)"]
        ).responseData { response in
            debugPrint(response)
        }
    }
}
