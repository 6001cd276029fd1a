package com.example.phototagger

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

/** Tags the photos a user picks in the app with Clarifai's general model. */
class TagRepository(private val client: OkHttpClient = OkHttpClient()) {

    fun tags(imageUrl: String): List<String> {
        val body = """{"inputs": [{"data": {"image": {"url": "$imageUrl"}}}]}"""
        val request = Request.Builder()
            .url("https://api.clarifai.com/v2/models/$GENERAL_MODEL/outputs")
            .addHeader("Authorization", "Key ${BuildConfig.CLARIFAI_API_KEY}")
            .post(body.toRequestBody(JSON))
            .build()
        client.newCall(request).execute().use { response ->
            val concepts = JSONObject(response.body!!.string())
                .getJSONArray("outputs").getJSONObject(0)
                .getJSONObject("data").getJSONArray("concepts")
            return (0 until concepts.length()).map { concepts.getJSONObject(it).getString("name") }
        }
    }

    private companion object {
        const val GENERAL_MODEL = "general-image-recognition"
        val JSON = "application/json".toMediaType()
    }
}
