#!/bin/bash
# Credentials written into a script.
export CLARIFAI_PAT="${CLARIFAI_PAT}" # expect: hardcoded-credential
CLARIFAI_API_KEY="${CLARIFAI_API_KEY}" # expect: hardcoded-credential

curl https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs \
  -H "Authorization: Key ${CLARIFAI_PAT}" `# expect: hardcoded-credential` \
  -d '{"inputs": []}'

# old key: CLARIFAI_API_KEY=<redacted>  expect: hardcoded-credential
curl https://api.clarifai.com/v2/inputs -H "Authorization: Key ${CLARIFAI_API_KEY}" -d '{"inputs": []}'
