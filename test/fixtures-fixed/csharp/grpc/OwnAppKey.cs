// A service that tags with Clarifai's public models and its own custom model, all with one app API key: the public
// calls get their own PAT metadata, the custom model keeps the key.
using System;
using System.Threading.Tasks;
using Clarifai.Api;
using Clarifai.Channels;
using Grpc.Core;

namespace PhotoTagger.Services
{
    public class ClarifaiTagger
    {
        private const string USER_ID = "jane-doe";
        private const string APP_ID = "photo-tagger";
        private const string GENERAL_MODEL_ID = "general-image-recognition";

        private static readonly Metadata KeyMetadata = new Metadata
        {
            { "Authorization", $"Key {Environment.GetEnvironmentVariable("CLARIFAI_API_KEY")}" }
        };
        private static readonly Metadata PatMetadata = new Metadata { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT") } };

        private readonly V2.V2Client _client = new V2.V2Client(ClarifaiChannel.Grpc());

        // Shape B from the old docs: the author's own ids with Clarifai's general model.
        public async Task<MultiOutputResponse> TagAsync(string imageUrl)
        {
            var request = new PostModelOutputsRequest
            {
                UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" },
                ModelId = GENERAL_MODEL_ID,
                Inputs = { new Input { Data = new Data { Image = new Image { Url = imageUrl } } } },
            };
            return await _client.PostModelOutputsAsync(request, PatMetadata);  // expect: api-key-public-resource
        }

        // The key's own model: works as it is.
        public MultiOutputResponse Classify(string imageUrl)
        {
            return _client.PostModelOutputs(
                new PostModelOutputsRequest
                {
                    UserAppId = new UserAppIDSet { UserId = USER_ID, AppId = APP_ID },
                    ModelId = "product-classifier",
                    Inputs = { new Input { Data = new Data { Image = new Image { Url = imageUrl } } } },
                },
                KeyMetadata);
        }

        // Reading a public model's details is a model call too.
        public Model Describe() =>
            _client.GetModel(new GetModelRequest { UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" }, ModelId = "food-item-recognition" }, headers: PatMetadata).Model;  // expect: api-key-public-resource

        // A public workflow, with call options.
        public MultiWorkflowResultsResponse Faces(string imageUrl)
        {
            var request = new PostWorkflowResultsRequest { UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" }, WorkflowId = "Face-Sentiment" };
            request.Inputs.Add(new Input { Data = new Data { Image = new Image { Url = imageUrl } } });
            return _client.PostWorkflowResults(request, new CallOptions(PatMetadata));  // expect: api-key-public-resource
        }

        // The key's own workflow works today: a hint only.
        public MultiWorkflowResultsResponse Moderate(string imageUrl) =>
            _client.PostWorkflowResults(new PostWorkflowResultsRequest { WorkflowId = "moderation-pipeline" }, KeyMetadata);  // expect: workflow-api-key:information

        // The model is only known at run time: no guess.
        public MultiOutputResponse Predict(string modelId, string imageUrl) =>
            _client.PostModelOutputs(new PostModelOutputsRequest { ModelId = modelId }, KeyMetadata);

        // Inputs and searches reach no model.
        public MultiInputResponse Upload(string imageUrl) =>
            _client.PostInputs(new PostInputsRequest { Inputs = { new Input { Data = new Data { Image = new Image { Url = imageUrl } } } } }, KeyMetadata);
    }
}
