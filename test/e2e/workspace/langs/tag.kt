// Tags a photo with Clarifai's general model over REST, from an Android app's networking layer.
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

private val client = OkHttpClient()

fun tag(imageUrl: String, apiKey: String = System.getenv("CLARIFAI_API_KEY")): String? {
    val body = """{"inputs": [{"data": {"image": {"url": "$imageUrl"}}}]}"""
    val request = Request.Builder()
        .url("https://api.clarifai.com/v2/models/general-image-recognition/outputs")
        .addHeader("Authorization", "Key $apiKey")
        .post(body.toRequestBody("application/json".toMediaType()))
        .build()
    return client.newCall(request).execute().use { it.body?.string() }
}
