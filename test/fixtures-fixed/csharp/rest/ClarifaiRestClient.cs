// A typed HttpClient for the Clarifai REST API, as ASP.NET Core apps register them: the base address and the key in
// the constructor, requests relative to the base address.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;

namespace Gallery.Clarifai
{
    public class ClarifaiRestClient
    {
        private const string GeneralModel = "general-image-recognition";
        private readonly HttpClient _http;

        public ClarifaiRestClient(HttpClient http, IConfiguration configuration)
        {
            _http = http;
            _http.BaseAddress = new Uri("https://api.clarifai.com/v2/");
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Key", configuration["Clarifai:ApiKey"]);
        }

        // Shape A over REST: the key, a clarifai/main model, no owner.
        public async Task<JsonDocument> TagAsync(string imageUrl)
        {
            var payload = new { inputs = new[] { new { data = new { image = new { url = imageUrl } } } } };
            var response = await _http.PostAsJsonAsync($"models/{GeneralModel}/outputs", payload);  // expect: api-key-public-resource
            response.EnsureSuccessStatusCode();
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        }

        // The app's own model, with the same client and key: works.
        public Task<HttpResponseMessage> ClassifyAsync(string imageUrl)
        {
            var json = JsonSerializer.Serialize(new { inputs = new[] { new { data = new { image = new { url = imageUrl } } } } });
            return _http.PostAsync("models/product-classifier/outputs", new StringContent(json, Encoding.UTF8, "application/json"));
        }
    }

    public static class Moderation
    {
        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://api.clarifai.com/") };

        // The owner's ids in the body, but the caller's own: the body's ids are replaced where they are written.
        public static async Task<string> CheckAsync(string imageUrl)
        {
            var body = new
            {
                user_app_id = new { user_id = "clarifai", app_id = "main" },
                inputs = new[] { new { data = new { image = new { url = imageUrl } } } },
            };
            var request = new HttpRequestMessage(HttpMethod.Post, string.Format("v2/models/{0}/outputs", "moderation-recognition"))
            {
                Content = JsonContent.Create(body),
            };
            request.Headers.Add("Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT"));
            var response = await Http.SendAsync(request);  // expect: wrong-owner-ids
            return await response.Content.ReadAsStringAsync();
        }

        // A PAT and the owner in the path: correct.
        public static async Task<string> FoodAsync(string imageUrl)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "v2/users/clarifai/apps/main/models/food-item-recognition/outputs")
            {
                Content = JsonContent.Create(new { inputs = new[] { new { data = new { image = new { url = imageUrl } } } } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Key", Environment.GetEnvironmentVariable("CLARIFAI_PAT"));
            var response = await Http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        // The owner in a body Json.NET serializes: correct.
        public static async Task<string> ColorsAsync(string imageUrl)
        {
            var json = JsonConvert.SerializeObject(new
            {
                user_app_id = new { user_id = "clarifai", app_id = "main" },
                inputs = new[] { new { data = new { image = new { url = imageUrl } } } },
            });
            var request = new HttpRequestMessage(HttpMethod.Post, "https://api.clarifai.com/v2/models/color-recognition/outputs")
            {
                Headers = { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT") } },
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            return await (await Http.SendAsync(request)).Content.ReadAsStringAsync();
        }

        // A public workflow with a PAT and no owner.
        public static async Task<string> FacesAsync(string imageUrl)
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Add("Authorization", $"Key {Environment.GetEnvironmentVariable("CLARIFAI_PAT")}");
            var json = $"{{\"inputs\": [{{\"data\": {{\"image\": {{\"url\": \"{imageUrl}\"}}}}}}]}}";
            var response = await client.PostAsync("https://api.clarifai.com/v2/users/clarifai/apps/main/workflows/Face-Sentiment/results", new StringContent(json, Encoding.UTF8, "application/json"));  // expect: missing-owner-ids
            return await response.Content.ReadAsStringAsync();
        }
    }
}
