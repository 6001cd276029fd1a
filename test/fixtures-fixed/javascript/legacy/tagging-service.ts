// A product-tagging service written against the deprecated `clarifai` npm client (v2.9.1).
import Clarifai from 'clarifai';

const CLARIFAI_API_KEY = process.env.CLARIFAI_API_KEY as string;
const PAT = process.env.CLARIFAI_PAT;

/**
 * Runs a public Clarifai model or workflow (clarifai/main) with a PAT and resolves with the response, as the
 * `clarifai` client's app.models.predict and app.workflow.predict did.
 */
async function clarifaiPredict(kind: 'models' | 'workflows', id: string, inputs: string | { id?: string; url?: string; base64?: string } | (string | { id?: string; url?: string; base64?: string })[], versionId?: string): Promise<any> {
  const path = kind === 'models' ? `models/${versionId ? `${id}/versions/${versionId}` : id}/outputs` : `workflows/${id}/results`;
  // A string is a URL or base64 data; an object ({ url }, { base64 }, with an optional id) is used as it is.
  const toInput = (input: string | { id?: string; url?: string; base64?: string }) => {
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

const app = new Clarifai.App({ apiKey: CLARIFAI_API_KEY });

export interface Concept {
  name: string;
  value: number;
}

function conceptsOf(response: any): Concept[] {
  return response.outputs[0].data.concepts.map((c: any) => ({ name: c.name, value: c.value }));
}

export async function generalTags(url: string): Promise<Concept[]> {
  const response = await clarifaiPredict('models', 'general-image-recognition', url); // expect: api-key-public-resource
  return conceptsOf(response);
}

export async function foodTags(url: string): Promise<Concept[]> {
  // The legacy food model by its hex id, and the current one by its slug.
  const legacy = await clarifaiPredict('models', 'food-item-recognition', url); // expect: api-key-public-resource
  const current = await clarifaiPredict('models', 'food-item-recognition', url); // expect: api-key-public-resource
  return [...conceptsOf(legacy), ...conceptsOf(current)];
}

export async function faces(url: string) {
  return clarifaiPredict('models', 'face-detection', url, '6dc7e46bc9124c5c8824be4822abe105'); // expect: api-key-public-resource
}

export async function pinnedGeneral(url: string) {
  // The README's pinned-version form: the id comes from the client's own constant.
  return clarifaiPredict('models', 'general-image-recognition', url, 'aa7f35c01e0642fda5cf400f543e7c40'); // expect: api-key-public-resource
}

export async function nsfwScore(url: string): Promise<number> {
  const model = await app.models.initModel({ id: Clarifai.NSFW_MODEL }); // expect: api-key-public-resource
  const response = await model.predict(url);
  return response.outputs[0].data.concepts.find((c: any) => c.name === 'nsfw').value;
}

export async function colors(url: string) {
  const model = await app.models.initModel('color-recognition'); // expect: api-key-public-resource
  return model.predict(url);
}

// Public workflows of clarifai/main.
export const describeScene = (url: string) => clarifaiPredict('workflows', 'General', url); // expect: api-key-public-resource
export const faceSentiment = (url: string) => clarifaiPredict('workflows', 'Face-Sentiment', url); // expect: api-key-public-resource
export const demographics = (url: string) => clarifaiPredict('workflows', 'Demographics', url); // expect: api-key-public-resource

// The app's own workflow works with its key; Clarifai only recommends a PAT.
export const skuPipeline = (url: string) => app.workflow.predict('sku-pipeline', url); // expect: workflow-api-key:information

// The app's own custom model, inputs and searches: an API key is the right credential.
export async function skuTags(url: string) {
  const response = await app.models.predict('sku-classifier-v4', url);
  await app.inputs.create({ url, concepts: conceptsOf(response).map((c) => ({ id: c.name, value: true })) });
  return app.inputs.search({ concept: { name: conceptsOf(response)[0]?.name } });
}

// A model chosen by the caller: known only at run time.
export function predictWith(modelId: string, url: string) {
  return app.models.predict(modelId, url);
}

export class CatalogTagger {
  private app: any;

  constructor(apiKey: string) {
    this.app = new Clarifai.App({ apiKey });
  }

  async apparel(url: string) {
    return clarifaiPredict('models', 'apparel-recognition', url); // expect: api-key-public-resource
  }

  async ownModel(url: string) {
    return this.app.models.predict('catalog-style-v2', url);
  }
}
