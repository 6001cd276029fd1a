// Front-end helper from Clarifai's 2022 JavaScript (REST) template: the caller's own ids with a public model.
const PAT = process.env.CLARIFAI_PAT;
const USER_ID = 'jane-doe';
const APP_ID = 'my-first-application';

export async function detectFaces(imageUrl) {
  const raw = JSON.stringify({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url: imageUrl } } }] });
  const response = await fetch('https://api.clarifai.com/v2/models/face-detection/outputs', {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: raw,
  });
  return response.json();
}
