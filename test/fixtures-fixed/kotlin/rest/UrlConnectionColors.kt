package com.example.rest

import java.net.HttpURLConnection
import java.net.URL

/** Colors of a product photo with nothing but the JDK, in Kotlin's property syntax. */
fun dominantColors(imageUrl: String): String {
    val url = URL("https://api.clarifai.com/v2/users/clarifai/apps/main/models/color-recognition/outputs")
    val connection = url.openConnection() as HttpURLConnection // expect: missing-owner-ids
    connection.requestMethod = "POST"
    connection.setRequestProperty("Authorization", "Key " + System.getenv("CLARIFAI_PAT"))
    connection.setRequestProperty("Content-Type", "application/json")
    connection.doOutput = true
    connection.outputStream.use { it.write("""{"inputs": [{"data": {"image": {"url": "$imageUrl"}}}]}""".toByteArray()) }
    return connection.inputStream.bufferedReader().use { it.readText() }
}
