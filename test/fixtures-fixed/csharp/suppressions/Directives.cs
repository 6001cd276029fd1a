// Suppression comments: the next line, the same line, and a rule that is not the one found.
using System;
using Clarifai.Api;
using Clarifai.Channels;
using Grpc.Core;

var client = new V2.V2Client(ClarifaiChannel.Grpc());
var metadata = new Metadata { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_API_KEY") } };
var patMetadata = new Metadata { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT") } };

// clarifai-ignore-next-line api-key-public-resource -- migrated in the next release
var general = client.PostModelOutputs(new PostModelOutputsRequest { ModelId = "general-image-recognition" }, metadata);

var food = client.PostModelOutputs(new PostModelOutputsRequest { ModelId = "food-item-recognition" }, metadata); // clarifai-ignore api-key-public-resource

// clarifai-ignore-next-line missing-owner-ids
var faces = client.PostModelOutputs(new PostModelOutputsRequest { UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" }, ModelId = "face-detection" }, patMetadata);  // expect: api-key-public-resource

Console.WriteLine($"{general.Status.Code} {food.Status.Code} {faces.Status.Code}");
