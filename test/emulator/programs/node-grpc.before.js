// Predicts concepts with clarifai-nodejs-grpc's dynamic stub, as in the client's README.
const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();

const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);

stub.PostModelOutputs(
  {
    // This is the model ID of a publicly available General model. You may use any other public or custom model ID.
    model_id: 'aaa03c23b3724a16a56b629203edc62c',
    inputs: [{ data: { image: { url: 'https://samples.clarifai.com/dog2.jpeg' } } }],
  },
  metadata,
  (err, response) => {
    if (err) {
      console.log('Error: ' + err);
      process.exitCode = 1;
      return;
    }

    if (response.status.code !== 10000) {
      console.log('Received failed status: ' + response.status.description + '\n' + response.status.details);
      process.exitCode = 1;
      return;
    }

    console.log('Predicted concepts, with confidence values:');
    for (const c of response.outputs[0].data.concepts) {
      console.log(c.name + ': ' + c.value);
    }
  },
);
