// utils/clarifaiCalls.js: REST calls that name the owner in the URL path.
const PAT = process.env.CLARIFAI_PAT;
const API_KEY = process.env.CLARIFAI_API_KEY;
const USER_ID = process.env.CLARIFAI_USER_ID;
const APP_ID = process.env.CLARIFAI_APP_ID;

const jsonHeaders = (key) => ({ Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Key ' + key });
const imageBody = (url) => JSON.stringify({ inputs: [{ data: { image: { url } } }] });

// Correct: /v2/users/clarifai/apps/main/... with a PAT.
async function detectObjects(url) {
  const res = await fetch(
    'https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-detection/versions/1580bb1932594c93b7e2e04456af7c6f/outputs',
    { method: 'POST', headers: { Accept: 'application/json', Authorization: 'Key ' + PAT }, body: imageBody(url) },
  );
  return res.json();
}

// The owner in the path comes from CLARIFAI_USER_ID / CLARIFAI_APP_ID: the caller's own account.
async function segment(url) {
  const res = await fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/models/image-general-segmentation/versions/1581820110264581908ce024b12b4bfb/outputs`, { // expect: wrong-owner-ids
    method: 'POST',
    headers: { Authorization: `Key ${PAT}` },
    body: imageBody(url),
  });
  return res.json();
}

// The docs' June 2025 TL;DR: own ids in the path plus an app API key "will now fail".
async function generalWithKey(url) {
  const res = await fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs`, { // expect: api-key-public-resource
    method: 'POST',
    headers: { Authorization: `Key ${PAT}` },
    body: imageBody(url),
  });
  return res.json();
}

// Owner right, credential named like an API key.
async function generalOwnerRight(url) {
  const res = await fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', { // expect: api-key-public-resource:information
    method: 'POST',
    headers: { Authorization: 'Key ' + PAT },
    body: imageBody(url),
  });
  return res.json();
}

// Workflows: the public Face-Sentiment workflow with a PAT, and the app's own workflow with its key.
async function faceSentiment(url) {
  const WORKFLOW_ID = 'Face-Sentiment';
  const res = await fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/workflows/${WORKFLOW_ID}/results`, {
    method: 'POST',
    headers: { authorization: 'Key ' + PAT },
    body: imageBody(url),
  });
  return res.json();
}

async function demographicsNoOwner(url) {
  const body = JSON.stringify({ inputs: [{ data: { image: { url } } }] });
  const res = await fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/workflows/Demographics/results', { method: 'POST', headers: { Authorization: 'Key ' + PAT }, body }); // expect: missing-owner-ids
  return res.json();
}

async function ownWorkflow(url) {
  const res = await fetch('https://api.clarifai.com/v2/workflows/receipt-reader/results', { method: 'POST', headers: { Authorization: 'Key ' + API_KEY }, body: imageBody(url) }); // expect: workflow-api-key:information
  return res.json();
}

// Inputs, searches and the app's own models with its API key: not findings.
async function indexImage(url) {
  await fetch('https://api.clarifai.com/v2/inputs', { method: 'POST', headers: { Authorization: 'Key ' + API_KEY }, body: imageBody(url) });
  await fetch('https://api.clarifai.com/v2/searches', { method: 'POST', headers: { Authorization: 'Key ' + API_KEY }, body: JSON.stringify({ query: { ands: [] } }) });
  return fetch('https://api.clarifai.com/v2/models/receipt-fields-v2/outputs', { method: 'POST', headers: { Authorization: 'Key ' + API_KEY }, body: imageBody(url) });
}

// A model chosen by the caller with a PAT and clarifai/main: fine whatever it is.
function predictPublic(modelId, url) {
  return fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/models/${modelId}/outputs`, { method: 'POST', headers: { Authorization: 'Key ' + PAT }, body: imageBody(url) });
}

module.exports = { detectObjects, segment, generalWithKey, generalOwnerRight, faceSentiment, demographicsNoOwner, ownWorkflow, indexImage, predictPublic, jsonHeaders };
