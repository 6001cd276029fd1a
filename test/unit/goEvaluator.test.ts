// The Go evaluator follows a file's own bindings: constants, multi-value declarations, environment reads, format
// strings, JSON tags, field and key sets, and per-function names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goContext } from '../../server/src/core/detectors/go/context';
import { fieldIgnoreCase, knownText, type Value } from '../../server/src/core/values/value';
import { parse } from '../helpers/analyzer';

/** The value of the expression `marker(…)`'s argument, in a file around it. */
async function valueAt(source: string, marker = 'probe'): Promise<Value> {
  const tree = await parse('go', source);
  const ctx = goContext(tree.rootNode, source);
  const call = ctx.calls.find((c) => c.childForFieldName('function')?.text === marker);
  assert.ok(call, `no ${marker}(…) call`);
  return ctx.ev.eval(call.childForFieldName('arguments')!.namedChildren[0]);
}

describe('Go values', () => {
  test('constants in a block, concatenation and escapes', async () => {
    const v = await valueAt('package p\nconst (\n\tbase = "https://api.clarifai.com/v2"\n\tmodel = "general-image-recognition"\n)\nfunc f() { probe(base + "/models/" + model + "/outputs\\t") }\n');
    assert.equal(knownText(v), 'https://api.clarifai.com/v2/models/general-image-recognition/outputs\t');
  });

  test('fmt.Sprintf fills its conversions; an argument known only at run time stays one', async () => {
    const v = await valueAt('package p\nimport ("fmt"; "os")\nfunc f(id string) { probe(fmt.Sprintf("%s/models/%s/outputs", os.Getenv("CLARIFAI_API_BASE"), id)) }\n');
    assert.equal(v.kind, 'str');
    const parts = v.kind === 'str' ? v.parts : [];
    assert.ok('hole' in parts[0]! && parts[0].hole.kind === 'env');
    assert.ok(parts.some((p) => 'hole' in p && p.hole.kind === 'param'));
  });

  test('the first result of a multi-value call: an environment read, a marshalled map', async () => {
    const env = await valueAt('package p\nimport "os"\nfunc f() { key, ok := os.LookupEnv("CLARIFAI_PAT"); _ = ok; probe(key) }\n');
    assert.equal(env.kind === 'env' && env.name, 'CLARIFAI_PAT');
    const body = await valueAt('package p\nimport ("bytes"; "encoding/json")\nfunc f() { b, _ := json.Marshal(map[string]any{"user_app_id": map[string]string{"user_id": "clarifai"}}); probe(bytes.NewBuffer(b)) }\n');
    const ids = body.kind === 'obj' ? body.get('user_app_id') : undefined;
    assert.equal(knownText(ids?.kind === 'obj' ? ids.get('user_id') : undefined), 'clarifai');
  });

  test('a struct literal is read under its fields\' JSON names', async () => {
    const v = await valueAt('package p\ntype ids struct {\n\tUserID string `json:"user_id"`\n\tAppID string `json:"app_id,omitempty"`\n}\nfunc f() { probe(ids{UserID: "clarifai", AppID: "main"}) }\n');
    assert.deepEqual(v.kind === 'obj' ? [...v.keys] : [], ['user_id', 'app_id']);
  });

  test('a reassignment sees the value before it, and fields set later join the struct', async () => {
    const ctx = await valueAt('package p\nimport ("context"; "google.golang.org/grpc/metadata")\nfunc f() {\n\tctx := context.Background()\n\tctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Key x")\n\tprobe(ctx)\n}\n');
    assert.equal(ctx.kind === 'call' && ctx.args[0]!().kind === 'call' && (ctx.args[0]!() as { callee: string }).callee, 'context.Background');
    const req = await valueAt('package p\nfunc f() {\n\treq := &api.PostModelOutputsRequest{}\n\treq.ModelId = "face-detection"\n\tprobe(req)\n\treq.VersionId = "later"\n}\n');
    assert.equal(knownText(req.kind === 'obj' ? req.get('ModelId') : undefined), 'face-detection');
    assert.equal(req.kind === 'obj' ? req.get('VersionId') : 'none', undefined);
  });

  test('headers set on a request are keys of its Header', async () => {
    const source = 'package p\nimport "net/http"\nfunc f(key string) {\n\treq, _ := http.NewRequest("POST", "u", nil)\n\treq.Header.Set("Authorization", "Key "+key)\n\tprobe(req)\n}\n';
    const tree = await parse('go', source);
    const ctx = goContext(tree.rootNode, source);
    const probe = ctx.calls.find((c) => c.childForFieldName('function')?.text === 'probe')!;
    const sets = ctx.ev.keySets('req.Header', probe);
    assert.deepEqual(sets.map((s) => s.prop), ['Authorization']);
  });

  test('the same name in two functions is two variables', async () => {
    const source = 'package p\nfunc a() { key := "one"; _ = key }\nfunc b() { key := "two"; probe(key) }\n';
    assert.equal(knownText(await valueAt(source)), 'two');
  });

  test('a parameter is known only at run time', async () => {
    const v = await valueAt('package p\nfunc f(md map[string]string) { probe(md) }\n');
    assert.equal(v.kind, 'param');
    assert.equal(fieldIgnoreCase(v, 'authorization'), undefined);
  });
});
