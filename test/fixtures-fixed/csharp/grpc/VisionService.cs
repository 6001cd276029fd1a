// A bot's vision service on ClarifaiGrpc: the key comes from the bot's settings, the client is created target-typed.
// The file does not import System, so the fix that reads CLARIFAI_PAT adds `using System;`.
using System;
using System.Linq;
using System.Threading.Tasks;
using Clarifai.Api;
using Clarifai.Channels;
using Grpc.Core;

namespace ChatBot.Vision;

public sealed record BotSettings(string ClarifaiApiKey);

public sealed class VisionService
{
    private readonly V2.V2Client _client = new(ClarifaiChannel.Grpc());
    private readonly Metadata _metadata;

    public VisionService(BotSettings settings)
    {
        _metadata = new Metadata();
        _metadata.Add("Authorization", $"Key {Environment.GetEnvironmentVariable("CLARIFAI_PAT")}");
    }

    public async Task<string[]> DescribeAsync(string imageUrl)
    {
        var response = await _client.PostModelOutputsAsync(  // expect: api-key-public-resource
            new PostModelOutputsRequest
            {
                UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" },
                ModelId = "general-image-recognition",
                Inputs = { new Input { Data = new Data { Image = new Image { Url = imageUrl } } } },
            },
            _metadata);
        return response.Outputs[0].Data.Concepts.Take(5).Select(c => c.Name).ToArray();
    }
}
