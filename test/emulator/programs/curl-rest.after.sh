#!/usr/bin/env bash
# Tags an image with Clarifai's general model and prints the top concepts.
set -euo pipefail

response=$(curl -sS -X POST \
  -H "Authorization: Key $CLARIFAI_PAT" \
  -H "Content-Type: application/json" \
  -d '{"inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/metro-north.jpg"}}}]}' \
  https://api.clarifai.com/v2/users/clarifai/apps/main/models/aaa03c23b3724a16a56b629203edc62c/outputs)

if [ "$(jq -r '.status.code' <<<"$response")" != 10000 ]; then
  echo "Clarifai error: $(jq -r '.status.description' <<<"$response")" >&2
  exit 1
fi
jq -r '.outputs[0].data.concepts[:5][] | "\(.name) \(.value)"' <<<"$response"
