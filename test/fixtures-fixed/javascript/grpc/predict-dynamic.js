// scripts/predict.js: the clarifai-nodejs-grpc "dynamic" stub, every owner/credential combination.
const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();

const PAT = process.env.CLARIFAI_PAT;
const API_KEY = process.env.CLARIFAI_API_KEY;
const USER_ID = 'jdoe';
const APP_ID = 'photo-sorter';
const IMAGE_URL = 'https://samples.clarifai.com/metro-north.jpg';
const inputs = [{ data: { image: { url: IMAGE_URL, allow_duplicate_url: true } } }];

const patMetadata = new grpc.Metadata();
patMetadata.set('authorization', 'Key ' + PAT);

const keyMetadata = new grpc.Metadata();
keyMetadata.set('authorization', `Key ${API_KEY}`);

function printConcepts(err, response) {
  if (err) throw new Error(err);
  if (response.status.code !== 10000) throw new Error('Post model outputs failed, status: ' + response.status.description);
  for (const concept of response.outputs[0].data.concepts) console.log(concept.name + ' ' + concept.value);
}

// The 2023 docs sample: a PAT and the owner's ids. Correct.
stub.PostModelOutputs(
  {
    user_app_id: { user_id: 'clarifai', app_id: 'main' },
    model_id: 'general-image-recognition',
    version_id: 'aa7f35c01e0642fda5cf400f543e7c40',
    inputs,
  },
  patMetadata,
  printConcepts
);

// A PAT with the author's own ids (the community fix of the course): the owner is wrong.
stub.PostModelOutputs( // expect: wrong-owner-ids
  { user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'face-detection', version_id: '6dc7e46bc9124c5c8824be4822abe105', inputs },
  patMetadata,
  printConcepts
);

// A PAT with ids read from the environment: the caller's own account.
stub.PostModelOutputs( // expect: wrong-owner-ids
  { user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'food-item-recognition', inputs },
  patMetadata,
  printConcepts
);

// `me` is an alias of the token's own user, never clarifai.
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'apparel-detection', inputs }, patMetadata, printConcepts); // expect: wrong-owner-ids

// A PAT without any user_app_id.
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'nsfw-recognition', inputs }, patMetadata, printConcepts); // expect: missing-owner-ids

// The old README (shape A): an app API key, a legacy hex id, no user_app_id.
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'aaa03c23b3724a16a56b629203edc62c', inputs }, patMetadata, printConcepts); // expect: api-key-public-resource

// The newer README (shape B): the key's own app id plus a public model.
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'general-image-recognition', inputs }, patMetadata, printConcepts); // expect: api-key-public-resource

// Right owner, but the credential is named like an app key: it may well be a PAT.
stub.PostModelOutputs( // expect: api-key-public-resource:information
  { user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'general-image-detection', inputs },
  patMetadata,
  printConcepts
);

// The key's own model, inputs and searches: not findings.
stub.PostModelOutputs({ model_id: 'shelf-gap-detector', inputs }, keyMetadata, printConcepts);
stub.PostInputs({ inputs }, keyMetadata, (err) => err && console.error(err));
stub.PostAnnotationsSearches({ searches: [{ query: { ranks: [{ annotation: { data: { image: { url: IMAGE_URL } } } }] } }] }, keyMetadata, printConcepts);

// Reading a public model's description is a model call too.
stub.GetModel({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'celebrity-face-recognition' }, patMetadata, printConcepts); // expect: api-key-public-resource

// Workflows.
stub.PostWorkflowResults({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, workflow_id: 'General', inputs }, patMetadata, printConcepts);
stub.PostWorkflowResults({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, workflow_id: 'Face-Sentiment', inputs }, patMetadata, printConcepts); // expect: api-key-public-resource
stub.PostWorkflowResults({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, workflow_id: 'Demographics', inputs }, patMetadata, printConcepts); // expect: missing-owner-ids
stub.PostWorkflowResults({ workflow_id: 'shelf-audit', inputs }, keyMetadata, printConcepts); // expect: workflow-api-key:information
stub.PostWorkflowResults({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, workflow_id: 'shelf-audit', inputs }, patMetadata, printConcepts);

// A token whose name says neither PAT nor API key: no user_app_id is still wrong.
const tokenMetadata = new grpc.Metadata();
tokenMetadata.set('authorization', 'Key ' + process.env.CLARIFAI_TOKEN);
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'color-recognition', inputs }, tokenMetadata, printConcepts); // expect: missing-owner-ids

// The request built in variables first.
const clarifaiMain = { user_id: 'clarifai', app_id: 'main' };
const ownApp = { user_id: 'clarifai', app_id: 'main' };
const logoRequest = { user_app_id: clarifaiMain, model_id: '006764f775d210080d295e6ea1445f93', inputs };
stub.PostModelOutputs(logoRequest, patMetadata, printConcepts);
const captionRequest = { user_app_id: ownApp, model_id: '86039c857a206810679f7f72b82fff54', inputs };
stub.PostModelOutputs(captionRequest, patMetadata, printConcepts); // expect: wrong-owner-ids

// Only an app id: the user defaults to the token's own user, not clarifai.
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'general-image-recognition', inputs }, patMetadata, printConcepts); // expect: wrong-owner-ids

// Metadata from a helper without parameters is followed.
function clarifaiMetadata() {
  const md = new grpc.Metadata();
  md.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);
  return md;
}
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'general-image-embedding', inputs }, clarifaiMetadata(), printConcepts); // expect: missing-owner-ids

// Metadata from a helper with a parameter: the credential is unknown, the missing owner is not.
function metadataFor(token) {
  const md = new grpc.Metadata();
  md.set('authorization', 'Key ' + token);
  return md;
}
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'image-general-segmentation', inputs }, metadataFor(process.env.CLARIFAI_PAT), printConcepts); // expect: missing-owner-ids
