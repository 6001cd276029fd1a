// The deprecated client built with a key written into the file: the call has to move to ClarifaiGrpc, and the key
// should come from the environment, as the client's own CLARIFAI_API_KEY default does.
using System;
using System.Linq;
using System.Threading.Tasks;
using Clarifai.API;
using Clarifai.DTOs.Inputs;

public static class Moderation
{
    private static readonly ClarifaiClient Client = new ClarifaiClient(Environment.GetEnvironmentVariable("CLARIFAI_API_KEY"));  // expect: hardcoded-credential

    public static async Task<bool> IsSafeAsync(string imageUrl)
    {
        var response = await Client.PublicModels.ModerationModel.Predict(new ClarifaiURLImage(imageUrl)).ExecuteAsync();  // expect: api-key-public-resource
        return response.Get().Data.First().Name == "safe";
    }
}
