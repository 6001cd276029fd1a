#!/bin/sh
# A nightly job: one header for every request, for the app's own model and for Clarifai's.
AUTH="Authorization: Key $CLARIFAI_API_KEY"
API=https://api.clarifai.com/v2

curl -s "$API/models/defect-detector/outputs" -H "$AUTH" -d @batch.json
curl -s "$API/users/clarifai/apps/main/models/nsfw-recognition/outputs" -H "Authorization: Key ${CLARIFAI_PAT}" -d @batch.json # expect: api-key-public-resource
