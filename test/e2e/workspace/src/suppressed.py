# One call is suppressed, the other is not.
import os

from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc

stub = service_pb2_grpc.V2Stub(None)
metadata = (("authorization", "Key " + os.environ["CLARIFAI_API_KEY"]),)
# clarifai-ignore-next-line api-key-public-resource -- migrating next sprint
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=metadata)
stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="nsfw-recognition"), metadata=metadata)
