package com.acme.reviews

import com.clarifai.channel.ClarifaiChannel
import com.clarifai.credentials.ClarifaiCallCredentials
import com.clarifai.grpc.api.*

/** Scores review photos with Clarifai's public workflows, with a PAT. */
object SentimentWorker {
    private val pat: String = System.getenv("CLARIFAI_PAT")
    private val stub by lazy {
        V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.jsonChannel).withCallCredentials(ClarifaiCallCredentials(pat))
    }

    /** A PAT without the owner's ids: 11008. */
    fun faceSentiment(url: String): PostWorkflowResultsResponse =
        stub.postWorkflowResults( // expect: missing-owner-ids
            PostWorkflowResultsRequest.newBuilder()
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setWorkflowId("Face-Sentiment")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))))
                .build()
        )

    /** Correct: a PAT and clarifai/main. */
    fun general(url: String): PostWorkflowResultsResponse =
        stub.postWorkflowResults(
            PostWorkflowResultsRequest.newBuilder()
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setWorkflowId("General")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))))
                .build()
        )

    /** The caller's own ids from the environment, for a public workflow. */
    fun demographics(url: String): PostWorkflowResultsResponse {
        val ids = UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main").build()
        return stub.postWorkflowResults( // expect: wrong-owner-ids
            PostWorkflowResultsRequest.newBuilder()
                .setUserAppId(ids)
                .setWorkflowId("Demographics")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))))
                .build()
        )
    }
}
