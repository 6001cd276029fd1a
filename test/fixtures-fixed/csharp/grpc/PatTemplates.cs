// ClarifaiGrpc with a PAT, as the 2023 docs templates set it up: the owner's ids are what decides.
using System;
using System.Threading.Tasks;
using Clarifai.Api;
using Clarifai.Channels;
using Grpc.Core;

namespace ClarifaiSamples
{
    public static class Predictions
    {
        // Your PAT (Personal Access Token) can be found in the Account's Security section
        private static readonly string PAT = Environment.GetEnvironmentVariable("CLARIFAI_PAT");
        // Specify the correct user_id/app_id pairings
        // Since you're making inferences outside your app's scope
        private const string USER_ID = "clarifai";
        private const string APP_ID = "main";
        private const string MODEL_ID = "general-image-recognition";
        private const string MODEL_VERSION_ID = "aa7f35c01e0642fda5cf400f543e7c40";
        private const string IMAGE_URL = "https://samples.clarifai.com/metro-north.jpg";

        private static readonly V2.V2Client Client = new V2.V2Client(ClarifaiChannel.Grpc());
        private static readonly Metadata Metadata = new Metadata { { "Authorization", "Key " + PAT } };

        private static Input UrlInput(string url) => new Input { Data = new Data { Image = new Image { Url = url } } };

        // The docs template: correct.
        public static MultiOutputResponse General()
        {
            return Client.PostModelOutputs(
                new PostModelOutputsRequest
                {
                    UserAppId = new UserAppIDSet { UserId = USER_ID, AppId = APP_ID },
                    ModelId = MODEL_ID,
                    VersionId = MODEL_VERSION_ID,
                    Inputs = { UrlInput(IMAGE_URL) },
                },
                Metadata);
        }

        // Shape C: a PAT but no owner ids.
        public static async Task<MultiOutputResponse> FacesAsync(string url)
        {
            return await Client.PostModelOutputsAsync(new PostModelOutputsRequest { UserAppId = new UserAppIDSet { UserId = USER_ID, AppId = APP_ID }, ModelId = "face-detection", Inputs = { UrlInput(url) } }, Metadata);  // expect: missing-owner-ids
        }

        // Ids read from the environment are the caller's own app.
        public static MultiOutputResponse Nsfw(string url)
        {
            var own = new UserAppIDSet { UserId = USER_ID, AppId = APP_ID };
            return Client.PostModelOutputs(new PostModelOutputsRequest { UserAppId = own, ModelId = "nsfw-recognition", Inputs = { UrlInput(url) } }, Metadata);  // expect: wrong-owner-ids
        }

        // `me` stands for the token's own user.
        public static MultiWorkflowResultsResponse Demographics(string url) =>
            Client.PostWorkflowResults(  // expect: wrong-owner-ids
                new PostWorkflowResultsRequest
                {
                    UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" },
                    WorkflowId = "Demographics",
                    Inputs = { UrlInput(url) },
                },
                Metadata);

        // A request built by property sets, with metadata from a helper.
        private static Metadata Auth() => new Metadata { { "authorization", $"Key {Environment.GetEnvironmentVariable("CLARIFAI_PAT")}" } };

        public static MultiOutputResponse Apparel(string url)
        {
            var request = new PostModelOutputsRequest();
            request.ModelId = "apparel-detection";
            request.UserAppId = new UserAppIDSet { UserId = USER_ID, AppId = APP_ID };
            request.Inputs.Add(UrlInput(url));
            return Client.PostModelOutputs(request, Auth());  // expect: missing-owner-ids
        }

        // A target-typed request.
        public static MultiOutputResponse Detect(string url)
        {
            PostModelOutputsRequest request = new() { UserAppId = new UserAppIDSet { UserId = USER_ID, AppId = APP_ID }, ModelId = "general-image-detection", Inputs = { UrlInput(url) } };
            return Client.PostModelOutputs(request, Metadata);  // expect: missing-owner-ids
        }

        // A decommissioned model: the message says a PAT will not bring it back, and there is nothing to rewrite.
        public static MultiOutputResponse Travel(string url) =>
            Client.PostModelOutputs(new PostModelOutputsRequest { ModelId = "travel-recognition", Inputs = { UrlInput(url) } }, Metadata);  // expect: missing-owner-ids

        // Owner ids from parameters are only known at run time: no finding.
        public static MultiOutputResponse Run(string userId, string appId, string url) =>
            Client.PostModelOutputs(new PostModelOutputsRequest { UserAppId = new UserAppIDSet { UserId = userId, AppId = appId }, ModelId = MODEL_ID }, Metadata);

        // The caller's own model with its own ids: correct.
        public static MultiOutputResponse Custom(string url) =>
            Client.PostModelOutputs(new PostModelOutputsRequest { UserAppId = new UserAppIDSet { UserId = "jane-doe", AppId = "my-first-application" }, ModelId = "my-model" }, Metadata);
    }
}
