// What every Clarifai snippet draws from: public model and workflow ids, credential variable names, sample image URLs.

/** @typedef {import('../random.mjs').Random} Random */

/** Public clarifai/main models by their v2 ids. */
const PUBLIC_MODELS = [
  'general-image-recognition',
  'face-detection',
  'food-item-recognition',
  'color-recognition',
  'apparel-recognition',
  'nsfw-recognition',
  'moderation-recognition',
  'general-image-embedding',
  'celebrity-face-recognition',
  'travel-recognition',
];

export const PUBLIC_WORKFLOWS = ['General', 'Demographics', 'Face-Sentiment'];

/** Models of the caller's own app: calls to them are fine with an API key. */
const OWN_MODELS = ['shelf-product-classifier', 'defect-detector-v3', 'logo-matcher', 'receipt-ocr-custom'];

export const SAMPLE_IMAGES = [
  'https://samples.clarifai.com/metro-north.jpg',
  'https://samples.clarifai.com/face-det.jpg',
  'https://samples.clarifai.com/food.jpg',
  'https://cdn.example.com/uploads/2024/05/shelf.jpg',
];

/** Environment variables people keep Clarifai credentials in. */
export const KEY_ENV_NAMES = ['CLARIFAI_API_KEY', 'CLARIFAI_KEY', 'API_CLARIFAI', 'CLARIFAI_PAT', 'CLARIFAI_PERSONAL_ACCESS_TOKEN'];

/**
 * A random 32-hex model version id.
 * @param {Random} r
 */
export const versionId = (r) => r.hex(32);

/**
 * A fake hard-coded secret in the shape of a real one (32 hex), random, never real.
 * @param {Random} r
 */
export const fakeSecret = (r) => r.hex(32);

/**
 * A model to call: mostly public clarifai/main models, sometimes one of the caller's own.
 * @param {Random} r
 */
export const modelId = (r) => (r.chance(80) ? r.pick(PUBLIC_MODELS) : r.pick(OWN_MODELS));
