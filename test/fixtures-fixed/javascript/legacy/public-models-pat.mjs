// Keeping the deprecated client alive: a PAT plus userId/appId sends every call to /v2/users/clarifai/apps/main.
import Clarifai from 'clarifai';

const PAT = process.env.CLARIFAI_PAT;

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
    headers: { Authorization: `Key ${PAT}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inputs: (Array.isArray(inputs) ? inputs : [inputs]).map(toInput) }),
  });
  const data = await response.json();
  if (!response.ok || data.status?.code !== 10000) throw Object.assign(new Error(data.status?.description ?? response.statusText), { data });
  return { ...data, rawData: data };
}

// The documented workaround: correct.
const publicModels = new Clarifai.App({ apiKey: PAT, userId: 'clarifai', appId: 'main' });

export const generalTags = (url) => publicModels.models.predict(Clarifai.GENERAL_MODEL, url);
export const faces = (url) => publicModels.models.predict('face-detection', url);
export const sentiment = (url) => publicModels.workflow.predict('Face-Sentiment', url);

// The same with the PAT read inline from the environment: correct.
const inline = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
export const logos = (url) => inline.models.predict(Clarifai.LOGO_MODEL, url);

// The owner is right, but the credential is named like an app API key: it may hold one.
const keyNamed = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY, userId: 'clarifai', appId: 'main' });
export const moderation = (url) => clarifaiPredict('models', 'moderation-recognition', url); // expect: api-key-public-resource:information

// A PAT but no owner ids: Clarifai looks in the token's own app.
const patOnly = new Clarifai.App({ apiKey: PAT });
export const travel = (url) => patOnly.models.predict('travel-recognition', url); // expect: missing-owner-ids

// A PAT scoped to the author's own app, used for a public model.
const ownScope = new Clarifai.App({ apiKey: PAT, userId: 'jdoe', appId: 'my-first-application' });
export const celebrities = (url) => clarifaiPredict('models', 'celebrity-face-recognition', url); // expect: wrong-owner-ids
export const ownModel = (url) => ownScope.models.predict('holiday-photos-classifier', url);
