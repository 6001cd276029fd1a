package com.example.secrets;

import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.*;
import java.net.URI;
import java.net.http.HttpRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Headers;
import retrofit2.http.POST;

/** Keys and PATs written into the source, in the places Java code puts them. */
public class WrittenInKeys {
    // Old key, rotated? CLARIFAI_API_KEY=<redacted> (expect: hardcoded-credential)
    private static final String CLARIFAI_PAT = System.getenv("CLARIFAI_PAT"); // expect: hardcoded-credential
    private static final String MODELS_KEY = "4c8e2a6f0b9d3e7a1c5f8b2d6e0a4c9f"; // expect: hardcoded-credential
    private final String pat = System.getenv("CLARIFAI_PAT"); // expect: hardcoded-credential

    interface ModelsApi {
        // An annotation value must be a compile-time constant: the key can only be taken out by hand.
        @Headers("Authorization: Key " + MODELS_KEY)
        @POST("https://api.clarifai.com/v2/models/shelf-gaps/outputs")
        Call<Object> shelfGaps(@Body Object body);
    }

    public MultiOutputResponse ownModel(String url) {
        V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
                .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT"))); // expect: hardcoded-credential
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId("pallet-damage-v3").build());
    }

    public HttpRequest general(String body) {
        return HttpRequest.newBuilder()
                .uri(URI.create("https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs"))
                .header("Authorization", "Key " + System.getenv("CLARIFAI_PAT")) // expect: hardcoded-credential
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    public String placeholder() {
        return "Key YOUR_CLARIFAI_PAT_HERE";
    }
}
