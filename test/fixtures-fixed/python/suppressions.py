# Suppression comments: next line, same line, per rule, and prose that only mentions them.
import os

from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc
from clarifai_grpc.grpc.api import resources_pb2

stub = service_pb2_grpc.V2Stub(None)
metadata = (("authorization", "Key " + os.environ["CLARIFAI_API_KEY"]),)
pat_metadata = (("authorization", "Key " + os.environ["CLARIFAI_PAT"]),)

# clarifai-ignore-next-line api-key-public-resource -- migrating this worker next sprint
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=metadata)

stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="nsfw-recognition"), metadata=metadata)  # clarifai-ignore api-key-public-resource

# clarifai-ignore-next-line missing-owner-ids -- a directive for another rule silences nothing here
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id="clarifai", app_id="main"), model_id="general-image-recognition"), metadata=pat_metadata)  # expect: api-key-public-resource

# Note: do not write clarifai-ignore-next-line api-key-public-resource without a reason.
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id="clarifai", app_id="main"), model_id="food-item-recognition"), metadata=pat_metadata)  # expect: api-key-public-resource

# clarifai-ignore-next-line
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="apparel-detection"), metadata=metadata)

# clarifai-ignore-next-line no-such-rule
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id="clarifai", app_id="main"), model_id="color-recognition"), metadata=pat_metadata)  # expect: api-key-public-resource

text = "# clarifai-ignore-next-line api-key-public-resource"
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id="clarifai", app_id="main"), model_id="texture-recognition"), metadata=pat_metadata)  # expect: api-key-public-resource
