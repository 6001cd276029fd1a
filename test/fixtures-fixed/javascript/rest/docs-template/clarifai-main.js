// Clarifai's 2023 JavaScript (REST) sample as pasted into a static page, PAT and all.
// Your PAT (Personal Access Token) can be found in the portal under Authentification
const PAT = process.env.CLARIFAI_PAT; // expect: hardcoded-credential
// Specify the correct user_id/app_id pairings
// Since you're making inferences outside your app's scope
const USER_ID = 'clarifai';
const APP_ID = 'main';
// Change these to whatever model and image URL you want to use
const MODEL_ID = 'face-detection';
const MODEL_VERSION_ID = '6dc7e46bc9124c5c8824be4822abe105';

function detectFaces(imageUrl) {
  const raw = JSON.stringify({
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: [{ data: { image: { url: imageUrl } } }],
  });

  const requestOptions = {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: raw,
  };

  // Correct owner and a PAT: the only finding of this file is the written-in PAT.
  return fetch('https://api.clarifai.com/v2/models/' + MODEL_ID + '/versions/' + MODEL_VERSION_ID + '/outputs', requestOptions)
    .then((response) => response.json())
    .then((result) => result.outputs[0].data.regions.map((r) => r.region_info.bounding_box));
}

document.querySelector('#detect').addEventListener('click', () => {
  detectFaces(document.querySelector('#url').value).then((boxes) => console.log(boxes));
});
