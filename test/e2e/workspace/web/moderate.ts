// Moderation with the deprecated clarifai npm client.
import Clarifai from 'clarifai';

const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });

export function moderate(url: string) {
  return app.models.predict(Clarifai.MODERATION_MODEL, url);
}
