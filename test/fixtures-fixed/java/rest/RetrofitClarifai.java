package com.example.android.vision;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.HTTP;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Url;

/** An Android app's Clarifai client: Retrofit, with the key from the build's config. */
public class RetrofitClarifai {
    private static final String BASE_URL = "https://api.clarifai.com/";

    interface ClarifaiApi {
        @Headers("Content-Type: application/json")
        @POST("v2/models/{model_id}/outputs")
        Call<JsonObject> predict(@Header("Authorization") String authorization, @Path("model_id") String modelId, @Body JsonObject body);

        @Headers("Content-Type: application/json")
        @POST("v2/users/clarifai/apps/main/models/{model_id}/outputs")
        Call<JsonObject> predictClarifaiMain(@Header("Authorization") String authorization, @Path("model_id") String modelId, @Body JsonObject body);

        @Headers({"Authorization: Key " + BuildConfig.CLARIFAI_API_KEY, "Content-Type: application/json"})
        @POST("v2/models/face-detection/outputs")
        Call<JsonObject> detectFaces(@Body JsonObject body);

        @Headers({"Content-Type: application/json"})
        @POST("v2/users/clarifai/apps/main/models/face-detection/outputs")
        Call<JsonObject> detectFacesClarifaiMain(@Header("Authorization") String authorization, @Body JsonObject body);

        @POST("v2/users/{user_id}/apps/{app_id}/models/{model_id}/outputs")
        Call<JsonObject> predictIn(@Header("Authorization") String authorization, @Path("user_id") String userId, @Path("app_id") String appId, @Path("model_id") String modelId, @Body JsonObject body);

        @HTTP(method = "POST", path = "v2/workflows/{workflow_id}/results", hasBody = true)
        Call<JsonObject> runWorkflow(@Header("Authorization") String authorization, @Path("workflow_id") String workflowId, @Body JsonObject body);

        @HTTP(method = "POST", path = "v2/users/clarifai/apps/main/workflows/{workflow_id}/results", hasBody = true)
        Call<JsonObject> runWorkflowClarifaiMain(@Header("Authorization") String authorization, @Path("workflow_id") String workflowId, @Body JsonObject body);

        @POST
        Call<JsonObject> postTo(@Url String url, @Header("Authorization") String authorization, @Body JsonObject body);
    }

    private final ClarifaiApi api = new Retrofit.Builder()
            .baseUrl(BASE_URL)
            .addConverterFactory(GsonConverterFactory.create())
            .build()
            .create(ClarifaiApi.class);

    public Call<JsonObject> tag(String imageUrl) {
        return api.predictClarifaiMain("Key " + System.getenv("CLARIFAI_PAT"), "general-image-recognition", body(imageUrl)); // expect: api-key-public-resource
    }

    public Call<JsonObject> products(String imageUrl) {
        return api.predict("Key " + BuildConfig.CLARIFAI_API_KEY, "grocery-shelf-v2", body(imageUrl));
    }

    public Call<JsonObject> faces(String imageUrl) {
        return api.detectFacesClarifaiMain("Key " + System.getenv("CLARIFAI_PAT"), body(imageUrl)); // expect: api-key-public-resource
    }

    public Call<JsonObject> nsfw(String imageUrl) {
        return api.predictIn("Key " + BuildConfig.CLARIFAI_PAT, "clarifai", "main", "nsfw-recognition", body(imageUrl)); // expect: wrong-owner-ids
    }

    /** A request body built here: no user_app_id in it. */
    public Call<JsonObject> sentiment(String imageUrl) {
        JsonObject request = new JsonObject();
        request.add("inputs", body(imageUrl).get("inputs"));
        return api.runWorkflowClarifaiMain("Key " + BuildConfig.CLARIFAI_PAT, "Face-Sentiment", request); // expect: missing-owner-ids
    }

    public Call<JsonObject> ownWorkflow(String imageUrl) {
        return api.runWorkflow("Key " + BuildConfig.CLARIFAI_PAT, "receipt-pipeline", body(imageUrl));
    }

    public Call<JsonObject> celebrities(String imageUrl) {
        JsonObject request = new JsonObject();
        request.add("inputs", body(imageUrl).get("inputs"));
        return api.postTo("https://api.clarifai.com/v2/users/clarifai/apps/main/models/celebrity-face-recognition/outputs", "Key " + BuildConfig.CLARIFAI_PAT, request); // expect: missing-owner-ids
    }

    private static JsonObject body(String imageUrl) {
        JsonObject image = new JsonObject();
        image.addProperty("url", imageUrl);
        JsonObject data = new JsonObject();
        data.add("image", image);
        JsonObject input = new JsonObject();
        input.add("data", data);
        JsonArray inputs = new JsonArray();
        inputs.add(input);
        JsonObject body = new JsonObject();
        body.add("inputs", inputs);
        return body;
    }
}
