// The docs' REST template written with HttpClient: the ids go in the JSON body, the PAT in the header.
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

class Program
{
    private const string MODEL_ID = "general-image-recognition";
    private const string MODEL_VERSION_ID = "aa7f35c01e0642fda5cf400f543e7c40";
    private const string IMAGE_URL = "https://samples.clarifai.com/metro-north.jpg";

    private static readonly HttpClient Client = new HttpClient();

    static async Task Main()
    {
        await Current();
        await BeforeMarch2023();
        await Pasted();
    }

    // The 2023 template: correct.
    static async Task Current()
    {
        // Your PAT (Personal Access Token) can be found in the Account's Security section
        var PAT = Environment.GetEnvironmentVariable("CLARIFAI_PAT");
        // Specify the correct user_id/app_id pairings
        // Since you're making inferences outside your app's scope
        const string USER_ID = "clarifai";
        const string APP_ID = "main";

        var raw = $$"""
            {
              "user_app_id": { "user_id": "{{USER_ID}}", "app_id": "{{APP_ID}}" },
              "inputs": [{ "data": { "image": { "url": "{{IMAGE_URL}}" } } }]
            }
            """;
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.clarifai.com/v2/models/" + MODEL_ID + "/versions/" + MODEL_VERSION_ID + "/outputs")
        {
            Headers = { { "Accept", "application/json" }, { "Authorization", "Key " + PAT } },
            Content = new StringContent(raw, Encoding.UTF8, "application/json"),
        };
        var response = await Client.SendAsync(request);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
    }

    // The template before March 2023 sent the caller's own ids.
    static async Task BeforeMarch2023()
    {
        var PAT = Environment.GetEnvironmentVariable("CLARIFAI_PAT");
        const string USER_ID = "clarifai";
        const string APP_ID = "main";

        var raw = $$"""
            {
              "user_app_id": { "user_id": "{{USER_ID}}", "app_id": "{{APP_ID}}" },
              "inputs": [{ "data": { "image": { "url": "{{IMAGE_URL}}" } } }]
            }
            """;
        var request = new HttpRequestMessage(HttpMethod.Post, $"https://api.clarifai.com/v2/models/{MODEL_ID}/outputs")
        {
            Headers = { { "Authorization", $"Key {PAT}" } },
            Content = new StringContent(raw, Encoding.UTF8, "application/json"),
        };
        var response = await Client.SendAsync(request);  // expect: wrong-owner-ids
        Console.WriteLine(response.StatusCode);
    }

    // Ids written into the JSON text itself: the finding says what to change, there is no edit to make in place.
    static async Task Pasted()
    {
        var body = @"{
            ""user_app_id"": { ""user_id"": ""jane-doe"", ""app_id"": ""my-first-application"" },
            ""inputs"": [{ ""data"": { ""image"": { ""url"": ""https://samples.clarifai.com/dog2.jpeg"" } } }]
        }";
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.clarifai.com/v2/models/face-detection/outputs")
        {
            Headers = { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT") } },
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        var response = await Client.SendAsync(request);  // expect: wrong-owner-ids
        Console.WriteLine(response.StatusCode);
    }
}
