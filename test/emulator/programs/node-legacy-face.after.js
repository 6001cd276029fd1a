// Finds the faces in an image, as the face-recognition course apps do.
// The clarifai npm client sends its key without the owner's ids, and Clarifai's public models now need a PAT plus
// user_id 'clarifai' and app_id 'main'; this REST helper stands in for app.models.predict and resolves to the same JSON.
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

const imageUrl = process.argv[2] || 'https://samples.clarifai.com/face-det.jpg';

predict({ id: 'face-detection', version: '6dc7e46bc9124c5c8824be4822abe105' }, imageUrl)
  .then((response) => {
    for (const region of response.outputs[0].data.regions) {
      const box = region.region_info.bounding_box;
      console.log(`face: top ${box.top_row} left ${box.left_col} bottom ${box.bottom_row} right ${box.right_col}`);
    }
  })
  .catch((err) => {
    const status = err.response ? err.response.data.status : { description: err.message };
    console.error('unable to work with API: ' + status.description);
    process.exitCode = 1;
  });
