package com.example.quickstart;

// The clarifai-grpc README's quick start: an API key and the general model's legacy id, no owner.

import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.Data;
import com.clarifai.grpc.api.Image;
import com.clarifai.grpc.api.Input;
import com.clarifai.grpc.api.MultiOutputResponse;
import com.clarifai.grpc.api.PostModelOutputsRequest;
import com.clarifai.grpc.api.V2Grpc;
import com.clarifai.grpc.api.status.StatusCode;
import com.clarifai.grpc.api.UserAppIDSet;

public class ReadmeQuickstart {
    public static void main(String[] args) {
        V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
            .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT")));

        MultiOutputResponse response = stub.postModelOutputs( // expect: api-key-public-resource
            PostModelOutputsRequest.newBuilder()
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setModelId("aaa03c23b3724a16a56b629203edc62c")
                .addInputs(
                    Input.newBuilder().setData(
                        Data.newBuilder().setImage(
                            Image.newBuilder().setUrl("https://samples.clarifai.com/dog2.jpeg")
                        )
                    )
                )
                .build()
        );

        if (response.getStatus().getCode() != StatusCode.SUCCESS) {
            throw new RuntimeException("Request failed, status: " + response.getStatus());
        }

        for (Concept c : response.getOutputs(0).getData().getConceptsList()) {
            System.out.println(String.format("%12s: %,.2f", c.getName(), c.getValue()));
        }
    }
}
