// Tags an image with Clarifai's general model over REST with fetch.
const PAT = process.env.CLARIFAI_PAT;
const USER_ID = 'clarifai';
const APP_ID = 'main';
const MODEL_ID = 'general-image-recognition';
const IMAGE_URL = 'https://samples.clarifai.com/metro-north.jpg';

const raw = JSON.stringify({
  inputs: [{ data: { image: { url: IMAGE_URL } } }],
});

const requestOptions = {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    Authorization: 'Key ' + PAT,
  },
  body: raw,
};

const response = await fetch(
  'https://api.clarifai.com/v2/users/' + USER_ID + '/apps/' + APP_ID + '/models/' + MODEL_ID + '/outputs',
  requestOptions,
);
const result = await response.json();
if (result.status.code !== 10000) {
  console.error('Clarifai error: ' + result.status.description);
  process.exit(1);
}
for (const concept of result.outputs[0].data.concepts.slice(0, 5)) {
  console.log(concept.name + ' ' + concept.value.toFixed(3));
}
