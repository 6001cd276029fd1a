# A file that does not parse cleanly: a Python 2 print, a missing parenthesis, stray indentation.
import os
from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc

print "starting"

API_KEY = "Key "
PAT = os.environ["CLARIFAI_PAT"]
USER_ID = "clarifai"
APP_ID = "main"
key = os.environ["CLARIFAI_API_KEY"]
metadata = (("authorization", "Key " + PAT),)

def broken(:
    pass

  stray = 1

stub = service_pb2_grpc.V2Stub(None)
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID), model_id="face-detection"), metadata=metadata)  # expect: api-key-public-resource

x = {
