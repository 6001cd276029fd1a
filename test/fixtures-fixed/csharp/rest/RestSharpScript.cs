// A RestSharp script (top-level statements, RestSharp 107+): the base URL on the client, the route with URL segments.
using RestSharp;

var apiKey = Environment.GetEnvironmentVariable("CLARIFAI_API_KEY");
var client = new RestClient(new RestClientOptions("https://api.clarifai.com") { ThrowOnAnyError = true });

// A clarifai/main model and version with an app key, no owner.
var request = new RestRequest("v2/users/clarifai/apps/main/models/{model_id}/versions/{version_id}/outputs", Method.Post);
request.AddUrlSegment("model_id", "general-image-recognition");
request.AddUrlSegment("version_id", "aa7f35c01e0642fda5cf400f543e7c40");
request.AddHeader("Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT"));
request.AddJsonBody(new { inputs = new[] { new { data = new { image = new { url = "https://samples.clarifai.com/metro-north.jpg" } } } } });
var response = await client.ExecuteAsync(request);  // expect: api-key-public-resource
Console.WriteLine(response.Content);

// The key's own model: works.
var own = new RestRequest("v2/models/logo-detector/outputs", Method.Post);
own.AddHeader("Authorization", "Key " + apiKey);
own.AddStringBody("{\"inputs\": [{\"data\": {\"image\": {\"url\": \"https://samples.clarifai.com/logo.jpg\"}}}]}", DataFormat.Json);
Console.WriteLine((await client.ExecuteAsync(own)).StatusCode);

// A public workflow through PostAsync, the owner in the JSON parameter but the caller's own.
var workflow = new RestRequest("v2/workflows/General/results");
workflow.AddHeader("Authorization", $"Key {Environment.GetEnvironmentVariable("CLARIFAI_PAT")}");
workflow.AddParameter("application/json", "{\"user_app_id\": {\"user_id\": \"me\"}, \"inputs\": []}", ParameterType.RequestBody);
var results = await client.PostAsync(workflow);  // expect: wrong-owner-ids
Console.WriteLine(results.Content);
