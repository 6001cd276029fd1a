# clarifai_grpc with a PAT: the owner's ids are what decides.
import os

from clarifai_grpc.channel.clarifai_channel import ClarifaiChannel
from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc

PAT = os.environ["CLARIFAI_PAT"]
USER_ID = "clarifai"
APP_ID = "main"
MODEL_ID = "general-image-recognition"
MODEL_VERSION_ID = "aa7f35c01e0642fda5cf400f543e7c40"

stub = service_pb2_grpc.V2Stub(ClarifaiChannel.get_grpc_channel())
metadata = (("authorization", "Key " + PAT),)
userDataObject = resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID)

# The 2023 docs template: correct.
stub.PostModelOutputs(
    service_pb2.PostModelOutputsRequest(user_app_id=userDataObject, model_id=MODEL_ID, version_id=MODEL_VERSION_ID, inputs=[]),
    metadata=metadata,
)

# Shape C: a PAT but no owner ids.
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID), model_id="face-detection", inputs=[]), metadata=metadata)  # expect: missing-owner-ids

# Shape B: the caller's own ids with a clarifai/main model.
own = resources_pb2.UserAppIDSet(user_id="jane", app_id="my-first-application")
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID), model_id=MODEL_ID, inputs=[]), metadata=metadata)  # expect: wrong-owner-ids

# Ids read from the environment are the caller's own app.
env_ids = resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID)
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=env_ids, model_id="nsfw-recognition"), metadata=metadata)  # expect: wrong-owner-ids

# `me` is an alias of the token's own user.
stub.PostWorkflowResults(  # expect: wrong-owner-ids
    service_pb2.PostWorkflowResultsRequest(
        user_app_id=resources_pb2.UserAppIDSet(user_id="clarifai", app_id="main"),
        workflow_id="General",
    ),
    metadata=metadata,
)

# A public workflow with the right owner and a PAT: correct.
stub.PostWorkflowResults(service_pb2.PostWorkflowResultsRequest(user_app_id=userDataObject, workflow_id="Demographics"), metadata=metadata)

# Own model with own ids: correct.
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=own, model_id="my-model"), metadata=metadata)


def run(user_id, app_id, model_id="general-image-recognition"):
    # Owner ids from parameters are unknown until run time: no finding.
    ids = resources_pb2.UserAppIDSet(user_id=user_id, app_id=app_id)
    return stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(user_app_id=ids, model_id="general-image-detection"), metadata=metadata)


def auth():
    return (("authorization", "Key " + os.environ["CLARIFAI_PAT"]),)


# Metadata from a helper, request fields set after construction.
req = service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID), inputs=[])
req.model_id = "apparel-detection"
stub.PostModelOutputs(req, metadata=auth())  # expect: missing-owner-ids

# A decommissioned model: the message says a PAT will not bring it back.
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="travel-recognition"), metadata=auth())  # expect: missing-owner-ids
