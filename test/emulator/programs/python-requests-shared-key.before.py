"""Sorts product photos with the shop's own classifier, and tags them with Clarifai's general model too."""
import os
import sys

import requests

API_KEY = os.environ["CLARIFAI_API_KEY"]
HEADERS = {"Authorization": "Key " + API_KEY, "Content-Type": "application/json"}
BODY = {"inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/metro-north.jpg"}}}]}


def predict(url, headers):
    result = requests.post(url, headers=headers, json=BODY, timeout=30).json()
    if result["status"]["code"] != 10000:
        sys.exit("Clarifai error: " + result["status"]["description"])
    return result["outputs"][0]["data"]["concepts"]


# The shop's own model, in the app the key belongs to.
own = predict("https://api.clarifai.com/v2/models/my-custom-classifier/outputs", HEADERS)
# Clarifai's public general model.
general = requests.post("https://api.clarifai.com/v2/models/general-image-recognition/outputs", headers=HEADERS, json=BODY, timeout=30).json()
if general["status"]["code"] != 10000:
    sys.exit("Clarifai error: " + general["status"]["description"])
print("own:", own[0]["name"])
print("general:", general["outputs"][0]["data"]["concepts"][0]["name"])
