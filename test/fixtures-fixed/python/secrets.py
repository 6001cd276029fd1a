# Credentials written into source, and look-alikes that are not.
import os

from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc

CLARIFAI_API_KEY = os.environ["CLARIFAI_API_KEY"]  # expect: hardcoded-credential
PAT = os.environ["CLARIFAI_PAT"]  # expect: hardcoded-credential
settings = {"clarifai_token": os.environ["CLARIFAI_PAT"]}  # expect: hardcoded-credential
# An old key, kept for reference: CLARIFAI_KEY = "<redacted>"  # expect: hardcoded-credential
# curl -H "Authorization: Key <redacted>" https://api.clarifai.com/v2/inputs  # expect: hardcoded-credential

# Placeholders are not credentials.
YOUR_PAT = "YOUR_PAT_HERE"
CLARIFAI_API_KEY_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
USER_ID = "clarifai"
APP_ID = "main"

stub = service_pb2_grpc.V2Stub(None)
literal = (("authorization", "Key " + os.environ["CLARIFAI_PAT"]),)  # expect: hardcoded-credential
stub.PostModelOutputs(  # expect: missing-owner-ids
    service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID), model_id="general-image-recognition"),
    metadata=literal,
)

# The env value wins, but the literal fallback is still in the source.
key = os.environ["CLARIFAI_PAT"]  # expect: hardcoded-credential
ids = resources_pb2.UserAppIDSet(user_id="clarifai", app_id="main")
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=ids, model_id="face-detection"), metadata=(("authorization", "Key " + key),))

# The legacy client's key is a credential even when the app is only used for its own inputs.
from clarifai.rest import ClarifaiApp

own_app = ClarifaiApp(api_key=os.environ["CLARIFAI_API_KEY"])  # expect: hardcoded-credential
own_app.inputs.create_image_from_url("https://example.com/x.jpg")

# Another vendor's `Key` header in a file that uses Clarifai, and another service's PAT.
import requests

requests.post("https://fal.run/fal-ai/flux/dev", headers={"Authorization": "Key 4b8e2d7f1a3c4e9b8d6a0f2c5e7b1d93"}, json={})
JIRA_PAT = "7c1e4a9d2f6b4c8e0a3d5f7b9e1c2a46"
