package com.example.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The JDK's HTTP client against Clarifai's REST API, with the JSON written as text blocks. */
public class JavaNetHttpPredict {
    private static final String PAT = System.getenv("CLARIFAI_PAT");
    private final HttpClient client = HttpClient.newHttpClient();

    /** A PAT with no owner anywhere: Clarifai looks in the token's own app. */
    public String celebrities(String imageUrl) throws IOException, InterruptedException {
        String body = """
            {"inputs": [{"data": {"image": {"url": "%s"}}}]}
            """.formatted(imageUrl);
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.clarifai.com/v2/users/clarifai/apps/main/models/celebrity-face-recognition/outputs"))
                .header("Authorization", "Key " + PAT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body(); // expect: missing-owner-ids
    }

    /** The owner in the body, as the JavaScript template writes it: correct. */
    public String colors(String imageUrl) throws IOException, InterruptedException {
        String body = """
            {
              "user_app_id": {"user_id": "clarifai", "app_id": "main"},
              "inputs": [{"data": {"image": {"url": "%s"}}}]
            }
            """.formatted(imageUrl);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.clarifai.com/v2/models/color-recognition/outputs"))
                .header("Authorization", "Key " + PAT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A workflow of clarifai/main with a PAT, but the path names the caller's own app. */
    public String sentiment(String imageUrl, String userId) throws IOException, InterruptedException {
        String url = String.format("https://api.clarifai.com/v2/users/%s/apps/%s/workflows/%s/results", "clarifai", "main", "Face-Sentiment");
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(url))
                .setHeader("Authorization", "Key " + PAT)
                .POST(HttpRequest.BodyPublishers.ofString("{\"inputs\": [{\"data\": {\"image\": {\"url\": \"" + imageUrl + "\"}}}]}"))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join().body(); // expect: wrong-owner-ids
    }
}
