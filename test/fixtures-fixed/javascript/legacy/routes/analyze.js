// routes/analyze.js: the Clarifai.App instance is built in ../lib/clarifaiApp.js (with the app's API key).
const express = require('express');
const Clarifai = require('clarifai');
const { app } = require('../lib/clarifaiApp');
const clarifaiApp = require('../lib/clarifaiApp');

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

const router = express.Router();

router.post('/analyze', async (req, res) => {
  try {
    const general = await clarifaiPredict('models', 'general-image-recognition', req.body.url); // expect: api-key-public-resource
    const food = await clarifaiPredict('models', 'food-item-recognition', req.body.url); // expect: api-key-public-resource
    // The app's own model: fine with the app's key.
    const custom = await app.models.predict('menu-dish-classifier', req.body.url);
    res.json({ general, food, custom });
  } catch (err) {
    res.status(502).json({ error: err.message });
  }
});

// The App handed in by the caller.
function tagWith(clarifai, url) {
  return clarifaiPredict('models', 'eee28c313d69466f836ab83287a54ed9', url); // expect: api-key-public-resource
}

router.post('/travel', (req, res) => tagWith(req.app.locals.clarifai, req.body.url).then((r) => res.json(r)));

module.exports = router;
