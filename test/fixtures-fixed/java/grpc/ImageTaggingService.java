package com.acme.catalog.vision;

import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.Data;
import com.clarifai.grpc.api.Image;
import com.clarifai.grpc.api.Input;
import com.clarifai.grpc.api.MultiOutputResponse;
import com.clarifai.grpc.api.PostModelOutputsRequest;
import com.clarifai.grpc.api.PostWorkflowResultsRequest;
import com.clarifai.grpc.api.PostWorkflowResultsResponse;
import com.clarifai.grpc.api.V2Grpc;
import java.util.logging.Logger;
import com.clarifai.grpc.api.UserAppIDSet;

/**
 * Tags catalog images: the shop's own defect model with the app's API key, and a few of Clarifai's public models
 * through the same stub.
 */
public class ImageTaggingService {
    private static final Logger LOG = Logger.getLogger(ImageTaggingService.class.getName());
    private static final String DEFECT_MODEL = "pallet-damage-v3";
    private static final String FOOD_MODEL = "food-item-recognition";

    private final V2Grpc.V2BlockingStub stub;
    private final V2Grpc.V2FutureStub futureStub = V2Grpc.newFutureStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
            .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT")));

    public ImageTaggingService() {
        this.stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
                .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_API_KEY")));
    }

    /** The app's own model, with the app's key: fine. */
    public MultiOutputResponse defects(String url) {
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder()
                .setModelId(DEFECT_MODEL)
                .addInputs(imageInput(url))
                .build());
    }

    /** Clarifai's food model through the same stub: the API key cannot reach it. */
    public MultiOutputResponse dishes(String url) {
        PostModelOutputsRequest.Builder request = PostModelOutputsRequest.newBuilder().setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"));
        request.setModelId(FOOD_MODEL);
        request.addInputs(imageInput(url));
        LOG.fine("tagging " + url);
        return this.stub.withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT"))).postModelOutputs(request.build()); // expect: api-key-public-resource
    }

    /** A model chosen by the caller: only known at run time. */
    public MultiOutputResponse byId(String modelId, String url) {
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId(modelId).addInputs(imageInput(url)).build());
    }

    /** An asynchronous call of the general model on the future stub, which nothing else uses. */
    public void generalAsync(String url) {
        futureStub.postModelOutputs(PostModelOutputsRequest.newBuilder() // expect: api-key-public-resource
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setModelId("general-image-recognition")
                .addInputs(imageInput(url))
                .build());
    }

    /** The shop's own workflow with the app's key: it works, but Clarifai recommends a PAT. */
    public PostWorkflowResultsResponse catalogWorkflow(String url) {
        return stub.postWorkflowResults(PostWorkflowResultsRequest.newBuilder() // expect: workflow-api-key
                .setWorkflowId("catalog-enrichment")
                .addInputs(imageInput(url))
                .build());
    }

    private static Input imageInput(String url) {
        return Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))).build();
    }
}
