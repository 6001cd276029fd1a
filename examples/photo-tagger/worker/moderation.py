"""Moderation worker: already migrated to a PAT and clarifai/main owner ids."""
import os

import requests

PAT = os.environ["CLARIFAI_PAT"]
URL = "https://api.clarifai.com/v2/users/clarifai/apps/main/models/moderation-recognition/outputs"


def moderate(image_url):
    response = requests.post(
        URL,
        headers={"Authorization": f"Key {PAT}"},
        json={"inputs": [{"data": {"image": {"url": image_url}}}]},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["outputs"][0]["data"]["concepts"]
