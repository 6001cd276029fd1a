// Credentials written into a C# file that talks to Clarifai: constants, fields, properties, header entries, the
// deprecated client's key, an environment read's fallback, and comments.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Clarifai.Api;
using Clarifai.Channels;
using Grpc.Core;

namespace Secrets
{
    public static class ClarifaiSettings
    {
        // A constant used at run time only: it becomes a static readonly field that reads the environment.
        public static readonly string ClarifaiPat = Environment.GetEnvironmentVariable("CLARIFAI_PAT");  // expect: hardcoded-credential

        // A constant another constant is built from must stay one: the finding has no fix.
        private const string ClarifaiApiKey = "a9b8c7d6e5f40312a9b8c7d6e5f40312";  // expect: hardcoded-credential
        public const string KeyHeader = "Key " + ClarifaiApiKey;

        public static string ClarifaiToken { get; } = Environment.GetEnvironmentVariable("CLARIFAI_PAT");  // expect: hardcoded-credential

        // An environment read with a written-in fallback.
        public static readonly string Pat = Environment.GetEnvironmentVariable("CLARIFAI_PAT");  // expect: hardcoded-credential

        // Placeholders from the docs are not credentials.
        public const string PAT_PLACEHOLDER = "YOUR_PAT_HERE";
    }

    public class Tagger
    {
        // The key this file used before: CLARIFAI_API_KEY = <redacted>  // expect: hardcoded-credential

        private readonly V2.V2Client _client = new V2.V2Client(ClarifaiChannel.Grpc());

        public MultiOutputResponse Own(string url)
        {
            // A literal key in the metadata of a call to the key's own model.
            var metadata = new Metadata { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT") } };  // expect: hardcoded-credential
            return _client.PostModelOutputs(new PostModelOutputsRequest { ModelId = "my-custom-model" }, metadata);
        }

        public HttpRequestMessage Request(string url)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://api.clarifai.com/v2/inputs");
            request.Headers.Authorization = new AuthenticationHeaderValue("Key", Environment.GetEnvironmentVariable("CLARIFAI_PAT"));  // expect: hardcoded-credential
            return request;
        }
    }
}
