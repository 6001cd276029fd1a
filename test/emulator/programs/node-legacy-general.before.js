// Tags an image with the general model through the clarifai npm client.
const Clarifai = require('clarifai');

const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });

app.models.predict(Clarifai.GENERAL_MODEL, 'https://samples.clarifai.com/metro-north.jpg').then(
  (response) => {
    const concepts = response.outputs[0].data.concepts;
    for (const concept of concepts.slice(0, 5)) {
      console.log(concept.name + ' ' + concept.value);
    }
  },
  (err) => {
    const status = err.response ? err.response.data.status : { description: err.message };
    console.error('Clarifai error: ' + status.description);
    process.exitCode = 1;
  },
);
