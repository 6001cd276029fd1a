// app/api/moderate/route.ts (Next.js App Router): content moderation before an upload is published.
import { NextResponse } from 'next/server';

const apiKey = process.env.CLARIFAI_API_KEY!;
const pat = process.env.CLARIFAI_PAT!;

export async function POST(request: Request) {
  const { imageUrl } = (await request.json()) as { imageUrl: string };
  const body = JSON.stringify({
    user_app_id: { user_id: 'clarifai', app_id: 'main' },
    inputs: [{ data: { image: { url: imageUrl } } }],
  });

  // The owner is right; only the name says the credential may be an app API key.
  const nsfw = await fetch('https://api.clarifai.com/v2/models/nsfw-recognition/outputs', { // expect: api-key-public-resource:information
    method: 'POST',
    headers: { Authorization: `Key ${process.env.CLARIFAI_PAT}`, 'Content-Type': 'application/json' },
    body,
  });

  // Same request with the PAT: correct.
  const moderation = await fetch('https://api.clarifai.com/v2/models/moderation-recognition/outputs', {
    method: 'POST',
    headers: { Authorization: `Key ${pat}`, 'Content-Type': 'application/json' },
    body,
  });

  const [a, b] = await Promise.all([nsfw.json(), moderation.json()]);
  return NextResponse.json({ nsfw: a.outputs[0].data.concepts, moderation: b.outputs[0].data.concepts });
}
