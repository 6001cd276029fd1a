// A 2016 script still using the client-id/client-secret constructor of the `clarifai` package.
var Clarifai = require('clarifai');

/**
 * Runs a public Clarifai model or workflow (clarifai/main) with a PAT and resolves with the response, as the
 * `clarifai` client's app.models.predict and app.workflow.predict did.
 */
async function clarifaiPredict(kind, id, inputs, versionId) {
  const path = kind === 'models' ? `models/${versionId ? `${id}/versions/${versionId}` : id}/outputs` : `workflows/${id}/results`;
  // A string is a URL or base64 data; an object ({ url }, { base64 }, with an optional id) is used as it is.
  const toInput = (input) => {
    const { id: inputId, ...image } = typeof input === 'string' ? (/^https?:\/\//.test(input) ? { url: input } : { base64: input }) : input;
    return inputId ? { id: inputId, data: { image } } : { data: { image } };
  };
  const response = await fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/${path}`, {
    method: 'POST',
    headers: { Authorization: `Key ${process.env.CLARIFAI_PAT}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inputs: (Array.isArray(inputs) ? inputs : [inputs]).map(toInput) }),
  });
  const data = await response.json();
  if (!response.ok || data.status?.code !== 10000) throw Object.assign(new Error(data.status?.description ?? response.statusText), { data });
  return { ...data, rawData: data };
}

var app = new Clarifai.App(process.env.CLARIFAI_CLIENT_ID, process.env.CLARIFAI_CLIENT_SECRET);

var urls = process.argv.slice(2);

urls.forEach(function (url) {
  clarifaiPredict('models', 'general-image-recognition', url).then( // expect: api-key-public-resource
    function (response) {
      console.log(url, response.outputs[0].data.concepts.map(function (c) { return c.name; }).join(', '));
    },
    function (err) {
      console.error(err);
    }
  );
});
