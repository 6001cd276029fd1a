// The REST sample with the user_app_id block deleted ("it works without it", said the forum post).
const PAT = process.env.CLARIFAI_PAT;
const MODEL_ID = 'food-item-recognition';
const MODEL_VERSION_ID = '1d5fd481e0cf4826aa72ec3ff049e044';
const USER_ID = 'clarifai';
const APP_ID = 'main';

export async function foodConcepts(imageUrl) {
  const raw = JSON.stringify({
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: [{ data: { image: { url: imageUrl } } }],
  });
  const requestOptions = {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: raw,
  };
  const response = await fetch(`https://api.clarifai.com/v2/models/${MODEL_ID}/versions/${MODEL_VERSION_ID}/outputs`, requestOptions); // expect: missing-owner-ids
  const result = await response.json();
  return result.outputs[0].data.concepts;
}

// The same request with an app API key: the key's own app has no such model.
export async function foodConceptsWithKey(imageUrl) {
  const response = await fetch(`https://api.clarifai.com/v2/models/${MODEL_ID}/outputs`, { // expect: api-key-public-resource
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: `Key ${PAT}` },
    body: JSON.stringify({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url: imageUrl } } }] }),
  });
  return (await response.json()).outputs[0].data.concepts;
}
