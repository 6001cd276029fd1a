// A small wrapper class around the Node SDK, as used by a Discord bot.
const { Model } = require('clarifai-nodejs');

class ImageTagger {
  constructor({ pat = process.env.CLARIFAI_PAT, modelUrl } = {}) {
    this.pat = pat;
    this.modelUrl = modelUrl;
  }

  // The model URL comes from the caller: known only at run time.
  model() {
    return new Model({ url: this.modelUrl, authConfig: { pat: this.pat } });
  }

  // A fixed public model: correct owner, PAT.
  nsfw() {
    return new Model({ url: 'https://clarifai.com/clarifai/main/models/nsfw-recognition', authConfig: { pat: this.pat } });
  }

  // A fixed public model addressed by id only: the SDK uses CLARIFAI_USER_ID / CLARIFAI_APP_ID.
  apparel() {
    return new Model({ modelId: 'apparel-detection', authConfig: { userId: 'clarifai', appId: 'main', pat: this.pat } }); // expect: missing-owner-ids
  }
}

module.exports = { ImageTagger };
