package com.acme.catalog

import com.clarifai.channel.ClarifaiChannel
import com.clarifai.credentials.ClarifaiCallCredentials
import com.clarifai.grpc.api.Data
import com.clarifai.grpc.api.Image
import com.clarifai.grpc.api.Input
import com.clarifai.grpc.api.MultiOutputResponse
import com.clarifai.grpc.api.PostModelOutputsRequest
import com.clarifai.grpc.api.PostWorkflowResultsRequest
import com.clarifai.grpc.api.PostWorkflowResultsResponse
import com.clarifai.grpc.api.V2Grpc
import com.clarifai.grpc.api.UserAppIDSet

/** Tags catalog photos: the shop's own model with the app's key, and Clarifai's public models on the same stub. */
class CatalogTagger(apiKey: String = System.getenv("CLARIFAI_API_KEY")) {
    private val stub: V2Grpc.V2BlockingStub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.grpcChannel)
        .withCallCredentials(ClarifaiCallCredentials(apiKey))
    private val patStub: V2Grpc.V2BlockingStub = stub.withCallCredentials(ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT")))

    /** The shop's own model: fine with the app's key. */
    fun defects(url: String): MultiOutputResponse {
        val request = PostModelOutputsRequest.newBuilder()
        request.modelId = DEFECT_MODEL
        request.addInputs(imageInput(url))
        return stub.postModelOutputs(request.build())
    }

    /** Clarifai's apparel model on the same stub: the key cannot reach it. */
    fun apparel(url: String): MultiOutputResponse = patStub.postModelOutputs( // expect: api-key-public-resource
        PostModelOutputsRequest.newBuilder()
            .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
            .setModelId(APPAREL_MODEL)
            .addInputs(imageInput(url))
            .build()
    )

    /** Built in a variable and set by statements, in Kotlin's property syntax. */
    fun colors(url: String): MultiOutputResponse {
        val request = PostModelOutputsRequest.newBuilder().setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
        request.modelId = "color-recognition"
        request.addInputs(imageInput(url))
        return patStub.postModelOutputs(request.build()) // expect: api-key-public-resource
    }

    /** The shop's own workflow with the app's key: it works, but Clarifai recommends a PAT. */
    fun enrich(url: String): PostWorkflowResultsResponse = stub.postWorkflowResults( // expect: workflow-api-key
        PostWorkflowResultsRequest.newBuilder().setWorkflowId("catalog-enrichment").addInputs(imageInput(url)).build()
    )

    /** A model chosen at run time: no guess. */
    fun byId(modelId: String, url: String): MultiOutputResponse =
        stub.postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId(modelId).addInputs(imageInput(url)).build())

    private fun imageInput(url: String): Input =
        Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))).build()

    companion object {
        private const val DEFECT_MODEL = "pallet-damage-v3"
        private const val APPAREL_MODEL = "apparel-recognition"
    }
}
