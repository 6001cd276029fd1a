#!/usr/bin/env bash
# Tags a photo with Clarifai's general model.
curl -s https://api.clarifai.com/v2/models/general-image-recognition/outputs \
  -H "Authorization: Key $CLARIFAI_API_KEY" \
  -d '{"inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/metro-north.jpg"}}}]}'
