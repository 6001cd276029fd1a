package com.example.broken

import com.clarifai.channel.ClarifaiChannel
import com.clarifai.credentials.ClarifaiCallCredentials
import com.clarifai.grpc.api.*

// A file in the middle of an edit: an unclosed call, a dangling navigation and a missing brace.
class HalfTyped {
    private val stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.grpcChannel)
        .withCallCredentials(ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT")))

    fun general(url: String): MultiOutputResponse = stub.postModelOutputs( // expect: api-key-public-resource
        PostModelOutputsRequest.newBuilder()
            .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
            .setModelId("general-image-recognition")
            .build()
    )

    fun unfinished(url: String) {
        val b = PostModelOutputsRequest.newBuilder().setModelId(
        stub.postModelOutputs(b.
    }
