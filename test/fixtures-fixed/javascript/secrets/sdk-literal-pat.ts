// scripts/smoke-test.ts: a quick check of the Node SDK with a PAT pasted in.
import { Input, Model } from 'clarifai-nodejs';

const model = new Model({
  url: 'https://clarifai.com/clarifai/main/models/general-image-recognition',
  authConfig: { pat: process.env.CLARIFAI_PAT }, // expect: hardcoded-credential
});

const input = Input.getInputFromUrl({ inputId: 'smoke', imageUrl: 'https://samples.clarifai.com/metro-north.jpg' });

model
  .predict({ inputs: [input] })
  .then((outputs) => console.log(outputs[0]?.data?.conceptsList.length, 'concepts'))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
