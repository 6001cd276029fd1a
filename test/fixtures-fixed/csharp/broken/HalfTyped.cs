// A file being typed: unbalanced braces and an unfinished request still give the findings around them.
using System;
using Clarifai.Api;
using Clarifai.Channels;
using Grpc.Core;

public class Broken
{
    private static readonly string CLARIFAI_PAT = Environment.GetEnvironmentVariable("CLARIFAI_PAT");  // expect: hardcoded-credential
    private static readonly V2.V2Client Client = new V2.V2Client(ClarifaiChannel.Grpc());
    private static readonly Metadata Metadata = new Metadata { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT") } };

    public static MultiOutputResponse Done() =>
        Client.PostModelOutputs(new PostModelOutputsRequest { UserAppId = new UserAppIDSet { UserId = "clarifai", AppId = "main" }, ModelId = "general-image-recognition" }, Metadata);  // expect: missing-owner-ids

    public static void Typing()
    {
        var request = new PostModelOutputsRequest { ModelId = "face-detection", Inputs = {
        Client.PostModelOutputs(request, Metadata
    }

    public static string Key = "Key " + ;
