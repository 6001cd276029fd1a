// components/ScanButton.tsx: suppression comments inside JSX.
import axios from 'axios';

const PAT = process.env.NEXT_PUBLIC_CLARIFAI_PAT;
const USER_ID = 'clarifai';
const APP_ID = 'main';
const body = (url: string) => ({ inputs: [{ data: { image: { url } } }] });

export function ScanButton({ url }: { url: string }) {
  return (
    <div className="scan">
      {/* clarifai-ignore-next-line missing-owner-ids -- proxied through /api/clarifai, which adds the owner */}
      <button onClick={() => axios.post('https://api.clarifai.com/v2/models/general-image-recognition/outputs', body(url), { headers: { Authorization: `Key ${PAT}` } })}>Scan</button>
      {/* clarifai-ignore-next-line wrong-owner-ids -- names another rule */}
      <button onClick={() => axios.post('https://api.clarifai.com/v2/models/color-recognition/outputs', { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [] }, { headers: { Authorization: `Key ${PAT}` } })}>Colors</button> {/* expect: missing-owner-ids */}
      <button onClick={() => axios.post('https://api.clarifai.com/v2/models/nsfw-recognition/outputs', { user_app_id: { user_id: USER_ID, app_id: APP_ID }, inputs: [] }, { headers: { Authorization: `Key ${PAT}` } })}>NSFW</button> {/* expect: missing-owner-ids */}
    </div>
  );
}
