// smart-brain-api controllers/image.js after the 2024 migration to the REST API.
const fetch = require('node-fetch');

// The PAT is kept in the variable the old API key used.
const PAT = process.env.CLARIFAI_API_KEY;
const { CLARIFAI_PAT, CLARIFAI_USER_ID, CLARIFAI_APP_ID } = process.env;

const imageBody = (url) => JSON.stringify({ inputs: [{ data: { image: { url } } }] });

// Right owner; the credential is read from CLARIFAI_API_KEY, so it may hold an app key.
const handleApiCall = (req, res) => {
  fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', { // expect: api-key-public-resource:information
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: imageBody(req.body.input),
  })
    .then((response) => response.json())
    .then((data) => res.json(data))
    .catch(() => res.status(400).json('unable to work with API'));
};

// Ids destructured from process.env: the caller's own account.
const handleCelebrity = async (req, res) => {
  const response = await fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/models/celebrity-face-recognition/outputs`, { // expect: wrong-owner-ids
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: `Key ${CLARIFAI_PAT}` },
    body: imageBody(req.body.input),
  });
  res.json(await response.json());
};

// process.env read by subscript; owner right: correct.
const handleGeneral = async (req, res) => {
  const response = await fetch(new Request('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', {
    method: 'POST',
    headers: { Authorization: 'Key ' + process.env['CLARIFAI_PAT'] },
    body: imageBody(req.body.input),
  }));
  res.json(await response.json());
};

module.exports = { handleApiCall, handleCelebrity, handleGeneral };
