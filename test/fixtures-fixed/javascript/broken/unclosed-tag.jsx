// components/FaceDetect.jsx while being edited: the <section> below is never closed.
import React, { useState } from 'react';
import axios from 'axios';

const PAT = process.env.REACT_APP_CLARIFAI_PAT;
const USER_ID = 'clarifai';
const APP_ID = 'main';

export default function FaceDetect() {
  const [url, setUrl] = useState('');
  const [regions, setRegions] = useState([]);

  const detect = async () => {
    const { data } = await axios.post( // expect: missing-owner-ids
      'https://api.clarifai.com/v2/models/face-detection/outputs',
      { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url } } }] },
      { headers: { Authorization: 'Key ' + PAT } },
    );
    setRegions(data.outputs[0].data.regions);
  };

  return (
    <section className="face-detect">
      <input value={url} onChange={(e) => setUrl(e.target.value)} />
      <button onClick={detect}>Detect</button>
      <div className="face-count">{regions.length} faces
    </section>
  );
}

export function QuickTag({ imageUrl }) {
  return (
    <div>
      <button onClick={() => axios.post('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [{ data: { image: { url: imageUrl } } }] }, { headers: { Authorization: 'Key ' + PAT } })}>Tag</button> {/* expect: missing-owner-ids */}
    </div>
  );
}
