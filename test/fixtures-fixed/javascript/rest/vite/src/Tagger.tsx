// src/Tagger.tsx in a Vite + React app: the credential comes from import.meta.env (and ships in the bundle).
import { useState } from 'react';

const PAT = import.meta.env.VITE_CLARIFAI_PAT;
const CLARIFAI_API_KEY = import.meta.env.VITE_CLARIFAI_API_KEY;
const CLARIFAI_USER_ID = 'clarifai';
const CLARIFAI_APP_ID = 'main';
const USER_ID = 'clarifai';
const APP_ID = 'main';

type Concept = { name: string; value: number };

async function tag(url: string): Promise<Concept[]> {
  // Correct owner, credential named as a PAT.
  const res = await fetch(`https://api.clarifai.com/v2/users/${CLARIFAI_USER_ID}/apps/${CLARIFAI_APP_ID}/models/general-image-recognition/outputs`, {
    method: 'POST',
    headers: { Authorization: `Key ${PAT}` },
    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
  });
  return (await res.json()).outputs[0].data.concepts;
}

async function tagWithKey(url: string): Promise<Concept[]> {
  // Correct owner, credential named as an API key.
  const res = await fetch(`https://api.clarifai.com/v2/users/${CLARIFAI_USER_ID}/apps/${CLARIFAI_APP_ID}/models/general-image-recognition/outputs`, { // expect: api-key-public-resource:information
    method: 'POST',
    headers: { Authorization: `Key ${PAT}` },
    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
  });
  return (await res.json()).outputs[0].data.concepts;
}

export default function Tagger() {
  const [url, setUrl] = useState('');
  const [concepts, setConcepts] = useState<Concept[]>([]);

  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setConcepts(await tag(url));
      }}
    >
      <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="Image URL" />
      <button type="submit">Tag</button>
      <button type="button" onClick={async () => setConcepts(await tagWithKey(url))}>
        Tag (legacy key)
      </button>
      <button
        type="button"
        onClick={() =>
          fetch('https://api.clarifai.com/v2/models/food-item-recognition/outputs', { method: 'POST', headers: { Authorization: 'Key ' + PAT }, body: JSON.stringify({ user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url } } }] }) }) // expect: api-key-public-resource
            .then((r) => r.json())
            .then((d) => setConcepts(d.outputs[0].data.concepts))
        }
      >
        Food
      </button>
      <ul>
        {concepts.map((c) => (
          <li key={c.name}>
            {c.name} {(c.value * 100).toFixed(1)}%
          </li>
        ))}
      </ul>
    </form>
  );
}
