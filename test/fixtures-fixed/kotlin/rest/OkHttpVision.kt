package com.example.vision

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

private const val API = "https://api.clarifai.com/v2"
private val JSON = "application/json; charset=utf-8".toMediaType()

/** Clarifai's REST API with OkHttp from Kotlin: string templates for URLs, headers and bodies. */
class OkHttpVision(private val apiKey: String = System.getenv("CLARIFAI_API_KEY") ?: "") {
    private val http = OkHttpClient()

    /** The short path and an app key, as the old docs' cURL example had it. */
    fun tags(imageUrl: String): String {
        val body = """{"inputs": [{"data": {"image": {"url": "$imageUrl"}}}]}"""
        val request = Request.Builder()
            .url("$API/users/clarifai/apps/main/models/general-image-recognition/outputs")
            .addHeader("Authorization", "Key ${System.getenv("CLARIFAI_PAT")}")
            .post(body.toRequestBody(JSON))
            .build()
        return http.newCall(request).execute().use { it.body!!.string() } // expect: api-key-public-resource
    }

    /** The owner in a map body, but the caller's own ids. */
    fun food(imageUrl: String, pat: String): String {
        val payload = mapOf(
            "user_app_id" to mapOf("user_id" to "clarifai", "app_id" to "main"),
            "inputs" to listOf(mapOf("data" to mapOf("image" to mapOf("url" to imageUrl)))),
        )
        val request = Request.Builder()
            .url("$API/models/food-item-recognition/outputs")
            .header("Authorization", "Key $pat")
            .post(JSONObject(payload).toString().toRequestBody(JSON))
            .build()
        return http.newCall(request).execute().use { it.body!!.string() } // expect: wrong-owner-ids
    }

    /** The 2023 template's path, with a PAT: correct. */
    fun detect(imageUrl: String): String {
        val request = Request.Builder()
            .url("$API/users/clarifai/apps/main/models/general-image-detection/outputs")
            .addHeader("Authorization", "Key ${System.getenv("CLARIFAI_PAT")}")
            .post("""{"inputs": [{"data": {"image": {"url": "$imageUrl"}}}]}""".toRequestBody(JSON))
            .build()
        return http.newCall(request).execute().use { it.body!!.string() }
    }

    /** The app's own model with its key: fine. */
    fun shelves(imageUrl: String): String {
        val request = Request.Builder()
            .url("$API/models/shelf-gaps/outputs")
            .addHeader("Authorization", "Key $apiKey")
            .post("""{"inputs": [{"data": {"image": {"url": "$imageUrl"}}}]}""".toRequestBody(JSON))
            .build()
        return http.newCall(request).execute().use { it.body!!.string() }
    }
}
