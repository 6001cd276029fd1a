// sync.js: pushes product photos into the app with clarifai-nodejs-grpc; the key is written into the metadata.
const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT); // expect: hardcoded-credential

function pushInputs(products) {
  return new Promise((resolve, reject) => {
    stub.PostInputs(
      { inputs: products.map((p) => ({ id: p.sku, data: { image: { url: p.photo } } })) },
      metadata,
      (err, response) => (err ? reject(err) : resolve(response)),
    );
  });
}

module.exports = { pushInputs };
