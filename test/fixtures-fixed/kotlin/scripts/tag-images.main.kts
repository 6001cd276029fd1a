#!/usr/bin/env kotlin
// Tags a list of image URLs from the command line: `kotlin tag-images.main.kts urls.txt`.

@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import java.io.File

val key = System.getenv("CLARIFAI_API_KEY") ?: error("set CLARIFAI_API_KEY")
val client = OkHttpClient()
val json = "application/json".toMediaType()

for (url in File(args[0]).readLines()) {
    val request = Request.Builder()
        .url("https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs")
        .header("Authorization", "Key ${System.getenv("CLARIFAI_PAT")}")
        .post("""{"inputs": [{"data": {"image": {"url": "$url"}}}]}""".toRequestBody(json))
        .build()
    client.newCall(request).execute().use { println(it.body!!.string()) } // expect: api-key-public-resource
}
