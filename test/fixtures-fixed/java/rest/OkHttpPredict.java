package com.example.rest;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.json.JSONArray;
import org.json.JSONObject;

/** Predicts over Clarifai's REST API with OkHttp. */
public class OkHttpPredict {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String API_BASE = "https://api.clarifai.com/v2";
    private static final String API_KEY = System.getenv("CLARIFAI_API_KEY");
    private static final String USER_ID = "clarifai";
    private static final String APP_ID = "main";

    private final OkHttpClient http = new OkHttpClient();

    /** The old docs' shape: the short path and an app key. */
    public String general(String imageUrl) throws IOException {
        String json = "{\"inputs\": [{\"data\": {\"image\": {\"url\": \"" + imageUrl + "\"}}}]}";
        Request request = new Request.Builder()
                .url(API_BASE + "/users/clarifai/apps/main/models/general-image-recognition/outputs")
                .addHeader("Authorization", "Key " + System.getenv("CLARIFAI_PAT"))
                .post(RequestBody.create(json, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) { // expect: api-key-public-resource
            return response.body().string();
        }
    }

    /** The caller's own ids in the body, for Clarifai's model, with a PAT. */
    public String apparel(String imageUrl) throws IOException {
        JSONObject body = new JSONObject()
                .put("user_app_id", new JSONObject().put("user_id", USER_ID).put("app_id", APP_ID))
                .put("inputs", new JSONArray().put(new JSONObject().put("data", new JSONObject().put("image", new JSONObject().put("url", imageUrl)))));
        Request request = new Request.Builder()
                .url(API_BASE + "/models/apparel-recognition/outputs")
                .header("Authorization", "Key " + System.getenv("CLARIFAI_PAT"))
                .post(RequestBody.create(body.toString(), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) { // expect: wrong-owner-ids
            return response.body().string();
        }
    }

    /** The 2023 template: owner in the path and a PAT. Correct. */
    public String detect(String imageUrl) throws IOException {
        String json = "{\"inputs\": [{\"data\": {\"image\": {\"url\": \"" + imageUrl + "\"}}}]}";
        Request request = new Request.Builder()
                .url(API_BASE + "/users/clarifai/apps/main/models/general-image-detection/versions/1580bb1932594c93b7e2e04456af7c6f/outputs")
                .addHeader("Authorization", "Key " + System.getenv("CLARIFAI_PAT"))
                .post(RequestBody.create(json, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }

    /** The app's own model with its key: fine. */
    public String ownModel(String imageUrl) throws IOException {
        Request request = new Request.Builder()
                .url(API_BASE + "/models/shelf-gaps/outputs")
                .addHeader("Authorization", "Key " + API_KEY)
                .post(RequestBody.create("{\"inputs\": [{\"data\": {\"image\": {\"url\": \"" + imageUrl + "\"}}}]}", JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }
}
