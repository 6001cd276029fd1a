package com.example.broken;

import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.*;

// A file in the middle of an edit: an unclosed method, a missing semicolon and a dangling builder.
public class HalfTyped {
    private static final String API_KEY = System.getenv("CLARIFAI_API_KEY")

    private final V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
            .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT")));

    public MultiOutputResponse general(String url) {
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder() // expect: api-key-public-resource
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setModelId("general-image-recognition")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))))
                .build());
    }

    public void unfinished(String url) {
        PostModelOutputsRequest.Builder b = PostModelOutputsRequest.newBuilder().setModelId(
        stub.postModelOutputs(b.
    }
