// JavaScript and TypeScript Clarifai calls: the legacy Clarifai.App client, REST fetch/axios and clarifai-nodejs-grpc.

import { typed } from '../languages/javascript.mjs';
import { method } from '../words.mjs';
import { KEY_ENV_NAMES, SAMPLE_IMAGES, fakeSecret, modelId, versionId } from './common.mjs';

/** @typedef {import('../random.mjs').Random} Random */
/** @typedef {import('../source.mjs').Snippet} Snippet */
/** @typedef {import('../languages/javascript.mjs').Flavor} Flavor */

/**
 * A credential expression: `process.env`, a Vite/CRA variable, a config object or a hard-coded value.
 * @param {Random} r
 */
function credential(r) {
  const env = r.pick(KEY_ENV_NAMES);
  return r.pick([
    `process.env.${env}`,
    `process.env.REACT_APP_${env}`,
    `import.meta.env.VITE_${env}`,
    `config.clarifai.${r.pick(['apiKey', 'pat', 'key'])}`,
    `'${fakeSecret(r)}'`,
  ]);
}

/**
 * The deprecated `clarifai` npm client of the face-recognition course: new Clarifai.App + app.models.predict.
 * @param {Flavor} f
 * @param {Random} r
 * @returns {Snippet}
 */
export function legacy(f, r) {
  const model = r.pick([
    'Clarifai.FACE_DETECT_MODEL',
    'Clarifai.GENERAL_MODEL',
    `'a403429f2ddf4b49b307e318f00e528b'`,
    `{ id: 'face-detection', version: '${versionId(r)}' }`,
  ]);
  const imports = f.ts || f.jsx || r.chance(50) ? "import Clarifai from 'clarifai';\n" : "const Clarifai = require('clarifai');\n";
  return {
    imports,
    body: typed(f, `const app = new Clarifai.App({
  apiKey: ${credential(r)},
});

export function ${method(r)}(imageUrl«: string», onBox«: (box: unknown) => void») {
  return app.models
    .predict(${model}, imageUrl)
    .then((response«: any») => {
      const regions = response.outputs[0].data.regions || [];
      regions.forEach((region«: any») => onBox(region.region_info.bounding_box));
      return regions.length;
    })
    .catch((err«: unknown») => console.log(err));
}`),
  };
}

/**
 * REST through fetch, in the shape of Clarifai's docs template (body user_app_id, 'Key ' + PAT header) or shorter.
 * @param {Flavor} f
 * @param {Random} r
 * @returns {Snippet}
 */
export function fetchCall(f, r) {
  const model = modelId(r);
  const docsShape = r.chance(50);
  const url = r.pick([
    `"https://api.clarifai.com/v2/models/" + MODEL_ID + "/outputs"`,
    `"https://api.clarifai.com/v2/models/" + MODEL_ID + "/versions/" + MODEL_VERSION_ID + "/outputs"`,
    '`https://api.clarifai.com/v2/users/${USER_ID}/apps/${APP_ID}/models/${MODEL_ID}/outputs`',
  ]);
  const [user, app] = r.pick([
    ["'clarifai'", "'main'"],
    ['process.env.CLARIFAI_USER_ID', 'process.env.CLARIFAI_APP_ID'],
    [`'${r.pick(['jdoe', 'acme-ml', 'smartbrain'])}'`, `'${r.pick(['my-first-application', 'face-app', 'prod'])}'`],
  ]);
  const body = docsShape
    ? `JSON.stringify({
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: [{ data: { image: { url: imageUrl } } }],
  })`
    : 'JSON.stringify({ inputs: [{ data: { image: { url: imageUrl } } }] })';
  return {
    imports: '',
    body: typed(f, `// Your PAT (Personal Access Token) can be found in the Account's Security section
const PAT = ${credential(r)};
const USER_ID = ${user};
const APP_ID = ${app};
const MODEL_ID = '${model}';
const MODEL_VERSION_ID = '${versionId(r)}';

export const ${method(r)} = async (imageUrl«: string») => {
  const raw = ${body};
  const response = await fetch(${url}, {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: raw,
  });
  const result = await response.json();
  return result.outputs[0].data.regions;
};`),
  };
}

/**
 * REST through axios with a template-literal URL and header.
 * @param {Flavor} f
 * @param {Random} r
 * @returns {Snippet}
 */
export function axiosCall(f, r) {
  return {
    imports: "import axios from 'axios';\n",
    body: typed(f, `const clarifaiKey = ${credential(r)};

export async function ${method(r)}(imageUrl«: string», modelId = '${modelId(r)}')«: Promise<string[]>» {
  const { data } = await axios.post(
    \`https://api.clarifai.com/v2/models/\${modelId}/outputs\`,
    { inputs: [{ data: { image: { url: imageUrl } } }] },
    { headers: { Authorization: \`Key \${clarifaiKey}\` } },
  );
  return data.outputs[0].data.concepts.map((c«: { name: string }») => c.name);
}`),
  };
}

/**
 * clarifai-nodejs-grpc in the dynamic style: grpc.Metadata + stub.PostModelOutputs(request, metadata, callback).
 * @param {Flavor} f
 * @param {Random} r
 * @returns {Snippet}
 */
export function grpcCall(f, r) {
  const scope = r.pick(['', "        user_app_id: { user_id: 'clarifai', app_id: 'main' },\n", '        user_app_id: { app_id: process.env.CLARIFAI_APP_ID },\n']);
  const fn = method(r);
  const imports = f.ts
    ? "import { ClarifaiStub, grpc } from 'clarifai-nodejs-grpc';\n"
    : "const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\n";
  return {
    imports,
    body: typed(f, `const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + ${credential(r)});

export function ${fn}(imageUrl«: string»)«: Promise<string[]>» {
  return new Promise((resolve, reject) => {
    stub.PostModelOutputs(
      {
${scope}        model_id: '${modelId(r)}',
        inputs: [{ data: { image: { url: imageUrl } } }],
      },
      metadata,
      (err«: Error | null», response«: any») => {
        if (err) return reject(err);
        if (response.status.code !== 10000) return reject(new Error('Post model outputs failed, status: ' + response.status.description));
        resolve(response.outputs[0].data.concepts.map((c«: any») => c.name));
      },
    );
  });
}

// e.g. ${fn}('${r.pick(SAMPLE_IMAGES)}')`),
  };
}
