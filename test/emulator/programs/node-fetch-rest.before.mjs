// Tags an image with Clarifai's general model over REST with fetch.
const API_KEY = process.env.CLARIFAI_API_KEY;
const MODEL_ID = 'general-image-recognition';
const IMAGE_URL = 'https://samples.clarifai.com/metro-north.jpg';

const raw = JSON.stringify({
  inputs: [{ data: { image: { url: IMAGE_URL } } }],
});

const requestOptions = {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    Authorization: 'Key ' + API_KEY,
  },
  body: raw,
};

const response = await fetch('https://api.clarifai.com/v2/models/' + MODEL_ID + '/outputs', requestOptions);
const result = await response.json();
if (result.status.code !== 10000) {
  console.error('Clarifai error: ' + result.status.description);
  process.exit(1);
}
for (const concept of result.outputs[0].data.concepts.slice(0, 5)) {
  console.log(concept.name + ' ' + concept.value.toFixed(3));
}
