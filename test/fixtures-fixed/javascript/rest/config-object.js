// src/clarifai.js in a React face-detection app: every id in one config object, as the course template has it.
const CLARIFAI_CONFIG_OBJECT = {
  PAT: process.env.CLARIFAI_PAT, // expect: hardcoded-credential
  USER_ID: 'clarifai',
  APP_ID: 'main',
  MODEL_ID: 'face-detection',
  MODEL_VERSION_ID: '6dc7e46bc9124c5c8824be4822abe105',
};

// A second object for the author's own app, copied from the first and edited.
const MY_APP = { ...CLARIFAI_CONFIG_OBJECT, USER_ID: 'clarifai', APP_ID: 'main' };

export function detectFaces(imageUrl) {
  const { PAT, USER_ID, APP_ID, MODEL_ID, MODEL_VERSION_ID } = CLARIFAI_CONFIG_OBJECT;
  const raw = JSON.stringify({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url: imageUrl } } }] });
  // Correct owner and a PAT.
  return fetch(`https://api.clarifai.com/v2/models/${MODEL_ID}/versions/${MODEL_VERSION_ID}/outputs`, {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: raw,
  }).then((response) => response.json());
}

export function detectFacesOwnApp(imageUrl) {
  const raw = JSON.stringify({
    user_app_id: { user_id: MY_APP.USER_ID, app_id: MY_APP.APP_ID },
    inputs: [{ data: { image: { url: imageUrl } } }],
  });
  return fetch('https://api.clarifai.com/v2/models/' + MY_APP.MODEL_ID + '/outputs', { // expect: wrong-owner-ids
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + MY_APP.PAT },
    body: raw,
  }).then((response) => response.json());
}
