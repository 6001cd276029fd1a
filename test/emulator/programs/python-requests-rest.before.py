"""Tags an image with Clarifai's general model over REST with requests."""
import os
import sys

import requests

headers = {
    "Authorization": "Key " + os.getenv("CLARIFAI_API_KEY"),
    "Content-Type": "application/json",
}
body = {"inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/metro-north.jpg"}}}]}

response = requests.post(
    "https://api.clarifai.com/v2/models/general-image-recognition/outputs", headers=headers, json=body, timeout=30
)
result = response.json()
if result["status"]["code"] != 10000:
    sys.exit("Clarifai error: " + result["status"]["description"])
for concept in result["outputs"][0]["data"]["concepts"][:5]:
    print(concept["name"], round(concept["value"], 3))
