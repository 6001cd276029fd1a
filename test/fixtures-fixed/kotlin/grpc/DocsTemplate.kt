package com.example.clarifai

// Clarifai's Java template for predicting on an image URL, as a Kotlin port keeps it: the caller's own ids with a
// public model.

import com.clarifai.channel.ClarifaiChannel
import com.clarifai.credentials.ClarifaiCallCredentials
import com.clarifai.grpc.api.*
import com.clarifai.grpc.api.status.StatusCode

// Your PAT (Personal Access Token) can be found in the portal under Authentification
const val PAT = "YOUR_PAT_HERE"
const val USER_ID = "clarifai"
const val APP_ID = "main"
// Change these to whatever model and image URL you want to use
const val MODEL_ID = "general-image-recognition"
const val MODEL_VERSION_ID = "aa7f35c01e0642fda5cf400f543e7c40"
const val IMAGE_URL = "https://samples.clarifai.com/metro-north.jpg"

fun main() {
    val stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.grpcChannel)
        .withCallCredentials(ClarifaiCallCredentials(PAT))

    val response = stub.postModelOutputs( // expect: wrong-owner-ids
        PostModelOutputsRequest.newBuilder()
            .setUserAppId(UserAppIDSet.newBuilder().setUserId(USER_ID).setAppId(APP_ID))
            .setModelId(MODEL_ID)
            .setVersionId(MODEL_VERSION_ID) // This is optional. Defaults to the latest model version
            .addInputs(
                Input.newBuilder().setData(
                    Data.newBuilder().setImage(
                        Image.newBuilder().setUrl(IMAGE_URL)
                    )
                )
            )
            .build()
    )

    if (response.status.code != StatusCode.SUCCESS) {
        throw RuntimeException("Post model outputs failed, status: ${response.status}")
    }

    println("Predicted concepts:")
    for (concept in response.getOutputs(0).data.conceptsList) {
        println("%s %.2f".format(concept.name, concept.value))
    }
}
