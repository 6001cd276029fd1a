// Predicts concepts with clarifai-nodejs-grpc's dynamic stub.
const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();

const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);

stub.PostModelOutputs(
  {
    // Clarifai's public models are addressed with their owner's ids and a PAT.
    user_app_id: { user_id: 'clarifai', app_id: 'main' },
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
