// Finds the faces in an image through the clarifai npm client, as the face-recognition course apps do.
const Clarifai = require('clarifai');

const app = new Clarifai.App({
  apiKey: process.env.CLARIFAI_API_KEY,
});

const imageUrl = process.argv[2] || 'https://samples.clarifai.com/face-det.jpg';

app.models
  .predict({ id: 'face-detection', version: '6dc7e46bc9124c5c8824be4822abe105' }, imageUrl)
  .then((response) => {
    for (const region of response.outputs[0].data.regions) {
      const box = region.region_info.bounding_box;
      console.log(`face: top ${box.top_row} left ${box.left_col} bottom ${box.bottom_row} right ${box.right_col}`);
    }
  })
  .catch((err) => {
    const status = err.response ? err.response.data.status : { description: err.message };
    console.error('unable to work with API: ' + status.description);
    process.exitCode = 1;
  });
