// Tags a photo with Clarifai's general model, as the ClarifaiGrpc README showed it.
using System;
using Clarifai.Api;
using Clarifai.Channels;
using Grpc.Core;

public static class Tagger
{
    public static void Main()
    {
        var client = new V2.V2Client(ClarifaiChannel.Grpc());
        var metadata = new Metadata
        {
            { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_API_KEY") }
        };

        var response = client.PostModelOutputs(
            new PostModelOutputsRequest
            {
                ModelId = "aaa03c23b3724a16a56b629203edc62c",
                Inputs =
                {
                    new Input { Data = new Data { Image = new Image { Url = "https://samples.clarifai.com/metro-north.jpg" } } }
                }
            },
            metadata
        );

        foreach (var concept in response.Outputs[0].Data.Concepts)
        {
            Console.WriteLine($"{concept.Name} {concept.Value}");
        }
    }
}
