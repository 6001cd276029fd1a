// services/vision.js: headers and request options built apart from the fetch call.
const PAT = process.env.CLARIFAI_PAT;
const API_KEY = process.env.CLARIFAI_API_KEY;

// Headers in a plain object variable, a public model, no user_app_id.
export async function caption(url) {
  const headers = { Accept: 'application/json', Authorization: 'Key ' + PAT };
  const body = JSON.stringify({ inputs: [{ data: { image: { url } } }] });
  const res = await fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/86039c857a206810679f7f72b82fff54/outputs', { method: 'POST', headers, body }); // expect: missing-owner-ids
  return res.json();
}

// The fetch docs' Headers object, filled with append().
export async function colors(url) {
  const myHeaders = new Headers();
  myHeaders.append('Accept', 'application/json');
  myHeaders.append('Authorization', 'Key ' + PAT);
  const raw = JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url } } }] });
  const res = await fetch('https://api.clarifai.com/v2/models/color-recognition/outputs', { method: 'POST', headers: myHeaders, body: raw, redirect: 'follow' }); // expect: api-key-public-resource
  return res.json();
}

// A Headers object built from an object literal, clarifai/main in the body: correct.
export async function logos(url) {
  const logoHeaders = new Headers({ Authorization: `Key ${PAT}`, 'Content-Type': 'application/json' });
  const res = await fetch('https://api.clarifai.com/v2/models/logo-detection-v2/outputs', {
    method: 'POST',
    headers: logoHeaders,
    body: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url } } }] }),
  });
  return res.json();
}

// Zero-parameter helpers are followed: the options below name the caller's own ids.
const USER_ID = 'clarifai';
const APP_ID = 'main';

function clarifaiHeaders() {
  return { Accept: 'application/json', Authorization: 'Key ' + PAT };
}

const ownerIds = () => ({ user_id: USER_ID, app_id: APP_ID });

export async function apparel(url) {
  const requestOptions = {
    method: 'POST',
    headers: clarifaiHeaders(),
    body: JSON.stringify({ user_app_id: ownerIds(), inputs: [{ data: { image: { url } } }] }),
  };
  const res = await fetch('https://api.clarifai.com/v2/models/apparel-recognition/outputs', requestOptions); // expect: wrong-owner-ids
  return res.json();
}

// The same helpers for the app's own model: fine.
export async function shelfLabels(url) {
  const res = await fetch('https://api.clarifai.com/v2/models/shelf-label-reader/outputs', {
    method: 'POST',
    headers: clarifaiHeaders(),
    body: JSON.stringify({ user_app_id: ownerIds(), inputs: [{ data: { image: { url } } }] }),
  });
  return res.json();
}

// Another API with a Bearer token in the same module: not Clarifai's scheme, not a finding.
export async function uploadToCdn(file) {
  const cdnHeaders = new Headers();
  cdnHeaders.append('Authorization', 'Bearer ' + process.env.CDN_TOKEN);
  return fetch('https://upload.example-cdn.com/v1/files', { method: 'PUT', headers: cdnHeaders, body: file });
}
