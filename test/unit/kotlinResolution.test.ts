// Value resolution inside a Kotlin file: what the last `result` evaluates to, and how setters and lambdas read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from '@vscode/tree-sitter-wasm';
import { detectJvm } from '../../server/src/core/detectors/jvm';
import { kotlinContext } from '../../server/src/core/detectors/kotlin/context';
import { propertyParts } from '../../server/src/core/detectors/kotlin/syntax';
import { knownText, type Value } from '../../server/src/core/values/value';
import { parse } from '../helpers/analyzer';

/** The value of the last `val result = …` in the snippet. */
async function kotlin(code: string): Promise<Value> {
  const root = (await parse('kotlin', code)).rootNode;
  const property = root
    .descendantsOfType('property_declaration')
    .filter((n): n is Node => !!n && propertyParts(n).name?.text === 'result')
    .pop()!;
  return kotlinContext(root, code).ev.eval(propertyParts(property).value);
}

const text = async (code: string) => knownText(await kotlin(code));

describe('Kotlin resolution', () => {
  it('follows properties, string templates and concatenation', async () => {
    assert.equal(await text('const val BASE = "https://api.clarifai.com/v2"\nval model = "face-detection"\nval result = "$BASE/models/${model}/outputs"'), 'https://api.clarifai.com/v2/models/face-detection/outputs');
    assert.equal(await text('val a = "Key "\nval result = a + "x"'), 'Key x');
    assert.equal(await text('val result = "a\\tb\\$c"'), 'a\tb$c');
    assert.equal(await text('val result = """raw\\n"""'), 'raw\\n');
  });

  it('reads companion and object constants, and this.x', async () => {
    assert.equal(await text('class C {\n    fun f() {\n        val result = MODEL\n    }\n    companion object {\n        private const val MODEL = "food-item-recognition"\n    }\n}'), 'food-item-recognition');
    assert.equal(await text('object Config {\n    const val MODEL = "general-image-recognition"\n}\nval result = Config.MODEL'), 'general-image-recognition');
    assert.equal(await text('class C {\n    private var m = "a"\n    fun f() {\n        val result = this.m\n    }\n}'), 'a');
  });

  it('formats with String.format and .format', async () => {
    assert.equal(await text('val result = String.format("Key %s", "abc")'), 'Key abc');
    assert.equal(await text('val result = "%s/%s".format("a", "b")'), 'a/b');
  });

  it('says when a value comes from the environment, with its fallback', async () => {
    const elvis = await kotlin('val result = System.getenv("CLARIFAI_PAT") ?: "fallback"');
    assert.equal(elvis.kind === 'env' && elvis.name, 'CLARIFAI_PAT');
    assert.equal(elvis.kind === 'env' && knownText(elvis.fallback), 'fallback');
    const indexed = await kotlin('val result = System.getenv()["CLARIFAI_PAT"]');
    assert.equal(indexed.kind === 'env' && indexed.name, 'CLARIFAI_PAT');
  });

  it('reads maps written with `to`, and keeps parameters as run-time values', async () => {
    const map = await kotlin('val result = mapOf("user_app_id" to mapOf("user_id" to "clarifai"))');
    const ids = map.kind === 'obj' ? map.get('user_app_id') : undefined;
    assert.equal(ids?.kind === 'obj' ? knownText(ids.get('user_id')) : undefined, 'clarifai');
    assert.equal((await kotlin('class C(private val key: String) {\n    fun f() {\n        val result = key\n    }\n}')).kind, 'param');
  });
});

describe('Kotlin requests', () => {
  async function sites(code: string) {
    const root = (await parse('kotlin', code)).rootNode;
    return detectJvm(kotlinContext(root, code)).callSites;
  }

  it('reads builder fields set in property syntax', async () => {
    const [site] = await sites(`import com.clarifai.grpc.api.*
fun f(stub: V2Grpc.V2BlockingStub) {
    val request = PostModelOutputsRequest.newBuilder()
    request.modelId = "face-detection"
    request.userAppId = UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main").build()
    stub.postModelOutputs(request.build())
}`);
    assert.equal(site?.target.id, 'face-detection');
    assert.equal(site?.userAppId.state, 'clarifai-main');
  });

  it('gives the lambda of `use` its receiver: a body written to a connection\'s stream is read', async () => {
    const [site] = await sites(`import java.net.HttpURLConnection
import java.net.URL
fun f() {
    val conn = URL("https://api.clarifai.com/v2/models/face-detection/outputs").openConnection() as HttpURLConnection
    conn.requestMethod = "POST"
    conn.setRequestProperty("Authorization", "Key " + System.getenv("CLARIFAI_PAT"))
    conn.outputStream.use { it.write("""{"user_app_id": {"user_id": "clarifai", "app_id": "main"}, "inputs": []}""".toByteArray()) }
}`);
    assert.equal(site?.endpoint, 'POST /v2/models/{model_id}/outputs');
    assert.equal(site?.userAppId.state, 'clarifai-main');
  });
});
