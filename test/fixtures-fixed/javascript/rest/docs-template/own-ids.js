// Clarifai's JavaScript (REST) sample from 2022, filled in with the author's own user and app ids.
// Your PAT (Personal Access Token) can be found in the portal under Authentification
const PAT = process.env.CLARIFAI_PAT;
// Specify the correct user_id/app_id pairings
// Since you're making inferences outside your app's scope
const USER_ID = 'clarifai';
const APP_ID = 'main';
// Change these to whatever model and image URL you want to use
const MODEL_ID = 'general-image-recognition';
const MODEL_VERSION_ID = 'aa7f35c01e0642fda5cf400f543e7c40';
const IMAGE_URL = 'https://samples.clarifai.com/metro-north.jpg';

const raw = JSON.stringify({
  user_app_id: {
    user_id: USER_ID,
    app_id: APP_ID,
  },
  inputs: [
    {
      data: {
        image: {
          url: IMAGE_URL,
        },
      },
    },
  ],
});

const requestOptions = {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    Authorization: 'Key ' + PAT,
  },
  body: raw,
};

// NOTE: MODEL_VERSION_ID is optional, you can also call prediction with the MODEL_ID only
fetch('https://api.clarifai.com/v2/models/' + MODEL_ID + '/versions/' + MODEL_VERSION_ID + '/outputs', requestOptions) // expect: wrong-owner-ids
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.log('error', error));
