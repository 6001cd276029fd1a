// src/vision.ts half-way through a refactor: declared twice, and a syntax error further down.
import { ClarifaiStub, grpc } from 'clarifai-nodejs-grpc';

const MODEL_ID = 'general-image-recognition';
const API_KEY = process.env.CLARIFAI_API_KEY ?? '';
const PAT = process.env.CLARIFAI_PAT;
const USER_ID = 'clarifai';
const APP_ID = 'main';

interface Concept {
  name: string;
  value: number;
}

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + PAT);

// Pasted twice while merging (TS2451: Cannot redeclare block-scoped variable).
const MODEL_ID = 'general-image-recognition';

export function tag(url: string): Promise<Concept[]> {
  return new Promise((resolve, reject) => {
    stub.PostModelOutputs({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, model_id: MODEL_ID, inputs: [{ data: { image: { url } } }] }, metadata, (err: any, response: any) => { // expect: api-key-public-resource
      if (err) return reject(err);
      resolve(response.outputs[0].data.concepts);
    });
  });
}

// Duplicate function implementation (TS2393).
export function tag(url: string): Promise<Concept[]> {
  return Promise.resolve([]);
}

export function topConcept(concepts: Concept[] {
  return concepts.reduce((best, c) => (c.value > best.value ? c : best), concepts[0]);
}

export function sentiment(url: string) {
  stub.PostWorkflowResults({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, workflow_id: 'Face-Sentiment', inputs: [{ data: { image: { url } } }] }, metadata, console.log); // expect: api-key-public-resource
}
