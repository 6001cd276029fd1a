// Tags an image with the general model.
// The clarifai npm client sends its key without the owner's ids, and Clarifai's public models now need a PAT plus
// user_id 'clarifai' and app_id 'main'; this REST helper stands in for app.models.predict and resolves to the same JSON.
const GENERAL_MODEL = 'aaa03c23b3724a16a56b629203edc62c';

function predict(model, imageUrl) {
  const { id, version } = typeof model === 'string' ? { id: model } : model;
  const path = version ? `models/${id}/versions/${version}/outputs` : `models/${id}/outputs`;
  return fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/${path}`, {
    method: 'POST',
    headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inputs: [{ data: { image: { url: imageUrl } } }] }),
  })
    .then((response) => response.json())
    .then((body) => (body.status.code === 10000 ? body : Promise.reject({ response: { data: body } })));
}

predict(GENERAL_MODEL, 'https://samples.clarifai.com/metro-north.jpg').then(
  (response) => {
    const concepts = response.outputs[0].data.concepts;
    for (const concept of concepts.slice(0, 5)) {
      console.log(concept.name + ' ' + concept.value);
    }
  },
  (err) => {
    const status = err.response ? err.response.data.status : { description: err.message };
    console.error('Clarifai error: ' + status.description);
    process.exitCode = 1;
  },
);
