// C# values inside a file: what `result` evaluates to in each snippet, and where string pieces are written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from '@vscode/tree-sitter-wasm';
import { cSharpContext } from '../../server/src/core/detectors/csharp/context';
import { field, isHole, knownText, type Value } from '../../server/src/core/values/value';
import { parse } from '../helpers/analyzer';

/** The value of the last declarator named `result`, and the snippet's context. */
async function evaluate(code: string): Promise<{ value: Value; code: string }> {
  const root = (await parse('c-sharp', code)).rootNode;
  const declarator = root.descendantsOfType('variable_declarator').filter((n): n is Node => n?.childForFieldName('name')?.text === 'result').pop()!;
  const value = declarator.namedChildren.filter((c): c is Node => c !== null).pop()!;
  return { value: cSharpContext(root, code).ev.eval(value), code };
}

const text = async (code: string) => knownText((await evaluate(code)).value);

/** The source text each mapped piece of a string value points at. */
function written(value: Value, code: string): string[] {
  return value.kind === 'str' ? value.parts.flatMap((p) => (!isHole(p) && p.at !== undefined ? [code.slice(p.at, p.at + p.text.length)] : [])) : [];
}

describe('C# string literals', () => {
  it('decode escapes, and map the text between them onto the source', async () => {
    const { value, code } = await evaluate('var result = "Key\\t\\"abc\\" \\u0041";');
    assert.equal(knownText(value), 'Key\t"abc" A');
    assert.deepEqual(written(value, code), ['Key', 'abc', ' ']);
  });

  it('read doubled quotes in verbatim strings', async () => {
    const { value, code } = await evaluate('var result = @"say ""hi"" \\n";');
    assert.equal(knownText(value), 'say "hi" \\n');
    assert.deepEqual(written(value, code), ['say ', 'hi', ' \\n']);
  });

  it('take the closing indentation off a raw string\'s lines', async () => {
    const { value, code } = await evaluate('class C { void M() {\n    var result = """\n        {\n          "k": "v"\n        }\n        """;\n} }');
    assert.equal(knownText(value), '{\n  "k": "v"\n}');
    assert.deepEqual(written(value, code), ['{\n', '  "k": "v"\n', '}']);
  });

  it('interpolate, with doubled braces as text and raw strings\' own brace count', async () => {
    assert.equal(await text('const string M = "face-detection";\nvar result = $"models/{M}/outputs {{x}}";'), 'models/face-detection/outputs {x}');
    assert.equal(await text('const string U = "clarifai";\nvar result = $$"""{"user_id": "{{U}}"}""";'), '{"user_id": "clarifai"}');
    assert.equal(await text('var k = "v";\nvar result = $@"a ""{k}"" b";'), 'a "v" b');
    const { value } = await evaluate('void M(string key) { var result = $"Key {key}"; }');
    assert.ok(value.kind === 'str' && isHole(value.parts[1]!) && value.parts[1].hole.kind === 'param');
  });
});

describe('C# resolution', () => {
  it('follows locals, constants, fields and concatenation', async () => {
    assert.equal(await text('class C {\n  const string Base = "https://api.clarifai.com/v2";\n  static readonly string Model = "general-image-recognition";\n  void M() { var result = Base + "/models/" + Model + "/outputs"; }\n}'), 'https://api.clarifai.com/v2/models/general-image-recognition/outputs');
  });

  it('reads a static member of a type the file declares, and this.x', async () => {
    assert.equal(await text('static class Settings { public const string ModelId = "face-detection"; }\nclass C { void M() { var result = Settings.ModelId; } }'), 'face-detection');
    assert.equal(await text('class C { string _id; C() { this._id = "a"; } void M() { var result = this._id; } }'), 'a');
  });

  it('formats with string.Format and string.Concat', async () => {
    assert.equal(await text('var result = string.Format("v2/models/{0}/versions/{1}/outputs", "m", "v");'), 'v2/models/m/versions/v/outputs');
    assert.equal(await text('var result = String.Format(CultureInfo.InvariantCulture, "Key {0}", "k");'), 'Key k');
    assert.equal(await text('var result = string.Concat("a", "b");'), 'ab');
  });

  it('reads the environment, with the fallback after ??', async () => {
    const { value } = await evaluate('var result = Environment.GetEnvironmentVariable("CLARIFAI_PAT") ?? "fallback";');
    assert.equal(value.kind === 'env' && value.name, 'CLARIFAI_PAT');
    assert.equal(value.kind === 'env' && knownText(value.fallback), 'fallback');
    const bare = (await evaluate('using static System.Environment;\nvar result = GetEnvironmentVariable("CLARIFAI_PAT");')).value;
    assert.equal(bare.kind, 'env');
  });

  it('names configuration reads by the setting they read', async () => {
    const indexed = (await evaluate('void M(IConfiguration configuration) { var result = configuration["Clarifai:ApiKey"]; }')).value;
    assert.deepEqual(indexed.names, ['configuration["Clarifai:ApiKey"]']);
    const typed = (await evaluate('void M(IConfiguration config) { var result = config.GetValue<string>("Clarifai:Pat"); }')).value;
    assert.deepEqual(typed.names, ['config["Clarifai:Pat"]']);
  });

  it('reads object initializers, property sets and Add calls as members', async () => {
    const request = (await evaluate('var request = new PostModelOutputsRequest { ModelId = "m", Inputs = { a } };\nrequest.VersionId = "v";\nvar result = request;')).value;
    assert.equal(knownText(field(request, 'ModelId')), 'm');
    assert.equal(knownText(field(request, 'VersionId')), 'v');
    const metadata = (await evaluate('var metadata = new Metadata();\nmetadata.Add("Authorization", "Key " + "k");\nvar result = metadata;')).value;
    assert.equal(knownText(field(metadata, 'Authorization')), 'Key k');
    const pairs = (await evaluate('var result = new Metadata { { "Authorization", "Key k" } };')).value;
    assert.equal(knownText(field(pairs, 'Authorization')), 'Key k');
  });

  it('reads anonymous objects and serialized ones', async () => {
    const body = (await evaluate('var ids = new { user_id = "clarifai", app_id = "main" };\nvar result = JsonSerializer.Serialize(new { user_app_id = ids, inputs });')).value;
    assert.equal(knownText(field(field(body, 'user_app_id'), 'user_id')), 'clarifai');
    assert.ok(body.kind === 'obj' && body.keys.includes('inputs'));
  });

  it('looks into a parameterless method that returns one expression', async () => {
    assert.equal(await text('class C { static string Key() => "k"; void M() { var result = Key(); } }'), 'k');
    assert.equal(await text('class C { string Key() { return "k"; } void M() { var result = this.Key(); } }'), 'k');
  });

  it('says when a value is only known at run time', async () => {
    assert.equal((await evaluate('void M(string modelId) { var result = modelId; }')).value.kind, 'param');
    assert.equal((await evaluate('foreach (var m in models) { var result = m; }')).value.kind, 'unknown');
  });

  it('tells the type of a receiver from its creation or its declaration', async () => {
    const code = 'class C {\n  private readonly V2.V2Client _client;\n  private readonly HttpClient _http = new();\n  C(V2.V2Client client) { _client = client; }\n  void M() { _client.PostModelOutputs(r); _http.PostAsync(u, c); }\n}';
    const root = (await parse('c-sharp', code)).rootNode;
    const ctx = cSharpContext(root, code);
    const receivers = root.descendantsOfType('member_access_expression').filter((n): n is Node => n !== null).map((n) => n.childForFieldName('expression')!);
    assert.deepEqual(receivers.map((r) => ctx.ev.typeOf(r)), ['V2.V2Client', 'HttpClient']);
  });
});
