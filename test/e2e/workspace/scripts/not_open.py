# Never opened by the tests: only Scan Workspace can report it.
import requests

PAT = __import__("os").environ["CLARIFAI_PAT"]
requests.post("https://api.clarifai.com/v2/models/food-item-recognition/outputs", headers={"Authorization": "Key " + PAT}, json={"inputs": []})
