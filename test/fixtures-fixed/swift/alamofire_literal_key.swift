import Foundation
import Alamofire

/// A quick prototype: the key pasted into the header, Clarifai's face model, no owner ids.
func detectFaces(in imageURL: String) {
    AF.request( // expect: missing-owner-ids
        "https://api.clarifai.com/v2/models/face-detection/outputs",
        method: .post,
        parameters: ["user_app_id": ["user_id": "clarifai", "app_id": "main"], "inputs": [["data": ["image": ["url": imageURL]]]]],
        encoding: JSONEncoding.default,
        headers: ["Authorization": "Key \(ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "")"] // expect: hardcoded-credential
    ).responseData { response in
        debugPrint(response)
    }
}
