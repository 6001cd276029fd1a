// Clarifai calls in the workspace's other languages: curl, Java gRPC, Kotlin OkHttp, C#, PHP, Go, Ruby and Swift HTTP.

import { indent } from '../source.mjs';
import { method, snakeMethod } from '../words.mjs';
import { SAMPLE_IMAGES, modelId } from './common.mjs';

/** @typedef {import('../random.mjs').Random} Random */
/** @typedef {import('../source.mjs').Snippet} Snippet */

/** @param {Random} r @returns {Snippet} */
export function shell(r) {
  return {
    imports: '',
    body: `${snakeMethod(r)}() {
  curl -fsS -X POST "https://api.clarifai.com/v2/models/${modelId(r)}/outputs" \\
    -H "Authorization: Key \${CLARIFAI_API_KEY:?set CLARIFAI_API_KEY}" \\
    -H "Content-Type: application/json" \\
    -d '{"inputs": [{"data": {"image": {"url": "${r.pick(SAMPLE_IMAGES)}"}}}]}'
}`,
  };
}

/** @param {Random} r @returns {Snippet} */
export function java(r) {
  return {
    imports: `import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.*;
`,
    body: indent(`public MultiOutputResponse ${method(r)}(String imageUrl) {
    V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
            .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_API_KEY")));
    return stub.postModelOutputs(
            PostModelOutputsRequest.newBuilder()
                    .setModelId("${modelId(r)}")
                    .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(imageUrl))))
                    .build());
}`, 4),
  };
}

/** @param {Random} r @returns {Snippet} */
export function kotlin(r) {
  return {
    imports: 'import okhttp3.MediaType.Companion.toMediaType\nimport okhttp3.OkHttpClient\nimport okhttp3.Request\nimport okhttp3.RequestBody.Companion.toRequestBody\n',
    body: `fun ${method(r)}(client: OkHttpClient, apiKey: String, imageUrl: String): String? {
    val body = """{"inputs":[{"data":{"image":{"url":"${'$'}imageUrl"}}}]}""".toRequestBody("application/json".toMediaType())
    val request = Request.Builder()
        .url("https://api.clarifai.com/v2/models/${modelId(r)}/outputs")
        .addHeader("Authorization", "Key ${'$'}apiKey")
        .post(body)
        .build()
    return client.newCall(request).execute().body?.string()
}`,
  };
}

/** @param {Random} r @returns {Snippet} */
export function csharp(r) {
  const name = method(r);
  return {
    imports: 'using System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Text;\n',
    body: indent(`public async Task<string> ${name[0].toUpperCase()}${name.slice(1)}Async(HttpClient http, string imageUrl)
{
    var apiKey = Environment.GetEnvironmentVariable("CLARIFAI_API_KEY");
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Key", apiKey);
    var json = "{\\"inputs\\":[{\\"data\\":{\\"image\\":{\\"url\\":\\"" + imageUrl + "\\"}}}]}";
    var response = await http.PostAsync("https://api.clarifai.com/v2/models/${modelId(r)}/outputs", new StringContent(json, Encoding.UTF8, "application/json"));
    return await response.Content.ReadAsStringAsync();
}`, 8),
  };
}

/** @param {Random} r @returns {Snippet} */
export function php(r) {
  return {
    imports: '',
    body: `function ${method(r)}(string $imageUrl): array
{
    $ch = curl_init('https://api.clarifai.com/v2/models/${modelId(r)}/outputs');
    curl_setopt($ch, CURLOPT_HTTPHEADER, [
        'Authorization: Key ' . getenv('CLARIFAI_API_KEY'),
        'Content-Type: application/json',
    ]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['inputs' => [['data' => ['image' => ['url' => $imageUrl]]]]]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return json_decode((string) curl_exec($ch), true);
}`,
  };
}

/** @param {Random} r @returns {Snippet} */
export function go(r) {
  return {
    imports: 'import (\n\t"bytes"\n\t"net/http"\n\t"os"\n)\n',
    body: `func ${method(r)}(imageURL string) (*http.Response, error) {
	body := []byte(\`{"inputs":[{"data":{"image":{"url":"\` + imageURL + \`"}}}]}\`)
	req, err := http.NewRequest(http.MethodPost, "https://api.clarifai.com/v2/models/${modelId(r)}/outputs", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Key "+os.Getenv("CLARIFAI_API_KEY"))
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}`,
  };
}

/** @param {Random} r @returns {Snippet} */
export function ruby(r) {
  return {
    imports: "require 'net/http'\n",
    body: `def ${snakeMethod(r)}(image_url)
  uri = URI('https://api.clarifai.com/v2/models/${modelId(r)}/outputs')
  request = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json')
  request['Authorization'] = "Key #{ENV.fetch('CLARIFAI_API_KEY')}"
  request.body = { inputs: [{ data: { image: { url: image_url } } }] }.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| JSON.parse(http.request(request).body) }
end`,
  };
}

/** @param {Random} r @returns {Snippet} */
export function swift(r) {
  return {
    imports: '',
    body: `func ${method(r)}(imageURL: String, apiKey: String) -> URLRequest {
    var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/${modelId(r)}/outputs")!)
    request.httpMethod = "POST"
    request.setValue("Key \\(apiKey)", forHTTPHeaderField: "Authorization")
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.httpBody = try? JSONSerialization.data(withJSONObject: ["inputs": [["data": ["image": ["url": imageURL]]]]])
    return request
}`,
  };
}
