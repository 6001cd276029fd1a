# REST from Python: requests, httpx, urllib, against both URL forms.
import json
import os
import urllib.request

import httpx
import requests

API_KEY = os.getenv("CLARIFAI_API_KEY")
PAT = os.environ["CLARIFAI_PAT"]
BASE = "https://api.clarifai.com/v2"
USER_ID = "clarifai"
APP_ID = "main"
headers = {"Authorization": "Key " + API_KEY, "Content-Type": "application/json"}

# Short path, no owner, an app key (the 4cat shape).
requests.post(f"{BASE}/models/general-image-recognition/outputs", headers={**headers, "Authorization": "Key " + PAT}, json={"user_app_id": {"user_id": USER_ID, "app_id": APP_ID}, "inputs": []})  # expect: api-key-public-resource

# The body names the owner, with a PAT: correct.
payload = {"user_app_id": {"user_id": "clarifai", "app_id": "main"}, "inputs": []}
requests.post(BASE + "/models/face-detection/outputs", headers={"Authorization": f"Key {PAT}"}, data=json.dumps(payload))

# The URL names the owner, with a PAT: correct.
requests.post(
    "https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-detection/versions/1580bb1932594c93b7e2e04456af7c6f/outputs",
    headers={"Authorization": "Key {}".format(PAT)},
    json={"inputs": []},
)

# The URL names the caller's own app.
user_id, app_id = "clarifai", "main"
requests.post(f"https://api.clarifai.com/v2/users/{user_id}/apps/{app_id}/models/general-image-recognition/outputs", headers={"Authorization": "Key " + PAT})  # expect: wrong-owner-ids

# A PAT with neither body nor URL owner.
url = "https://api.clarifai.com/v2/models/"
url += "bd367be194cf45149e75f01d59f77ba7/outputs"
requests.post(url, headers={"Authorization": "Key " + PAT}, json={"user_app_id": {"user_id": USER_ID, "app_id": APP_ID}, "inputs": []})  # expect: missing-owner-ids

# A workflow of clarifai/main through the workflow results endpoint.
requests.request("POST", BASE + "/workflows/Demographics/results", headers={**headers, "Authorization": "Key " + PAT}, json={"user_app_id": {"user_id": USER_ID, "app_id": APP_ID}, "inputs": []})  # expect: api-key-public-resource

# A session whose headers were set once.
session = requests.Session()
session.headers.update({"Authorization": "Key " + API_KEY})
session.post(BASE + "/models/nsfw-recognition/outputs", json={"user_app_id": {"user_id": USER_ID, "app_id": APP_ID}, "inputs": []}, headers={"Authorization": "Key " + PAT})  # expect: api-key-public-resource

# An httpx client with a base URL.
with httpx.Client(base_url="https://api.clarifai.com/v2", headers={"Authorization": f"Key {PAT}"}) as client:
    client.post("/models/general-image-recognition/outputs", json={"user_app_id": {"user_id": USER_ID, "app_id": APP_ID}, "inputs": []})  # expect: missing-owner-ids

# urllib with add_header.
req = urllib.request.Request(BASE + "/models/apparel-detection/outputs", data=json.dumps({"user_app_id": {"user_id": USER_ID, "app_id": APP_ID}, "inputs": []}).encode())
req.add_header("Authorization", "Key " + PAT)
urllib.request.urlopen(req)  # expect: api-key-public-resource

# The key's own resources: inputs, searches, a custom model.
requests.post(BASE + "/inputs", headers=headers, json={"inputs": []})
requests.post(BASE + "/searches", headers=headers, json={"query": {}})
requests.post(BASE + "/models/my-custom-model/outputs", headers=headers, json={"inputs": []})

# Another vendor that also uses `Authorization: Key …`.
requests.post("https://fal.run/fal-ai/flux/dev", headers={"Authorization": "Key " + os.environ["FAL_KEY"]}, json={})


def call(model_id):
    # The model is a parameter: unknown until run time.
    return requests.post(f"{BASE}/models/{model_id}/outputs", headers=headers, json={"inputs": []})
