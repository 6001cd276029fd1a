package com.example.reviewed

import com.clarifai.channel.ClarifaiChannel
import com.clarifai.credentials.ClarifaiCallCredentials
import com.clarifai.grpc.api.*

/** Calls the team reviewed and kept for now, each with a suppression comment. */
class Reviewed {
    private val stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.grpcChannel)
        .withCallCredentials(ClarifaiCallCredentials(System.getenv("CLARIFAI_API_KEY")))
    private val patStub = stub.withCallCredentials(ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT")))

    fun demo(url: String): MultiOutputResponse {
        // clarifai-ignore-next-line api-key-public-resource -- demo account, migrated next release
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId("general-image-recognition").addInputs(input(url)).build())
    }

    fun trailing(url: String) = stub.postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId("food-item-recognition").addInputs(input(url)).build()) // clarifai-ignore api-key-public-resource

    fun otherRule(url: String): MultiOutputResponse {
        /* clarifai-ignore-next-line wrong-owner-ids */
        return patStub.postModelOutputs(PostModelOutputsRequest.newBuilder().setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main")).setModelId("color-recognition").addInputs(input(url)).build()) // expect: api-key-public-resource
    }

    private fun input(url: String) = Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))).build()
}
