"""Flask endpoint that tags an image URL with Clarifai's general model."""
import os

from clarifai_grpc.channel.clarifai_channel import ClarifaiChannel
from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc
from clarifai_grpc.grpc.api.status import status_code_pb2
from flask import Flask, jsonify, request

app = Flask(__name__)

CLARIFAI_API_KEY = os.environ["CLARIFAI_API_KEY"]
GENERAL_MODEL_ID = "aaa03c23b3724a16a56b629203edc62c"

stub = service_pb2_grpc.V2Stub(ClarifaiChannel.get_grpc_channel())
metadata = (("authorization", "Key " + CLARIFAI_API_KEY),)


@app.post("/tags")
def tags():
    url = request.json["url"]
    response = stub.PostModelOutputs(
        service_pb2.PostModelOutputsRequest(
            model_id=GENERAL_MODEL_ID,
            inputs=[resources_pb2.Input(data=resources_pb2.Data(image=resources_pb2.Image(url=url)))],
        ),
        metadata=metadata,
    )
    if response.status.code != status_code_pb2.SUCCESS:
        return jsonify(error=response.status.description), 502
    return jsonify(tags=[c.name for c in response.outputs[0].data.concepts])


@app.post("/albums/<album_id>/inputs")
def add_to_album(album_id):
    # The key's own app: uploading inputs works with an app API key.
    stub.PostInputs(
        service_pb2.PostInputsRequest(inputs=[resources_pb2.Input(data=resources_pb2.Data(image=resources_pb2.Image(url=request.json["url"])))]),
        metadata=metadata,
    )
    return jsonify(ok=True)
