# The legacy clarifai.rest client (pip install clarifai<=2.6.2): it only takes app API keys and cannot name an owner.
import os

from clarifai.rest import ClarifaiApp
from clarifai.rest import Image as ClImage
import json
import urllib.request


def predict_clarifai_model(model_id, images):
    """Runs a public Clarifai model (clarifai/main) with a PAT and returns the response, as the old client did."""
    body = json.dumps({"inputs": [{"data": {"image": image}} for image in images]}).encode()
    request = urllib.request.Request(f"https://api.clarifai.com/v2/users/clarifai/apps/main/models/{model_id}/outputs", data=body, headers={"Authorization": "Key " + os.environ["CLARIFAI_PAT"], "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


app = ClarifaiApp(api_key=os.environ["CLARIFAI_API_KEY"])

# Public models through the client's accessors.
predict_clarifai_model("general-image-recognition", [{"url": "https://samples.clarifai.com/metro-north.jpg"}])  # expect: api-key-public-resource
model = app.public_models.food_model
model.predict([ClImage(url="https://samples.clarifai.com/food.jpg")])  # expect: api-key-public-resource

# A lookup by legacy name, and by a public id.
general = app.models.get("general-v1.3")  # expect: api-key-public-resource
app.models.get(model_id="e9576d86d2004ed1a38ba0cf39ecb4b1")  # expect: api-key-public-resource

# The deprecated helpers use the general model by default.
predict_clarifai_model("general-image-recognition", [{"url": url} for url in ["https://samples.clarifai.com/dog.jpg"]])  # expect: api-key-public-resource
app.tag_files(["dog.jpg"], model="my-own-model")

# A public workflow, and the key's own workflow.
app.workflows.get("General").predict_by_url("https://samples.clarifai.com/dog.jpg")  # expect: api-key-public-resource
app.workflows.get("my-moderation-flow")  # expect: workflow-api-key:information

# The key's own models and inputs: fine.
app.models.get("my-custom-model").predict_by_url("https://example.com/x.jpg")
app.inputs.create_image_from_url("https://example.com/x.jpg")

# With no argument the client reads CLARIFAI_API_KEY or ~/.clarifai/config.
default_app = ClarifaiApp()
predict_clarifai_model("nsfw-recognition", [{"url": "https://example.com/x.jpg"}])  # expect: api-key-public-resource

# A PAT cannot help this client: it has no way to name clarifai/main.
pat_app = ClarifaiApp(api_key=os.environ["CLARIFAI_PAT"])
predict_clarifai_model("general-image-recognition", [{"url": "https://example.com/x.jpg"}])  # expect: missing-owner-ids

# The demographics model was retired long ago.
app.public_models.demographics_model.predict_by_url("https://example.com/face.jpg")  # expect: api-key-public-resource


def tag(client, url):
    # A client passed in: still the legacy client, still an app key.
    return predict_clarifai_model("apparel-recognition", [{"url": url}])  # expect: api-key-public-resource
