// Python Clarifai calls: clarifai_grpc stubs, the legacy clarifai.rest client, raw requests and the new SDK.

import { snake, snakeMethod } from '../words.mjs';
import { KEY_ENV_NAMES, PUBLIC_WORKFLOWS, SAMPLE_IMAGES, fakeSecret, modelId, versionId } from './common.mjs';

/** @typedef {import('../random.mjs').Random} Random */
/** @typedef {import('../source.mjs').Snippet} Snippet */

/**
 * A credential expression: from the environment, a settings object, or hard-coded.
 * @param {Random} r
 */
function credential(r) {
  const env = r.pick(KEY_ENV_NAMES);
  return r.pick([`os.environ["${env}"]`, `os.getenv("${env}")`, `settings.${env}`, `"${fakeSecret(r)}"`]);
}

/**
 * clarifai_grpc: metadata tuple, PostModelOutputs or PostWorkflowResults, with or without user_app_id.
 * @param {Random} r
 * @returns {Snippet}
 */
export function grpc(r) {
  const name = r.pick(['API_KEY', 'CLARIFAI_API_KEY', 'PAT', 'YOUR_CLARIFAI_API_KEY']);
  const header = r.chance(50) ? `"Key " + ${name}` : `f"Key {${name}}"`;
  const scope = r.pick([
    '',
    '        user_app_id=resources_pb2.UserAppIDSet(user_id="clarifai", app_id="main"),\n',
    '        user_app_id=resources_pb2.UserAppIDSet(app_id=os.environ["CLARIFAI_APP_ID"]),\n',
  ]);
  const fn = snakeMethod(r);
  const workflow = r.chance(20);
  const request = workflow
    ? `service_pb2.PostWorkflowResultsRequest(
${scope}        workflow_id="${r.pick(PUBLIC_WORKFLOWS)}",`
    : `service_pb2.PostModelOutputsRequest(
${scope}        model_id="${modelId(r)}",${r.chance(40) ? `\n        version_id="${versionId(r)}",` : ''}`;
  const outputs = workflow ? 'response.results[0].outputs[0]' : 'response.outputs[0]';
  return {
    imports: `from clarifai_grpc.channel.clarifai_channel import ClarifaiChannel
from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc
from clarifai_grpc.grpc.api.status import status_code_pb2
`,
    body: `${name} = ${credential(r)}
channel = ClarifaiChannel.get_grpc_channel()
stub = service_pb2_grpc.V2Stub(channel)
metadata = (("authorization", ${header}),)


def ${fn}(image_url: str) -> List[tuple]:
    """Tags one image with Clarifai and returns (concept, score) pairs."""
    request = ${request}
        inputs=[resources_pb2.Input(data=resources_pb2.Data(image=resources_pb2.Image(url=image_url)))],
    )
    response = stub.${workflow ? 'PostWorkflowResults' : 'PostModelOutputs'}(request, metadata=metadata)
    if response.status.code != status_code_pb2.SUCCESS:
        raise Exception("Post model outputs failed, status: " + response.status.description)
    return [(concept.name, concept.value) for concept in ${outputs}.data.concepts]


if __name__ == "__main__":
    for name, value in ${fn}("${r.pick(SAMPLE_IMAGES)}"):
        print(f"{name}: {value:.3f}")`,
  };
}

/**
 * The legacy `clarifai.rest` client: ClarifaiApp with an API key, public_models or models.get, predict_by_url.
 * @param {Random} r
 * @returns {Snippet}
 */
export function legacy(r) {
  const app = snake(r);
  const construct = r.pick([`ClarifaiApp(api_key=${credential(r)})`, 'ClarifaiApp()', `ClarifaiApp(api_key="${fakeSecret(r)}")`]);
  const model = r.pick([
    `${app}.public_models.general_model`,
    `${app}.public_models.food_model`,
    `${app}.models.get("general-v1.3")`,
    `${app}.models.get(model_id="${modelId(r)}")`,
  ]);
  return {
    imports: 'from clarifai.rest import ClarifaiApp\nfrom clarifai.rest import Image as ClImage\n',
    body: `${app} = ${construct}


def ${snakeMethod(r)}(urls: List[str], min_value: float = 0.${r.int(5, 95)}) -> Dict[str, List[str]]:
    model = ${model}
    tags = {}
    for url in urls:
        response = model.predict([ClImage(url=url)])
        concepts = response["outputs"][0]["data"]["concepts"]
        tags[url] = [c["name"] for c in concepts if c["value"] >= min_value]
    return tags`,
  };
}

/**
 * `requests.post` to the REST endpoint with an `Authorization: Key …` header.
 * @param {Random} r
 * @returns {Snippet}
 */
export function http(r) {
  const model = modelId(r);
  const url = r.pick([
    `f"https://api.clarifai.com/v2/models/{MODEL_ID}/outputs"`,
    `"https://api.clarifai.com/v2/models/" + MODEL_ID + "/versions/${versionId(r)}/outputs"`,
    `f"https://api.clarifai.com/v2/users/clarifai/apps/main/models/{MODEL_ID}/outputs"`,
    `"https://api.clarifai.com/v2/models/%s/outputs" % MODEL_ID`,
  ]);
  const key = r.pick(['api_key', 'pat', 'clarifai_key']);
  return {
    imports: 'import requests\n',
    body: `MODEL_ID = "${model}"


def ${snakeMethod(r)}(image_url: str, ${key}: str = ${credential(r)}) -> List[Dict[str, Any]]:
    headers = {"Authorization": "Key " + ${key}, "Content-Type": "application/json"}
    payload = {"inputs": [{"data": {"image": {"url": image_url}}}]}
    response = requests.post(${url}, headers=headers, json=payload, timeout=30)
    response.raise_for_status()
    return response.json()["outputs"][0]["data"].get("regions", [])`,
  };
}

/**
 * The new `clarifai` SDK: Model(url=…) or Model(user_id=…, app_id=…, model_id=…) with a PAT.
 * @param {Random} r
 * @returns {Snippet}
 */
export function sdk(r) {
  const model = modelId(r);
  const construct = r.pick([
    `Model(url="https://clarifai.com/clarifai/main/models/${model}", pat=os.environ["CLARIFAI_PAT"])`,
    `Model(user_id=os.environ["CLARIFAI_USER_ID"], app_id=os.environ["CLARIFAI_APP_ID"], model_id="${model}")`,
    `Model(user_id="clarifai", app_id="main", model_id="${model}")`,
  ]);
  return {
    imports: 'from clarifai.client.model import Model\n',
    body: `def ${snakeMethod(r)}(image_url: str) -> List[str]:
    model = ${construct}
    prediction = model.predict_by_url(image_url, input_type="image")
    return [concept.name for concept in prediction.outputs[0].data.concepts]`,
  };
}

/**
 * A notebook's Clarifai cells: pip install plus one of the Python flavours.
 * @param {Random} r
 * @returns {Snippet}
 */
export function notebook(r) {
  const flavor = r.pick([grpc, grpc, http, legacy])(r);
  const pkg = flavor.imports.includes('clarifai_grpc') ? 'clarifai-grpc' : flavor.imports.includes('requests') ? 'requests' : 'clarifai==2.6.2';
  return { imports: `!pip install -q ${pkg}\n\nimport os\nfrom typing import Any, Dict, List\n${flavor.imports}`, body: flavor.body };
}

