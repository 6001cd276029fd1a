// Tags an image with Clarifai's general model over REST with axios.
const axios = require('axios');

const PAT = process.env.CLARIFAI_PAT;
// Specify the correct user_id/app_id pairings: the model belongs to Clarifai's own app.
const USER_ID = 'clarifai';
const APP_ID = 'main';
const MODEL_ID = 'general-image-recognition';
const MODEL_VERSION_ID = 'aa7f35c01e0642fda5cf400f543e7c40';
const IMAGE_URL = 'https://samples.clarifai.com/metro-north.jpg';

const body = {
  user_app_id: {
    user_id: USER_ID,
    app_id: APP_ID,
  },
  inputs: [{ data: { image: { url: IMAGE_URL } } }],
};

axios
  .post(`https://api.clarifai.com/v2/models/${MODEL_ID}/versions/${MODEL_VERSION_ID}/outputs`, body, {
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
  })
  .then((response) => {
    for (const concept of response.data.outputs[0].data.concepts.slice(0, 5)) {
      console.log(`${concept.name} ${concept.value.toFixed(3)}`);
    }
  })
  .catch((error) => {
    const status = error.response ? error.response.data.status : { description: error.message };
    console.error('Clarifai error: ' + status.description);
    process.exitCode = 1;
  });
