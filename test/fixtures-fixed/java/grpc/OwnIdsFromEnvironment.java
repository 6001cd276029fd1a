package com.acme.moderation;

import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.*;

/** Screens uploads with Clarifai's public moderation model, the way a 2022 tutorial set the ids up. */
public final class UploadScreening {
    private static final String PAT = System.getenv("CLARIFAI_PAT");

    private final V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
            .withCallCredentials(new ClarifaiCallCredentials(PAT));
    private final UserAppIDSet ownApp = UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main").build();

    public MultiOutputResponse screen(String url) {
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder() // expect: wrong-owner-ids
                .setUserAppId(ownApp)
                .setModelId("moderation-recognition")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))))
                .build());
    }

    /** Already right: the owner's ids with the PAT. */
    public MultiOutputResponse nsfw(String url) {
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder()
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setModelId("nsfw-recognition")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))))
                .build());
    }

    /** A PAT and no owner at all: 11008. */
    public MultiOutputResponse faces(String url) {
        MultiOutputResponse response = stub.postModelOutputs(PostModelOutputsRequest.newBuilder() // expect: missing-owner-ids
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setModelId("face-detection")
                .setVersionId("6dc7e46bc9124c5c8824be4822abe105")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))))
                .build());
        return response;
    }
}
