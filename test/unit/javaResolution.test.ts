// Value resolution inside a Java file: what the last `result = …` evaluates to, and how builder chains read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from '@vscode/tree-sitter-wasm';
import { javaContext } from '../../server/src/core/detectors/java/context';
import { detectJvm } from '../../server/src/core/detectors/jvm';
import { knownText, type Value } from '../../server/src/core/values/value';
import { analyzer, parse } from '../helpers/analyzer';

/** The value of the last `result` declarator or assignment in a class body wrapped around `members`. */
async function java(members: string): Promise<Value> {
  const code = `class C {\n${members}\n}\n`;
  const root = (await parse('java', code)).rootNode;
  const declarator = root
    .descendantsOfType(['variable_declarator', 'assignment_expression'])
    .filter((n): n is Node => (n?.childForFieldName('name') ?? n?.childForFieldName('left'))?.text === 'result')
    .pop()!;
  return javaContext(root, code).ev.eval(declarator.childForFieldName('value') ?? declarator.childForFieldName('right'));
}

const text = async (members: string) => knownText(await java(members));

describe('Java resolution', () => {
  it('follows constants, fields set in a constructor, and this.x', async () => {
    assert.equal(await text('static final String BASE = "https://api.clarifai.com/v2";\nvoid f() { String result = BASE + "/models/" + "face-detection"; }'), 'https://api.clarifai.com/v2/models/face-detection');
    assert.equal(await text('private final String model;\nC() { this.model = "food-item-recognition"; }\nvoid f() { String result = this.model; }'), 'food-item-recognition');
    assert.equal(await text('private String m = "a";\nvoid f() { String result = m; }'), 'a');
  });

  it('reads constants of another class of the file', async () => {
    const code = 'static class Config { static final String MODEL_ID = "general-image-recognition"; }\nvoid f() { String result = Config.MODEL_ID; }';
    assert.equal(await text(code), 'general-image-recognition');
  });

  it('uses the declaration in the block, not one declared later or in another method', async () => {
    assert.equal(await text('void g() { String m = "other"; }\nvoid f() { String m = "mine"; String result = m; }'), 'mine');
    assert.equal(await text('void f() { String m = "a"; m += "b"; String result = m; }'), 'ab');
  });

  it('reads text blocks, escapes and String.format', async () => {
    assert.equal(await text('void f() { String result = "a\\tb\\"c"; }'), 'a\tb"c');
    assert.equal((await text('void f() { String result = """\n    {"a": 1}\n    """; }'))?.trim(), '{"a": 1}');
    assert.equal(await text('void f() { String result = String.format("Key %s", "abc"); }'), 'Key abc');
    assert.equal(await text('void f() { String result = "%s/%s".formatted("a", "b"); }'), 'a/b');
  });

  it('says when a value comes from the environment, with its fallback', async () => {
    const env = await java('void f() { String result = System.getenv("CLARIFAI_PAT"); }');
    assert.equal(env.kind === 'env' && env.name, 'CLARIFAI_PAT');
    const withDefault = await java('void f() { String result = System.getenv().getOrDefault("CLARIFAI_PAT", "fallback"); }');
    assert.equal(withDefault.kind === 'env' && knownText(withDefault.fallback), 'fallback');
    const optional = await java('void f() { String result = Optional.ofNullable(System.getenv("CLARIFAI_PAT")).orElse("fallback"); }');
    assert.equal(optional.kind === 'env' && knownText(optional.fallback), 'fallback');
  });

  it('keeps parameters and other classes\' constants as run-time values', async () => {
    assert.equal((await java('void f(String modelId) { String result = modelId; }')).kind, 'param');
    const config = await java('void f() { String result = BuildConfig.CLARIFAI_API_KEY; }');
    assert.deepEqual(config.names, ['BuildConfig.CLARIFAI_API_KEY']);
  });
});

describe('Java builder chains', () => {
  /** The call sites of a gRPC file, with the import the detector needs. */
  async function sites(body: string) {
    const code = `import com.clarifai.grpc.api.*;\nclass C {\n${body}\n}\n`;
    const root = (await parse('java', code)).rootNode;
    return detectJvm(javaContext(root, code)).callSites;
  }

  it('reads a request built in a variable and set by statements', async () => {
    const [site] = await sites(`void f(V2Grpc.V2BlockingStub stub) {
      PostModelOutputsRequest.Builder b = PostModelOutputsRequest.newBuilder();
      b.setModelId("face-detection").setVersionId("6dc7e46bc9124c5c8824be4822abe105");
      b.setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"));
      stub.postModelOutputs(b.build());
    }`);
    assert.equal(site?.target.id, 'face-detection');
    assert.equal(site?.target.versionId, '6dc7e46bc9124c5c8824be4822abe105');
    assert.equal(site?.userAppId.state, 'clarifai-main');
  });

  it('lets a later setter win, and ignores setters of another method\'s builder', async () => {
    const [, site] = await sites(`void g(V2Grpc.V2BlockingStub stub) {
      PostModelOutputsRequest.Builder b = PostModelOutputsRequest.newBuilder();
      b.setModelId("general-image-recognition");
      stub.postModelOutputs(b.build());
    }
    void f(V2Grpc.V2BlockingStub stub) {
      PostModelOutputsRequest.Builder b = PostModelOutputsRequest.newBuilder().setModelId("general-image-recognition");
      b.setModelId("pallet-damage-v3");
      stub.postModelOutputs(b.build());
    }`);
    assert.equal(site?.target.id, 'pallet-damage-v3');
    assert.equal(site?.target.ownership, 'own-app');
  });

  it('offers no PAT edit for call credentials of another class than ClarifaiCallCredentials', async () => {
    const core = await analyzer();
    const code = `import com.clarifai.grpc.api.*;
class C {
  void f(io.grpc.CallCredentials apiKeyCredentials) {
    V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel()).withCallCredentials(apiKeyCredentials);
    stub.postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId("general-image-recognition").build());
  }
}`;
    const [finding] = await core.analyzeText(code, 'java');
    assert.equal(finding?.rule, 'api-key-public-resource');
    assert.deepEqual(finding?.fixes, []);
  });

  it('takes the outermost call credentials of a stub chain', async () => {
    const [site] = await sites(`void f() {
      V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
          .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_API_KEY")))
          .withDeadlineAfter(30, TimeUnit.SECONDS);
      stub.withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_PAT"))).postModelOutputs(PostModelOutputsRequest.newBuilder().setModelId("x").build());
    }`);
    assert.equal(site?.credential.envName, 'CLARIFAI_PAT');
    assert.equal(site?.credential.kind, 'pat');
  });
});
