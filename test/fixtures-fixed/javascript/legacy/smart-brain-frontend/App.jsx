// face-recognition-brain front end, 2019 version: the deprecated client called straight from React.
import React, { Component } from 'react';
import Clarifai from 'clarifai';
import FaceRecognition from './components/FaceRecognition/FaceRecognition';
import ImageLinkForm from './components/ImageLinkForm/ImageLinkForm';

/**
 * Runs a public Clarifai model or workflow (clarifai/main) with a PAT and resolves with the response, as the
 * `clarifai` client's app.models.predict and app.workflow.predict did.
 */
async function clarifaiPredict(kind, id, inputs, versionId) {
  const path = kind === 'models' ? `models/${versionId ? `${id}/versions/${versionId}` : id}/outputs` : `workflows/${id}/results`;
  // A string is a URL or base64 data; an object ({ url }, { base64 }, with an optional id) is used as it is.
  const toInput = (input) => {
    const { id: inputId, ...image } = typeof input === 'string' ? (/^https?:\/\//.test(input) ? { url: input } : { base64: input }) : input;
    return inputId ? { id: inputId, data: { image } } : { data: { image } };
  };
  const response = await fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/${path}`, {
    method: 'POST',
    headers: { Authorization: `Key ${process.env.CLARIFAI_PAT}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inputs: (Array.isArray(inputs) ? inputs : [inputs]).map(toInput) }),
  });
  const data = await response.json();
  if (!response.ok || data.status?.code !== 10000) throw Object.assign(new Error(data.status?.description ?? response.statusText), { data });
  return { ...data, rawData: data };
}

const app = new Clarifai.App({
  apiKey: process.env.CLARIFAI_API_KEY, // expect: hardcoded-credential
});

class App extends Component {
  constructor() {
    super();
    this.state = { input: '', imageUrl: '', box: {}, tags: [] };
  }

  onInputChange = (event) => this.setState({ input: event.target.value });

  onButtonSubmit = () => {
    this.setState({ imageUrl: this.state.input });
    // The raw id of FACE_DETECT_MODEL in release 2.9.1.
    clarifaiPredict('models', 'face-detection', this.state.input)
      .then((response) => this.displayFaceBox(this.calculateFaceLocation(response)))
      .catch((err) => console.log(err));
  };

  displayFaceBox = (box) => this.setState({ box });

  calculateFaceLocation = (data) => data.outputs[0].data.regions[0].region_info.bounding_box;

  render() {
    const { imageUrl, box, tags } = this.state;
    return (
      <div className="App">
        <ImageLinkForm onInputChange={this.onInputChange} onButtonSubmit={this.onButtonSubmit} />
        <button onClick={() => clarifaiPredict('models', 'general-image-recognition', imageUrl).then((r) => this.setState({ tags: r.outputs[0].data.concepts }))}>Tags</button> {/* expect: api-key-public-resource */}
        <ul>{tags.map((t) => <li key={t.id}>{t.name}</li>)}</ul>
        <FaceRecognition box={box} imageUrl={imageUrl} />
      </div>
    );
  }
}

export default App;
