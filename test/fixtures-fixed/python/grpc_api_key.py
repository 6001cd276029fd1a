# clarifai_grpc with an app API key: the README shapes from before and after 2022.
import os

from clarifai_grpc.channel.clarifai_channel import ClarifaiChannel
from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc
from clarifai_grpc.grpc.api.status import status_code_pb2

YOUR_CLARIFAI_API_KEY = os.environ["CLARIFAI_API_KEY"]
YOUR_APPLICATION_ID = "my-first-application"
PAT = os.environ["CLARIFAI_PAT"]
USER_ID = "clarifai"
APP_ID = "main"

channel = ClarifaiChannel.get_grpc_channel()
stub = service_pb2_grpc.V2Stub(channel)
metadata = (("authorization", f"Key {YOUR_CLARIFAI_API_KEY}"),)
pat_metadata = (("authorization", "Key " + PAT),)

# Shape A: a legacy hex id, no user_app_id.
response = stub.PostModelOutputs(  # expect: api-key-public-resource
    service_pb2.PostModelOutputsRequest(
        user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID),
        model_id="aaa03c23b3724a16a56b629203edc62c",
        inputs=[resources_pb2.Input(data=resources_pb2.Data(image=resources_pb2.Image(url="https://samples.clarifai.com/dog2.jpeg")))],
    ),
    metadata=pat_metadata,
)
if response.status.code != status_code_pb2.SUCCESS:
    raise Exception("Request failed, status code: " + str(response.status.code))

# Shape B with a key: the current README (app id only) still fails.
request = service_pb2.PostModelOutputsRequest(
    user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID),
    model_id="general-image-recognition",
    inputs=[],
)
response = stub.PostModelOutputs(request, metadata=pat_metadata)  # expect: api-key-public-resource

# A public workflow with a key.
stub.PostWorkflowResults(service_pb2.PostWorkflowResultsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID), workflow_id="Face-Sentiment", inputs=[]), metadata=pat_metadata)  # expect: api-key-public-resource

# The key's own workflow works today: a hint only.
stub.PostWorkflowResults(service_pb2.PostWorkflowResultsRequest(workflow_id="my-product-tagger", inputs=[]), metadata=metadata)  # expect: workflow-api-key:information

# Reading a public model's info is a model call too.
stub.GetModel(service_pb2.GetModelRequest(user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID), model_id="food-item-recognition"), metadata=pat_metadata)  # expect: api-key-public-resource

# The key's own model, inputs and searches: not findings.
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="my-custom-classifier", inputs=[]), metadata=metadata)
stub.PostInputs(service_pb2.PostInputsRequest(inputs=[]), metadata=metadata)
stub.PostSearches(service_pb2.PostSearchesRequest(query=resources_pb2.Query()), metadata=metadata)


def predict(model_id, url):
    # The model is only known at run time: no guess.
    return stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id=model_id, inputs=[]), metadata=metadata)


class Tagger:
    def __init__(self, api_key):
        self.api_key = api_key
        self.stub = service_pb2_grpc.V2Stub(ClarifaiChannel.get_json_channel())

    def metadata(self):
        return (("authorization", "Key %s" % self.api_key),)

    def tag(self, url):
        req = service_pb2.PostModelOutputsRequest(user_app_id=resources_pb2.UserAppIDSet(user_id=USER_ID, app_id=APP_ID), model_id="general-image-recognition", inputs=[])
        return self.stub.PostModelOutputs(req, metadata=(("authorization", "Key " + PAT),))  # expect: api-key-public-resource
