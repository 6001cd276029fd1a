"""Recognises the food in a photo with Clarifai's food model, using only the standard library."""
import json
import os
import sys
import urllib.error
import urllib.request

PAT = os.environ["CLARIFAI_PAT"]
FOOD_MODEL = "bd367be194cf45149e75f01d59f77ba7"

payload = {"inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/food.jpg"}}}]}
request = urllib.request.Request(
    "https://api.clarifai.com/v2/users/clarifai/apps/main/models/%s/outputs" % FOOD_MODEL,
    data=json.dumps(payload).encode("utf-8"),
    headers={"Authorization": "Key %s" % PAT, "Content-Type": "application/json"},
    method="POST",
)
try:
    with urllib.request.urlopen(request) as response:
        result = json.load(response)
except urllib.error.HTTPError as error:
    result = json.load(error)

if result["status"]["code"] != 10000:
    sys.exit("Clarifai error: " + result["status"]["description"])
for concept in result["outputs"][0]["data"]["concepts"][:5]:
    print(concept["name"], round(concept["value"], 3))
