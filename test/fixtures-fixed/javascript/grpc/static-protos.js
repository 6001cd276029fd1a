// lib/clarifai.js: the "static" style of clarifai-nodejs-grpc, messages built with setters.
const grpc = require('@grpc/grpc-js');
const { V2Client } = require('clarifai-nodejs-grpc/proto/clarifai/api/service_grpc_pb');
const service = require('clarifai-nodejs-grpc/proto/clarifai/api/service_pb');
const resources = require('clarifai-nodejs-grpc/proto/clarifai/api/resources_pb');

const client = new V2Client('api.clarifai.com', grpc.credentials.createSsl());

const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);

const keyMetadata = new grpc.Metadata();
keyMetadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);

function imageInput(url) {
  const image = new resources.Image();
  image.setUrl(url);
  const data = new resources.Data();
  data.setImage(image);
  const input = new resources.Input();
  input.setData(data);
  return input;
}

// Correct: a PAT and clarifai/main.
function generalConcepts(url, callback) {
  const userAppIdSet = new resources.UserAppIDSet();
  userAppIdSet.setUserId('clarifai');
  userAppIdSet.setAppId('main');

  const request = new service.PostModelOutputsRequest();
  request.setUserAppId(userAppIdSet);
  request.setModelId('general-image-recognition');
  request.addInputs(imageInput(url));
  client.postModelOutputs(request, metadata, callback);
}

// The caller's own ids from the environment, for a public model.
function foodConcepts(url, callback) {
  const ownIds = new resources.UserAppIDSet();
  ownIds.setUserId(process.env.CLARIFAI_USER_ID);
  ownIds.setAppId(process.env.CLARIFAI_APP_ID);

  const foodRequest = new service.PostModelOutputsRequest();
  foodRequest.setUserAppId(new resources.UserAppIDSet().setUserId('clarifai').setAppId('main'));
  foodRequest.setModelId('food-item-recognition');
  foodRequest.addInputs(imageInput(url));
  client.postModelOutputs(foodRequest, metadata, callback); // expect: wrong-owner-ids
}

// No user_app_id at all. This function reuses the variable name `request` of generalConcepts,
// which sets a user_app_id on *its* request, not on this one.
function moderation(url, callback) {
  const request = new service.PostModelOutputsRequest();
  request.setUserAppId(new resources.UserAppIDSet().setUserId('clarifai').setAppId('main'));
  request.setModelId('moderation-recognition');
  request.addInputs(imageInput(url));
  client.postModelOutputs(request, metadata, callback); // expect: missing-owner-ids
}

// A public workflow with the app's key.
function sentiment(url, callback) {
  const workflowRequest = new service.PostWorkflowResultsRequest();
  workflowRequest.setUserAppId(new resources.UserAppIDSet().setUserId('clarifai').setAppId('main'));
  workflowRequest.setWorkflowId('Face-Sentiment');
  workflowRequest.addInputs(imageInput(url));
  client.postWorkflowResults(workflowRequest, metadata, callback); // expect: api-key-public-resource
}

// The app's own model with its key: fine.
function ownModel(url, callback) {
  const ownRequest = new service.PostModelOutputsRequest();
  ownRequest.setModelId('pallet-damage-v3');
  ownRequest.addInputs(imageInput(url));
  client.postModelOutputs(ownRequest, keyMetadata, callback);
}

module.exports = { generalConcepts, foodConcepts, moderation, sentiment, ownModel };
