// Value resolution inside a file: what `result` evaluates to at the end of each snippet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from '@vscode/tree-sitter-wasm';
import { javaScriptContext } from '../../server/src/core/detectors/javascript/context';
import { pythonContext } from '../../server/src/core/detectors/python/context';
import { describe as describeValue, knownText, type Value } from '../../server/src/core/values/value';
import { parse } from '../helpers/analyzer';

/** The value of the last `result = …` (Python) or `const result = …` / `result = …` (JS). */
async function python(code: string): Promise<Value> {
  const root = (await parse('python', code)).rootNode;
  const assignment = root.descendantsOfType('assignment').filter((n): n is Node => !!n && n.childForFieldName('left')?.text === 'result').pop()!;
  return pythonContext(root, code).ev.eval(assignment.childForFieldName('right'));
}

async function javascript(code: string): Promise<Value> {
  const root = (await parse('typescript', code)).rootNode;
  const declarator = root.descendantsOfType(['variable_declarator', 'assignment_expression']).filter((n): n is Node => {
    const name = n?.childForFieldName('name') ?? n?.childForFieldName('left');
    return name?.text === 'result';
  }).pop()!;
  return javaScriptContext(root, code).ev.eval(declarator.childForFieldName('value') ?? declarator.childForFieldName('right'));
}

describe('Python resolution', () => {
  const text = async (code: string) => knownText(await python(code));
  it('follows assignments, concatenation and f-strings', async () => {
    assert.equal(await text('BASE = "https://api.clarifai.com/v2"\nM = "face-detection"\nresult = f"{BASE}/models/{M}/outputs"'), 'https://api.clarifai.com/v2/models/face-detection/outputs');
  });
  it('applies += in order', async () => assert.equal(await text('u = "a"\nu += "b"\nu += "c"\nresult = u'), 'abc'));
  it('formats with .format and %', async () => {
    assert.equal(await text('k = "x"\nresult = "Key {}".format(k)'), 'Key x');
    assert.equal(await text('k = "x"\nresult = "Key %s" % k'), 'Key x');
    assert.equal(await text('result = "{a}/{b}".format(a="1", b="2")'), '1/2');
  });
  it('unpacks tuples and reads dict entries set later', async () => {
    assert.equal(await text('a, b = "x", "y"\nresult = b'), 'y');
    assert.equal(await text('h = {}\nh["k"] = "v"\nh.update({"j": "w"})\nresult = h["k"] + h["j"]'), 'vw');
  });
  it('uses the nearest preceding binding in the same function', async () => {
    assert.equal(await text('m = "a"\ndef f():\n    m = "b"\n    result = m\nm = "c"'), 'b');
    assert.equal(await text('m = "a"\nm = "b"\nresult = m\nm = "c"'), 'b');
  });
  it('reads self attributes set in another method', async () => {
    assert.equal(await text('class C:\n    def __init__(self):\n        self.k = "v"\n    def g(self):\n        result = self.k'), 'v');
  });
  it('says when a value is only known at run time', async () => {
    const env = await python('import os\nresult = os.environ.get("CLARIFAI_PAT", "fallback")');
    assert.equal(env.kind, 'env');
    assert.equal(env.kind === 'env' && env.name, 'CLARIFAI_PAT');
    assert.equal(env.kind === 'env' && knownText(env.fallback), 'fallback');
    const param = await python('def f(model_id):\n    result = model_id');
    assert.equal(param.kind, 'param');
    const imported = await python('from config import PAT\nresult = PAT');
    assert.equal(imported.kind === 'module' && imported.path, 'config.PAT');
    const loop = await python('for m in ["a", "b"]:\n    result = m');
    assert.equal(loop.kind, 'unknown');
  });
  it('qualifies imported callees', async () => {
    const call = await python('from clarifai_grpc.grpc.api import service_pb2 as s\nresult = s.PostModelOutputsRequest(model_id="x")');
    assert.equal(call.kind === 'call' && call.callee, 'clarifai_grpc.grpc.api.service_pb2.PostModelOutputsRequest');
  });
  it('evaluates a parameterless helper with one return', async () => {
    assert.equal(await text('def base():\n    return "https://api.clarifai.com"\nresult = base() + "/v2"'), 'https://api.clarifai.com/v2');
  });
  it('stops on cycles', async () => assert.equal((await python('a = b\nb = a\nresult = a')).kind, 'unknown'));
});

describe('JavaScript resolution', () => {
  const text = async (code: string) => knownText(await javascript(code));
  it('follows const, template literals and concatenation', async () => {
    assert.equal(await text('const M = "face-detection";\nconst V = "1";\nconst result = `https://api.clarifai.com/v2/models/${M}/versions/` + V;'), 'https://api.clarifai.com/v2/models/face-detection/versions/1');
  });
  it('destructures objects and arrays, and reads spreads', async () => {
    assert.equal(await text('const CONFIG = { PAT: "p", USER_ID: "u" };\nconst { USER_ID: uid } = CONFIG;\nconst result = uid;'), 'u');
    assert.equal(await text('const [a, b] = ["x", "y"];\nconst result = b;'), 'y');
    assert.equal(await text('const base = { a: "1" };\nconst o = { ...base, b: "2" };\nconst result = o.a + o.b;'), '12');
  });
  it('reads properties assigned later and class fields', async () => {
    assert.equal(await text('const h = {};\nh["Authorization"] = "Key x";\nconst result = h.Authorization;'), 'Key x');
    assert.equal(await text('class A { k = "v"; m() { const result = this.k; } }'), 'v');
    assert.equal(await text('class A { constructor() { this.k = "w"; } m() { const result = this.k; } }'), 'w');
  });
  it('sees through TypeScript-only syntax', async () => {
    assert.equal(await text('const a = "x" as const;\nconst result = (a satisfies string)!;'), 'x');
  });
  it('reads the environment, with fallbacks', async () => {
    const env = await javascript('const result = process.env.CLARIFAI_PAT || "dev";');
    assert.equal(env.kind === 'env' && env.name, 'CLARIFAI_PAT');
    assert.equal(env.kind === 'env' && knownText(env.fallback), 'dev');
    const vite = await javascript('const result = import.meta.env.VITE_CLARIFAI_PAT;');
    assert.equal(vite.kind === 'env' && vite.name, 'VITE_CLARIFAI_PAT');
  });
  it('assigns to the declaring scope and prefers the nearest binding', async () => {
    assert.equal(await text('let app;\nfunction init() { app = "ready"; }\nfunction use() { const result = app; }'), 'ready');
  });
  it('qualifies imports and requires', async () => {
    const call = await javascript('import * as C from "clarifai";\nconst result = new C.App({ apiKey: "k" });');
    assert.equal(call.kind === 'call' && call.callee, 'clarifai.App');
    const grpc = await javascript('const { grpc } = require("clarifai-nodejs-grpc");\nconst result = new grpc.Metadata();');
    assert.equal(grpc.kind === 'call' && grpc.callee, 'clarifai-nodejs-grpc.grpc.Metadata');
  });
  it('names what it cannot follow', async () => {
    const v = await javascript('function f(apiKey) { const result = apiKey; }');
    assert.equal(v.kind, 'param');
    assert.equal(describeValue(await javascript('const result = window.config.key;')), 'window.config.key');
  });
});
