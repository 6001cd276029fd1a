// Front-end helper copied from Clarifai's JavaScript (REST) template of 2022.
const PAT = import.meta.env.VITE_CLARIFAI_PAT;
const USER_ID = 'jane-doe';
const APP_ID = 'my-first-application';
const MODEL_ID = 'face-detection';
const MODEL_VERSION_ID = '6dc7e46bc9124c5c8824be4822abe105';

export async function detectFaces(imageUrl: string) {
  const raw = JSON.stringify({
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: [{ data: { image: { url: imageUrl } } }],
  });
  const requestOptions = {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: raw,
  };
  const response = await fetch(
    'https://api.clarifai.com/v2/models/' + MODEL_ID + '/versions/' + MODEL_VERSION_ID + '/outputs',
    requestOptions,
  );
  return response.json();
}
