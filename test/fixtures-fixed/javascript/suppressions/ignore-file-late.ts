// scripts/replay.ts: recorded Clarifai traffic.
import { ClarifaiStub, grpc } from 'clarifai-nodejs-grpc';

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);

export const replayGeneral = () => stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'general-image-recognition', inputs: [] }, metadata, () => {}); // expect: api-key-public-resource

/* clarifai-ignore-file missing-owner-ids -- a file-level directive may sit anywhere; it names one rule only */
export const replayFood = () => stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'food-item-recognition', inputs: [] }, metadata, () => {}); // expect: api-key-public-resource
