# The Python SDK (clarifai >= 9): Model and Workflow by URL or by ids; it takes PATs, or reads CLARIFAI_PAT.
import os

from clarifai.client.model import Model
from clarifai.client.workflow import Workflow
from clarifai.client import User

PAT = os.environ["CLARIFAI_PAT"]
USER_ID = "clarifai"
APP_ID = "main"

# Correct: the URL names clarifai/main.
model = Model(url="https://clarifai.com/clarifai/main/models/general-image-recognition", pat=PAT)
prediction = model.predict_by_url("https://samples.clarifai.com/metro-north.jpg", input_type="image")

# Correct: explicit owner ids; no pat= means CLARIFAI_PAT.
Model(user_id="clarifai", app_id="main", model_id="face-detection")

# Shape B: the caller's own ids.
Model(user_id="clarifai", app_id="main", model_id="general-image-recognition", pat=PAT)  # expect: wrong-owner-ids

# No ids at all: the SDK falls back to CLARIFAI_USER_ID / CLARIFAI_APP_ID.
Model(user_id=USER_ID, app_id=APP_ID, model_id="general-image-recognition")  # expect: missing-owner-ids

# The owner is right, but the token is named like an app API key.
Model(url="https://clarifai.com/clarifai/main/models/food-item-recognition", pat=PAT)  # expect: api-key-public-resource:information

# Workflows by URL and by ids.
Workflow(url="https://clarifai.com/clarifai/main/workflows/General", pat=PAT)
Workflow(workflow_id="Face-Sentiment", user_id="clarifai", app_id="main")  # expect: wrong-owner-ids

# Own resources: fine.
Model(url="https://clarifai.com/jane/my-app/models/my-classifier", pat=PAT)
Workflow(user_id=os.environ["CLARIFAI_USER_ID"], app_id=os.environ["CLARIFAI_APP_ID"], workflow_id="my-flow")
User(user_id="jane", pat=PAT).app(app_id="my-app")

# Another owner's public model, named by its owner.
Model(url="https://clarifai.com/openai/chat-completion/models/gpt-4o", pat=PAT)


def load(url):
    # A URL known only at run time.
    return Model(url=url, pat=PAT)
