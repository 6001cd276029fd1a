package com.example.olddocs;

// The 2021 docs' Java tab: a PAT, and a user_app_id that names only the caller's app.

import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.*;
import com.clarifai.grpc.api.status.*;

public class OldDocsAppOnly {
    public static void main(String[] args) {
        V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getJsonChannel())
            .withCallCredentials(new ClarifaiCallCredentials("{YOUR_PERSONAL_TOKEN}"));

        MultiOutputResponse response = stub.postModelOutputs( // expect: wrong-owner-ids
            PostModelOutputsRequest.newBuilder()
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setModelId("aaa03c23b3724a16a56b629203edc62c")
                .addInputs(
                    Input.newBuilder().setData(
                        Data.newBuilder().setImage(
                            Image.newBuilder().setUrl("https://samples.clarifai.com/metro-north.jpg")
                        )
                    )
                )
                .build()
        );

        if (response.getStatus().getCode() != StatusCode.SUCCESS) {
            throw new RuntimeException("Request failed, status: " + response.getStatus());
        }
    }
}
