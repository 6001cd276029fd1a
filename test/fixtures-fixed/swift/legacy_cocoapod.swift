//
//  ViewController.swift
//  PizzaOrNot
//

import UIKit
import Clarifai

class ViewController: UIViewController, UIImagePickerControllerDelegate, UINavigationControllerDelegate {

    @IBOutlet weak var imageView: UIImageView!
    @IBOutlet weak var resultLabel: UILabel!

    var app: ClarifaiApp?
    let foodModelID = "bd367be194cf45149e75f01d59f77ba7"
    let picker = UIImagePickerController()

    override func viewDidLoad() {
        super.viewDidLoad()
        app = ClarifaiApp(apiKey: ProcessInfo.processInfo.environment["CLARIFAI_API_KEY"] ?? "") // expect: hardcoded-credential

        // Deprecated, for older Clarifai Applications.
        // app = ClarifaiApp(appID: "", appSecret: "")
    }

    func recognizeImage(image: UIImage) {
        // Check that the application was initialized correctly.
        if let app = app {
            // Fetch Clarifai's general model.
            app.getModelByName("general-v1.3", completion: { (model, error) in // expect: api-key-public-resource
                let caiImage = ClarifaiImage(image: image)!
                model?.predict(on: [caiImage], completion: { (outputs, error) in
                    guard let caiOutputs = outputs else {
                        print("Predict failed")
                        return
                    }
                    if let caiOutput = caiOutputs.first {
                        let tags = caiOutput.concepts.map { $0.conceptName ?? "" }
                        DispatchQueue.main.async {
                            self.resultLabel.text = tags.joined(separator: ", ")
                        }
                    }
                })
            })
        }
    }

    func isPizza(image: UIImage) {
        app?.getModelByID(foodModelID) { model, error in // expect: api-key-public-resource
            model?.predict(on: [ClarifaiImage(image: image)]) { outputs, _ in
                let pizza = outputs?.first?.concepts.contains { $0.conceptName == "pizza" } ?? false
                print(pizza)
            }
        }
    }

    /// A model the developer trained in their own app: the key reaches it.
    func isCalzone(image: UIImage) {
        app?.getModelByID("calzone-detector") { model, error in
            model?.predict(on: [ClarifaiImage(image: image)]) { outputs, _ in
                print(outputs ?? [])
            }
        }
    }
}
