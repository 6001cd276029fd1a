// Express server from the face-detection course: the deprecated clarifai npm client.
const express = require('express');
const Clarifai = require('clarifai');

const app = new Clarifai.App({
  apiKey: 'c4f1a8e2b7d94e3f8a6c0b5d2e9f7a13',
});

const server = express();
server.use(express.json());

server.post('/imageurl', (req, res) => {
  app.models
    .predict(Clarifai.FACE_DETECT_MODEL, req.body.input)
    .then((data) => res.json(data))
    .catch(() => res.status(400).json('unable to work with API'));
});

server.post('/moderate', (req, res) => {
  app.workflow.predict('photo-moderation', req.body.input).then((data) => res.json(data));
});

server.listen(3000);
