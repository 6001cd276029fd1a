// src/clarifai/client.ts: an Express back end talking to Clarifai through axios.
import axios from 'axios';

const PAT = process.env.CLARIFAI_PAT as string;
const USER_ID = 'clarifai';
const APP_ID = 'main';

// An instance scoped to the app with its API key.
const clarifai = axios.create({
  baseURL: 'https://api.clarifai.com/v2',
  headers: { Authorization: `Key ${process.env.CLARIFAI_API_KEY}`, 'Content-Type': 'application/json' },
});

const imageInputs = (url: string) => [{ data: { image: { url } } }];

export async function generalTags(url: string) {
  const { data } = await clarifai.post('/models/general-image-recognition/outputs', { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: imageInputs(url) }, { headers: { Authorization: 'Key ' + PAT } }); // expect: api-key-public-resource
  return data.outputs[0].data.concepts;
}

export async function ownModel(url: string) {
  const { data } = await clarifai.post('/models/defect-classifier/versions/3f0c2a1b7d6e4b5f9a8c7d6e5f4a3b2c/outputs', { inputs: imageInputs(url) });
  return data.outputs[0].data.concepts;
}

export async function addInput(url: string) {
  await clarifai.post('/inputs', { inputs: imageInputs(url) });
  return clarifai.get('/inputs/status');
}

export async function runOwnWorkflow(url: string) {
  return clarifai.post('/workflows/intake-pipeline/results', { inputs: imageInputs(url) }); // expect: workflow-api-key:information
}

export async function generalInfo() {
  return clarifai.get('/users/clarifai/apps/main/models/general-image-recognition/output_info', { headers: { Authorization: 'Key ' + PAT } }); // expect: api-key-public-resource
}

// An instance for clarifai/main with the PAT: correct.
const clarifaiMain = axios.create({
  baseURL: 'https://api.clarifai.com/v2/users/clarifai/apps/main',
  headers: { Authorization: 'Key ' + PAT },
});

export async function faces(url: string) {
  const { data } = await clarifaiMain.post('/models/face-detection/outputs', { inputs: imageInputs(url) });
  return data.outputs[0].data.regions;
}

// axios.post(url, data, config) with the owner in the body: correct.
export async function food(url: string) {
  const { data } = await axios.post(
    'https://api.clarifai.com/v2/models/food-item-recognition/outputs',
    { user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: imageInputs(url) },
    { headers: { Authorization: `Key ${PAT}` } },
  );
  return data;
}

// axios(config) with a PAT and no owner ids.
export async function apparel(url: string) {
  const response = await axios({ // expect: missing-owner-ids
    method: 'post',
    url: 'https://api.clarifai.com/v2/models/apparel-detection/outputs',
    headers: { Authorization: 'Key ' + PAT, 'Content-Type': 'application/json' },
    data: { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: imageInputs(url) },
  });
  return response.data;
}

// axios.post with the caller's own ids in the body.
export async function celebrity(url: string) {
  const response = await axios.post( // expect: wrong-owner-ids
    'https://api.clarifai.com/v2/models/celebrity-face-recognition/outputs',
    { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: imageInputs(url) },
    { headers: { Authorization: `Key ${PAT}` } },
  );
  return response.data;
}

// Default headers set once on axios, then a public model with no owner.
axios.defaults.headers.common['Authorization'] = `Key ${process.env.CLARIFAI_API_KEY}`;

export async function texture(url: string) {
  return axios.post('https://api.clarifai.com/v2/models/texture-recognition/outputs', { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: imageInputs(url) }, { headers: { Authorization: 'Key ' + PAT } }); // expect: api-key-public-resource
}
