// Clarifai's protos compiled with ts-proto (camelCase fields), called through @grpc/grpc-js.
import { ChannelCredentials, Metadata } from '@grpc/grpc-js';
import {
  PostModelOutputsRequest,
  PostWorkflowResultsRequest,
  V2Client,
} from './generated/proto/clarifai/api/service';

const client = new V2Client('api.clarifai.com:443', ChannelCredentials.createSsl());

const meta = new Metadata();
meta.set('authorization', `Key ${process.env.CLARIFAI_PAT}`);

const inputs = [{ id: 'test-image', data: { image: { url: 'https://samples.clarifai.com/celebrity.jpeg' } } }];

// Correct: the owner's ids in camelCase.
client.postModelOutputs(
  { userAppId: { userId: 'clarifai', appId: 'main' }, modelId: 'celebrity-face-recognition', inputs } as PostModelOutputsRequest,
  meta,
  (error, response) => console.log(error ?? JSON.stringify(response)),
);

// The author's own ids with a public workflow.
const request: PostWorkflowResultsRequest = {
  userAppId: {
    appId: 'main',
    userId: 'clarifai',
  },
  workflowId: 'Face-Sentiment',
  inputs,
} as PostWorkflowResultsRequest;

client.postWorkflowResults(request, meta, (error, response) => { // expect: wrong-owner-ids
  if (error) console.error('Error:', error);
  else console.log('Response:', response);
});

// No owner ids, the message built with ts-proto's fromPartial.
const foodRequest = PostModelOutputsRequest.fromPartial({ userAppId: { userId: 'clarifai', appId: 'main' }, modelId: 'food-item-recognition', inputs });
client.postModelOutputs(foodRequest, meta, (error, response) => console.log(error ?? response)); // expect: missing-owner-ids
