# Tags images with Clarifai's general model through clarifai_grpc.
import os

from clarifai_grpc.channel.clarifai_channel import ClarifaiChannel
from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc

API_KEY = os.environ["CLARIFAI_API_KEY"]
stub = service_pb2_grpc.V2Stub(ClarifaiChannel.get_grpc_channel())
metadata = (("authorization", "Key " + API_KEY),)


def tag(url):
    request = service_pb2.PostModelOutputsRequest(model_id="general-image-recognition", inputs=[])
    return stub.PostModelOutputs(request, metadata=metadata)
