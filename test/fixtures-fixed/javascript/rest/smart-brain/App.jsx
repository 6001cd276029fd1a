// face-recognition-brain front end (React class component), after the 2023 "PAT + user id" community fix.
import React, { Component } from 'react';
import ParticlesBg from 'particles-bg';
import Navigation from './components/Navigation/Navigation';
import ImageLinkForm from './components/ImageLinkForm/ImageLinkForm';
import FaceRecognition from './components/FaceRecognition/FaceRecognition';
import './App.css';

// One parameter: this helper is not followed, so what it returns is only known at run time.
const returnClarifaiRequestOptions = (imageUrl) => {
  // Your PAT (Personal Access Token) can be found in the Account's Security section
  const PAT = process.env.REACT_APP_CLARIFAI_PAT;
  // Specify the correct user_id/app_id pairings
  const USER_ID = 'clarifai';
  const APP_ID = 'main';
  const IMAGE_URL = imageUrl;

  const raw = JSON.stringify({
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: [{ data: { image: { url: IMAGE_URL } } }],
  });

  return {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: raw,
  };
};

// No parameter: followed. The caller's own ids, as the forum fix told students to fill in.
const faceDetectOptions = () => ({
  method: 'POST',
  headers: { Accept: 'application/json', Authorization: 'Key ' + process.env.REACT_APP_CLARIFAI_PAT },
  body: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [] }),
});

const initialState = {
  input: '',
  imageUrl: '',
  box: {},
  route: 'signin',
};

class App extends Component {
  constructor() {
    super();
    this.state = initialState;
  }

  calculateFaceLocation = (data) => {
    const clarifaiFace = data.outputs[0].data.regions[0].region_info.bounding_box;
    const image = document.getElementById('inputimage');
    const width = Number(image.width);
    const height = Number(image.height);
    return {
      leftCol: clarifaiFace.left_col * width,
      topRow: clarifaiFace.top_row * height,
      rightCol: width - clarifaiFace.right_col * width,
      bottomRow: height - clarifaiFace.bottom_row * height,
    };
  };

  onInputChange = (event) => {
    this.setState({ input: event.target.value });
  };

  onButtonSubmit = () => {
    this.setState({ imageUrl: this.state.input });
    // The options come from a one-parameter helper: no finding either way.
    fetch('https://api.clarifai.com/v2/models/face-detection/outputs', returnClarifaiRequestOptions(this.state.input))
      .then((response) => response.json())
      .then((result) => this.setState({ box: this.calculateFaceLocation(result) }))
      .catch((error) => console.log('error', error));
  };

  onRetry = () => {
    fetch('https://api.clarifai.com/v2/models/face-detection/versions/6dc7e46bc9124c5c8824be4822abe105/outputs', faceDetectOptions()) // expect: wrong-owner-ids
      .then((response) => response.json())
      .then((result) => this.setState({ box: this.calculateFaceLocation(result) }));
  };

  render() {
    const { imageUrl, box } = this.state;
    return (
      <div className="App">
        <ParticlesBg type="cobweb" bg={true} />
        <Navigation />
        <ImageLinkForm onInputChange={this.onInputChange} onButtonSubmit={this.onButtonSubmit} />
        <FaceRecognition box={box} imageUrl={imageUrl} />
      </div>
    );
  }
}

export default App;
