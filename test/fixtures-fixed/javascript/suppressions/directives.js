// jobs/nightly-tags.js: known findings silenced while the migration ticket is open.
const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const USER_ID = 'clarifai';
const APP_ID = 'main';

const stub = ClarifaiStub.grpc();
const keyMetadata = new grpc.Metadata();
keyMetadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);
const patMetadata = new grpc.Metadata();
patMetadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);

const inputs = [{ data: { image: { url: 'https://samples.clarifai.com/metro-north.jpg' } } }];
const log = (err, response) => console.log(err || response.status.description);

// clarifai-ignore-next-line api-key-public-resource -- MIGRATE-142: switching this job to a PAT next sprint
stub.PostModelOutputs({ model_id: 'general-image-recognition', inputs }, keyMetadata, log);

stub.PostModelOutputs({ model_id: 'food-item-recognition', inputs }, patMetadata, log); // clarifai-ignore missing-owner-ids

// Several rules in one directive, comma-separated.
// clarifai-ignore-next-line wrong-owner-ids, missing-owner-ids -- owner ids come from the tenant table
stub.PostModelOutputs({ user_app_id: { user_id: 'acme', app_id: 'tags' }, model_id: 'apparel-detection', inputs }, patMetadata, log);

// A directive without rule ids silences every rule on the next line.
// clarifai-ignore-next-line -- legacy job, deleted in MIGRATE-150
stub.PostWorkflowResults({ workflow_id: 'General', inputs }, keyMetadata, log);

// A directive for another rule does not silence this one.
// clarifai-ignore-next-line hardcoded-credential -- the key in this job is a test key
stub.PostModelOutputs({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, model_id: 'nsfw-recognition', inputs }, patMetadata, log); // expect: api-key-public-resource

stub.PostModelOutputs({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, model_id: 'color-recognition', inputs }, patMetadata, log); // clarifai-ignore wrong-owner-ids -- names another rule, so this stays; expect: missing-owner-ids

// Prose that mentions the directive does not count: we could add clarifai-ignore-next-line api-key-public-resource here, but we won't.
stub.PostModelOutputs({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, model_id: 'moderation-recognition', inputs }, patMetadata, log); // expect: api-key-public-resource

stub.PostModelOutputs({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, model_id: 'texture-recognition', inputs }, patMetadata, log); // TODO: remove, see clarifai-ignore docs  expect: api-key-public-resource

// A directive naming an unknown rule silences nothing.
// clarifai-ignore-next-line api-key -- typo in the rule id
stub.PostModelOutputs({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, model_id: 'celebrity-face-recognition', inputs }, patMetadata, log); // expect: api-key-public-resource

// A next-line directive covers only the line right after it.
// clarifai-ignore-next-line api-key-public-resource

stub.GetModel({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, model_id: 'face-detection' }, patMetadata, log); // expect: api-key-public-resource

// A multi-line call: the finding sits on the callee's line, which the directive names.
// clarifai-ignore-next-line missing-owner-ids -- MIGRATE-142
stub.PostModelOutputs(
  { model_id: 'general-image-detection', inputs },
  patMetadata,
  log
);

const API_KEY = '395ed8d5a81db9a3fcf50d21faf63b49'; // clarifai-ignore hardcoded-credential -- revoked test key kept for the replay tests
module.exports = { API_KEY };
