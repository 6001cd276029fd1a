// ClarifaiGrpc with an app API key: the README shape (a legacy hex id, no owner) and the old docs' shape (the
// author's own user and app with Clarifai's general model), next to the key's own models, which keep working.
using System;
using System.Collections.Generic;
using Clarifai.Api;
using Clarifai.Channels;
using Grpc.Core;

namespace HelloWorld
{
    class Program
    {
        static void Main(string[] args)
        {
            var client = new V2.V2Client(ClarifaiChannel.Grpc());

            var metadata = new Metadata
            {
                {"Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT")}
            };

            // Shape A: the general model by its legacy id, no user_app_id.
            var response = client.PostModelOutputs(  // expect: api-key-public-resource
                new PostModelOutputsRequest()
                {
                    UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" },
                    ModelId = "aaa03c23b3724a16a56b629203edc62c",
                    Inputs =
                    {
                        new List<Input>()
                        {
                            new Input()
                            {
                                Data = new Data()
                                {
                                    Image = new Image()
                                    {
                                        Url = "https://samples.clarifai.com/dog2.jpeg"
                                    }
                                }
                            }
                        }
                    }
                },
                metadata
            );
            if (response.Status.Code != StatusCode.Success)
                throw new Exception("Request failed, response: " + response);

            foreach (var concept in response.Outputs[0].Data.Concepts)
            {
                Console.WriteLine($"{concept.Name,15} {concept.Value:0.00}");
            }
        }
    }
}
