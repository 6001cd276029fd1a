# Credentials written into the source: every one has a fix.
import requests

CLARIFAI_PAT = "3b1f7e9c2a5d4e8f9c0a7b6d5e4f3a21"
CLARIFAI_PAT_BACKUP = "8d2c6a4e1f9b4c7a8e5d3b2f1a0c9e77"
headers = {"Authorization": "Key 5e9a1c7f3b2d4a6e8c0f9b7d5a3e1c24"}
requests.post("https://api.clarifai.com/v2/inputs", headers=headers, json={"inputs": []})
