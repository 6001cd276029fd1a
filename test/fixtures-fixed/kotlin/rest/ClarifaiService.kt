package com.example.android.vision

import com.google.gson.JsonObject
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory
import retrofit2.http.Body
import retrofit2.http.Header
import retrofit2.http.Headers
import retrofit2.http.POST
import retrofit2.http.Path

/** An Android app's Clarifai service: Retrofit with coroutines, keys from the build's config. */
interface ClarifaiService {
    @POST("v2/models/{model_id}/outputs")
    suspend fun predict(
        @Header("Authorization") authorization: String,
        @Path("model_id") modelId: String,
        @Body body: JsonObject,
    ): JsonObject

    @POST("v2/users/clarifai/apps/main/models/{model_id}/outputs")
    suspend fun predictClarifaiMain(
        @Header("Authorization") authorization: String,
        @Path("model_id") modelId: String,
        @Body body: JsonObject,
    ): JsonObject

    @Headers("Authorization: Key ${BuildConfig.CLARIFAI_API_KEY}")
    @POST("v2/workflows/Face-Sentiment/results")
    suspend fun faceSentiment(@Body body: JsonObject): JsonObject

    @POST("v2/users/clarifai/apps/main/workflows/Face-Sentiment/results")
    suspend fun faceSentimentClarifaiMain(@Header("Authorization") authorization: String, @Body body: JsonObject): JsonObject

    companion object {
        private const val BASE_URL = "https://api.clarifai.com/"

        fun create(client: OkHttpClient): ClarifaiService = Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(client)
            .addConverterFactory(GsonConverterFactory.create())
            .build()
            .create(ClarifaiService::class.java)
    }
}

class PhotoRepository(private val service: ClarifaiService) {
    suspend fun tags(body: JsonObject) = service.predictClarifaiMain("Key ${System.getenv("CLARIFAI_PAT")}", "general-image-recognition", body) // expect: api-key-public-resource

    suspend fun own(body: JsonObject) = service.predict("Key ${BuildConfig.CLARIFAI_API_KEY}", "receipt-reader", body)

    suspend fun faces(body: JsonObject) = service.faceSentimentClarifaiMain("Key ${System.getenv("CLARIFAI_PAT")}", body) // expect: api-key-public-resource
}
