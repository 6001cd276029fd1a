// indexer.js: uploads photos to the app's own index with the legacy client. No public model is called,
// but the key written below is still a leaked credential.
const Clarifai = require('clarifai');

const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY }); // expect: hardcoded-credential

async function index(urls) {
  await app.inputs.create(urls.map((url) => ({ url, allowDuplicateUrl: true })));
  return app.inputs.list({ page: 1, perPage: 20 });
}

module.exports = { index };
