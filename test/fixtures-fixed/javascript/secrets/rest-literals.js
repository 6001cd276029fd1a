// public/js/app.js of a hackathon demo: keys and tokens written in several places.
const CLARIFAI_API_KEY = process.env.CLARIFAI_API_KEY; // expect: hardcoded-credential
// PAT = '<redacted>' (the old one, before we rotated)  expect: hardcoded-credential
// curl -H "Authorization: Key <redacted>" https://api.clarifai.com/v2/inputs  expect: hardcoded-credential

const settings = {
  CLARIFAI_API_KEY: process.env.CLARIFAI_API_KEY, // expect: hardcoded-credential
  clarifaiToken: process.env.CLARIFAI_PAT, // expect: hardcoded-credential
  mapsKey: process.env.MAPS_KEY,
};

class Uploader {
  constructor() {
    this.clarifaiKey = process.env.CLARIFAI_PAT; // expect: hardcoded-credential
  }

  // The app's own inputs endpoint: no call finding, but the header holds a written-in key.
  upload(url) {
    return fetch('https://api.clarifai.com/v2/inputs', {
      method: 'POST',
      headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, // expect: hardcoded-credential
      body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
    });
  }
}

// A PAT with a written-in fallback, used on clarifai/main correctly.
const PAT = process.env.CLARIFAI_PAT; // expect: hardcoded-credential
const USER_ID = 'clarifai';
const APP_ID = 'main';

function tag(url) {
  return fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', {
    method: 'POST',
    headers: { Authorization: 'Key ' + PAT },
    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
  });
}

// An API key written straight into the header of a public-model call.
function nsfw(url) {
  return fetch('https://api.clarifai.com/v2/models/nsfw-recognition/outputs', { // expect: missing-owner-ids
    method: 'POST',
    headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, // expect: hardcoded-credential
    body: JSON.stringify({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url } } }] }),
  });
}

export { CLARIFAI_API_KEY, settings, Uploader, tag, nsfw };
