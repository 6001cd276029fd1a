// Checks an image with Clarifai's NSFW model over REST, with the JDK's HTTP client.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Moderate {
    private static final String NSFW_MODEL = "e9576d86d2004ed1a38ba0cf39ecb4b1";
    private static final Pattern STATUS = Pattern.compile("\"status\":\\{\"code\":(\\d+),\"description\":\"([^\"]*)\"");
    private static final Pattern CONCEPT = Pattern.compile("\"name\":\"([^\"]+)\",\"value\":([0-9.]+)");

    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("CLARIFAI_API_KEY");
        String body = """
            {"inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/metro-north.jpg"}}}]}
            """;
        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create("https://api.clarifai.com/v2/models/" + NSFW_MODEL + "/outputs"))
            .header("Authorization", "Key " + apiKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        Matcher status = STATUS.matcher(response.body());
        if (!status.find()) {
            System.err.println("Unexpected response: " + response.body());
            System.exit(1);
        }
        if (!status.group(1).equals("10000")) {
            System.err.println("Clarifai error: " + status.group(2));
            System.exit(1);
        }
        Matcher concept = CONCEPT.matcher(response.body());
        while (concept.find()) {
            System.out.println(concept.group(1) + " " + concept.group(2));
        }
    }
}
