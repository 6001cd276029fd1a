package com.example.secrets

import com.clarifai.channel.ClarifaiChannel
import com.clarifai.credentials.ClarifaiCallCredentials
import com.clarifai.grpc.api.*
import retrofit2.http.Body
import retrofit2.http.Headers
import retrofit2.http.POST

// Rotated in March: CLARIFAI_PAT = <redacted> (expect: hardcoded-credential)
val CLARIFAI_API_KEY = System.getenv("CLARIFAI_API_KEY") // expect: hardcoded-credential
private val clarifaiPat = System.getenv("CLARIFAI_PAT") // expect: hardcoded-credential

object Keys {
    const val MODELS_KEY = "4c8e2a6f0b9d3e7a1c5f8b2d6e0a4c9f" // expect: hardcoded-credential
}

interface ModelsApi {
    // Annotation values must be compile-time constants: this key can only be taken out by hand.
    @Headers("Authorization: Key ${Keys.MODELS_KEY}")
    @POST("https://api.clarifai.com/v2/models/shelf-gaps/outputs")
    suspend fun shelfGaps(@Body body: Any): Any
}

class ShelfScanner {
    private val stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.grpcChannel)
        .withCallCredentials(ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT"))) // expect: hardcoded-credential

    fun scan(url: String): MultiOutputResponse = stub.postModelOutputs(
        PostModelOutputsRequest.newBuilder().setModelId("shelf-gaps").build()
    )

    val placeholder = "Key YOUR_CLARIFAI_PAT_HERE"
}
