package com.example.reviewed;

import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.*;

/** Calls the team reviewed and chose to keep for now, each with a suppression comment. */
public class ReviewedCalls {
    private final V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
            .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_API_KEY")));
    private final V2Grpc.V2BlockingStub patStub = stub.withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT")));

    public MultiOutputResponse legacyDemo(String url) {
        // clarifai-ignore-next-line api-key-public-resource -- demo account, migrated in the next release
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId("general-image-recognition").addInputs(input(url)).build());
    }

    public MultiOutputResponse trailing(String url) {
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId("food-item-recognition").addInputs(input(url)).build()); // clarifai-ignore api-key-public-resource
    }

    public MultiOutputResponse otherRule(String url) {
        /* clarifai-ignore-next-line wrong-owner-ids */
        return patStub.postModelOutputs(PostModelOutputsRequest.newBuilder().setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main")).setModelId("color-recognition").addInputs(input(url)).build()); // expect: api-key-public-resource
    }

    private static Input input(String url) {
        return Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))).build();
    }
}
