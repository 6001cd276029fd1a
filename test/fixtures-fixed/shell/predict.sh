#!/usr/bin/env bash
# Tags images with Clarifai's public models from the command line, the way the old docs showed it.
set -euo pipefail

IMAGE_URL="https://samples.clarifai.com/metro-north.jpg"
BODY='{"inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/metro-north.jpg"}}}]}'

# The old docs' API-key example: the short path and an app key.
# expect-next-line: api-key-public-resource
curl -X POST "https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs" \
  -H "Authorization: Key ${CLARIFAI_PAT}" \
  -H "Content-Type: application/json" \
  -d "$BODY"

# A PAT, but no owner in the path: 11008.
curl -sS https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs -H "Authorization: Key ${CLARIFAI_PAT}" --data "$BODY" # expect: missing-owner-ids

# The 2023 docs template: a PAT and the owner's ids in the path. Correct.
curl -X POST "https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-detection/versions/1580bb1932594c93b7e2e04456af7c6f/outputs" \
  -H "Authorization: Key $CLARIFAI_PAT" \
  -H "Content-Type: application/json" \
  -d "$BODY"

# One version of the docs: the caller's own ids in the path.
USER_ID="clarifai"
APP_ID="main"
# expect-next-line: wrong-owner-ids
curl -XPOST "https://api.clarifai.com/v2/users/$USER_ID/apps/$APP_ID/models/general-image-recognition/versions/aa7f35c01e0642fda5cf400f543e7c40/outputs" \
  -H "authorization: Key $CLARIFAI_PAT" \
  --data-raw "$BODY"

# A public workflow with the key, the URL built in a variable.
WORKFLOW_URL="https://api.clarifai.com/v2/users/clarifai/apps/main/workflows/Face-Sentiment/results"
curl --request POST --url "$WORKFLOW_URL" --header "Authorization: Key ${CLARIFAI_PAT}" --json "$BODY" # expect: api-key-public-resource

# The owner in the JSON body instead of the path: correct.
curl https://api.clarifai.com/v2/models/food-item-recognition/outputs -H "Authorization: Key $CLARIFAI_PAT" \
  -d '{"user_app_id": {"user_id": "clarifai", "app_id": "main"}, "inputs": []}'

# The caller's own resources with the key: not findings.
curl https://api.clarifai.com/v2/inputs -H "Authorization: Key $CLARIFAI_API_KEY" -d "$BODY"
curl https://api.clarifai.com/v2/models/my-custom-classifier/outputs -H "Authorization: Key $CLARIFAI_API_KEY" -d "$BODY"

# A model only known at run time: no guess.
predict() {
  curl "https://api.clarifai.com/v2/models/$1/outputs" -H "Authorization: Key $CLARIFAI_API_KEY" -d "$BODY"
}
predict general-image-recognition
echo "$IMAGE_URL"
