// The clarifai-nodejs-grpc README as many projects copied it (before the PAT change).
const { ClarifaiStub, grpc } = require("clarifai-nodejs-grpc");

const stub = ClarifaiStub.grpc();

// This will be used by every Clarifai endpoint call.
const metadata = new grpc.Metadata();
metadata.set("authorization", "Key " + process.env.CLARIFAI_PAT);

stub.PostModelOutputs( // expect: api-key-public-resource
  {
    user_app_id: { user_id: "clarifai", app_id: "main" },
    // This is the model ID of a publicly available General model. You may use any other public or custom model ID.
    model_id: "aaa03c23b3724a16a56b629203edc62c",
    inputs: [{ data: { image: { url: "https://samples.clarifai.com/dog2.jpeg" } } }],
  },
  metadata,
  (err, response) => {
    if (err) {
      console.log("Error: " + err);
      return;
    }
    if (response.status.code !== 10000) {
      console.log("Received failed status: " + response.status.description + "\n" + response.status.details);
      return;
    }
    console.log("Predicted concepts, with confidence values:");
    for (const c of response.outputs[0].data.concepts) {
      console.log(c.name + ": " + c.value);
    }
  }
);
