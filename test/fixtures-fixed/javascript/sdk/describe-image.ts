// A CLI script on the clarifai-nodejs SDK: `npx tsx describe-image.ts <url>`.
import { Input, Model, Workflow } from 'clarifai-nodejs';

const imageUrl = process.argv[2] ?? 'https://samples.clarifai.com/metro-north.jpg';
const input = Input.getInputFromUrl({ inputId: 'cli-input', imageUrl });

// Correct: the portal URL names clarifai/main, the PAT comes from the environment.
const general = new Model({
  url: 'https://clarifai.com/clarifai/main/models/general-image-recognition',
  authConfig: { pat: process.env.CLARIFAI_PAT! },
});

// Correct: the ids written out.
const faces = new Model({
  modelId: 'face-detection',
  authConfig: { pat: process.env.CLARIFAI_PAT!, userId: 'clarifai', appId: 'main' },
});

// The SDK README's own shape: a public model with the caller's ids from CLARIFAI_USER_ID / CLARIFAI_APP_ID.
const celebrities = new Model({ // expect: wrong-owner-ids
  modelId: 'celebrity-face-recognition',
  authConfig: {
    pat: process.env.CLARIFAI_PAT!,
    userId: 'clarifai',
    appId: 'main',
  },
});

// No ids at all: the SDK falls back to CLARIFAI_USER_ID / CLARIFAI_APP_ID, the caller's own app.
const food = new Model({ modelId: 'food-item-recognition', authConfig: { userId: 'clarifai', appId: 'main', pat: process.env.CLARIFAI_PAT! } }); // expect: missing-owner-ids

// The PAT is kept in a variable named like an API key; the owner is right.
const moderation = new Model({ // expect: api-key-public-resource:information
  url: 'https://clarifai.com/clarifai/main/models/moderation-recognition',
  authConfig: { pat: process.env.CLARIFAI_PAT! },
});

// Public workflows.
const demographics = new Workflow({
  url: 'https://clarifai.com/clarifai/main/workflows/Demographics',
  authConfig: { pat: process.env.CLARIFAI_PAT! },
});
const sentiment = new Workflow({ // expect: wrong-owner-ids
  workflowId: 'Face-Sentiment',
  authConfig: { pat: process.env.CLARIFAI_PAT!, userId: 'clarifai', appId: 'main' },
});

// The caller's own model and workflow: fine.
const defects = new Model({
  modelId: 'weld-defect-detector',
  authConfig: { pat: process.env.CLARIFAI_PAT!, userId: process.env.CLARIFAI_USER_ID!, appId: process.env.CLARIFAI_APP_ID! },
});
const triage = new Workflow({ url: 'https://clarifai.com/acme/inspection/workflows/triage', authConfig: { pat: process.env.CLARIFAI_PAT! } });

// Another owner's public model, named by its URL: fine with a PAT.
const llm = new Model({ url: 'https://clarifai.com/openai/chat-completion/models/gpt-4o', authConfig: { pat: process.env.CLARIFAI_PAT! } });

async function main() {
  for (const model of [general, faces, celebrities, food, moderation, defects, llm]) {
    const prediction = await model.predict({ inputs: [input] });
    console.log(prediction[0]?.data?.conceptsList.map((c) => c.name).join(', '));
  }
  for (const workflow of [demographics, sentiment, triage]) console.log(await workflow.predict({ inputs: [input] }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
