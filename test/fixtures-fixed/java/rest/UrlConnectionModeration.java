package com.example.rest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Moderation with nothing but the JDK, as old Stack Overflow answers did it. */
public class UrlConnectionModeration {
    private static final String CLARIFAI_URL = "https://api.clarifai.com/v2/users/clarifai/apps/main/models/d16f390eb32cad478c7ae150069bd2c6/outputs";

    public static String moderate(String apiKey, String imageUrl) throws Exception {
        HttpURLConnection conn = (HttpURLConnection) new URL(CLARIFAI_URL).openConnection(); // expect: api-key-public-resource
        conn.setRequestMethod("POST");
        conn.setRequestProperty("Authorization", "Key " + System.getenv("CLARIFAI_PAT"));
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setDoOutput(true);
        String payload = "{\"inputs\": [{\"data\": {\"image\": {\"url\": \"" + imageUrl + "\"}}}]}";
        try (OutputStream os = conn.getOutputStream()) {
            byte[] input = payload.getBytes(StandardCharsets.UTF_8);
            os.write(input, 0, input.length);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().collect(Collectors.joining("\n"));
        }
    }
}
