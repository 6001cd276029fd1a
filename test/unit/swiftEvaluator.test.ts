// Swift value resolution (what `result` evaluates to in each snippet), the grammar's parses it relies on, credentials
// written in declarations, and the Swift fix writer's environment reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from '@vscode/tree-sitter-wasm';
import { swiftContext } from '../../server/src/core/detectors/swift/context';
import { swiftWriter } from '../../server/src/core/fixes/swift';
import { describe as describeValue, knownText, type Value } from '../../server/src/core/values/value';
import { analyzer, fixSupportFor, parse } from '../helpers/analyzer';

/** The value of the last `let result = …` or `result = …`. */
async function swift(code: string): Promise<Value> {
  const root = (await parse('swift', code)).rootNode;
  const statements = root.descendantsOfType(['property_declaration', 'assignment']).filter((n): n is Node => !!n && /^(?:let |var )?result\b/.test(n.text.replace(/^(?:static |private )*/, '')));
  const last = statements.pop()!;
  return swiftContext(root, code).ev.eval(last.childForFieldName('value') ?? last.childForFieldName('result'));
}

const text = async (code: string) => knownText(await swift(code));

describe('Swift resolution', () => {
  it('follows constants, interpolation, concatenation and String(format:)', async () => {
    assert.equal(await text('let base = "https://api.clarifai.com/v2"\nlet model = "face-detection"\nlet result = "\\(base)/models/\\(model)/outputs"'), 'https://api.clarifai.com/v2/models/face-detection/outputs');
    assert.equal(await text('let k = "abc"\nlet result = "Key " + k'), 'Key abc');
    assert.equal(await text('let k = "abc"\nlet result = String(format: "Key %@", k)'), 'Key abc');
  });
  it('reads `a + B.c` with the member on the right operand, as Swift does', async () => {
    assert.equal(await text('enum Config {\n    static let key = "abc"\n}\nlet result = "Key " + Config.key'), 'Key abc');
    assert.equal(await text('let k = "abc"\nlet result = "Key " + String(k)'), 'Key abc');
  });
  it('reads raw and multi-line literals', async () => {
    assert.equal(await text('let k = "abc"\nlet result = #"Key \\#(k) "quoted""#'), 'Key abc "quoted"');
    assert.equal(await text('let result = """\n    {"a": "b\\u{41}"}\n    """'), '    {"a": "bA"}');
    assert.equal(await text('let result = "tab\\there \\"q\\""'), 'tab\there "q"');
  });
  it('finds static properties of the file\'s types, and properties through self', async () => {
    assert.equal(await text('struct Config {\n    static let id = "x"\n}\nextension Config {\n    static let other = "y"\n}\nlet result = Config.id + Config.other'), 'xy');
    assert.equal(await text('class A {\n    var key: String?\n    func setUp() { key = "set" }\n    func use() {\n        let result = self.key\n    }\n}'), 'set');
    assert.equal(await text('enum E {\n    static var token: String { return "computed" }\n}\nlet result = E.token'), 'computed');
  });
  it('uses the nearest preceding binding, and if/guard bindings', async () => {
    assert.equal(await text('var m = "a"\nm = "b"\nlet result = m\nm = "c"'), 'b');
    assert.equal(await text('let u: String? = "x"\nfunc f() {\n    guard let u = u else { return }\n    let result = u\n}'), 'x');
  });
  it('folds what is set on a request later into its value', async () => {
    const request = await swift('var request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/inputs")!)\nrequest.httpMethod = "POST"\nlet result = request');
    assert.equal(request.kind, 'call');
    assert.equal(request.kind === 'call' && knownText(request.kwarg('httpMethod')), 'POST');
    assert.equal(request.kind === 'call' && knownText(request.kwarg('url')), 'https://api.clarifai.com/v2/inputs');
  });
  it('reads dictionaries, URL pieces and bodies', async () => {
    const body = await swift('let id = "me"\nlet result = ["user_app_id": ["user_id": id]]');
    assert.equal(body.kind, 'obj');
    assert.equal(await text('let base = URL(string: "https://api.clarifai.com/v2")!\nlet result = base.appendingPathComponent("models")'), 'https://api.clarifai.com/v2/models');
    assert.equal(await text('var c = URLComponents()\nc.scheme = "https"\nc.host = "api.clarifai.com"\nc.path = "/v2/models"\nlet result = c.url!'), 'https://api.clarifai.com/v2/models');
    assert.equal(await text('let json = "{}"\nlet result = json.data(using: .utf8)!'), '{}');
  });
  it('says when a value is only known at run time', async () => {
    const env = await swift('let result = ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? "fallback"');
    assert.equal(env.kind === 'env' && env.name, 'CLARIFAI_PAT');
    assert.equal(env.kind === 'env' && knownText(env.fallback), 'fallback');
    const forced = await swift('let env = ProcessInfo.processInfo.environment\nlet result = env["CLARIFAI_PAT"]!');
    assert.equal(forced.kind === 'env' && forced.name, 'CLARIFAI_PAT');
    const plist = await swift('let result = Bundle.main.object(forInfoDictionaryKey: "CLARIFAI_API_KEY") as? String ?? ""');
    assert.equal(plist.kind, 'unknown');
    assert.equal(describeValue(plist), 'Bundle.main.infoDictionary["CLARIFAI_API_KEY"]');
    const param = await swift('func f(modelID: String) {\n    let result = modelID\n}');
    assert.equal(param.kind, 'param');
    const closure = await swift('task { data, response in\n    let result = data\n}');
    assert.equal(closure.kind, 'param');
  });
});

describe('the Swift grammar', () => {
  it('parses raw strings after other files (its scanner state is repaired on load)', async () => {
    const core = await analyzer();
    const code = 'import Foundation\nlet k = ProcessInfo.processInfo.environment["CLARIFAI_API_KEY"] ?? ""\nvar request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/general-image-recognition/outputs")!)\nrequest.setValue(#"Key \\#(k)"#, forHTTPHeaderField: "Authorization")\nURLSession.shared.dataTask(with: request).resume()\n';
    const first = await core.analyzeText(code, 'swift');
    for (let i = 0; i < 3; i++) assert.deepEqual(await core.analyzeText(code, 'swift'), first);
    assert.deepEqual(first.map((f) => f.rule), ['api-key-public-resource']);
    const tree = await parse('swift', 'let r = #"a"#\n');
    assert.equal(tree.rootNode.hasError, false);
  });
  it('gives an open document the findings of a fresh analysis after edits', async () => {
    const core = await analyzer();
    const doc = core.open('swift')!;
    let code = 'import Foundation\nlet k = ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? ""\nvar request = URLRequest(url: URL(string: "https://api.clarifai.com/v2/models/face-detection/outputs")!)\nrequest.setValue("Key \\(k)", forHTTPHeaderField: "Authorization")\nURLSession.shared.dataTask(with: request).resume()\n';
    doc.setText(code);
    const rules = [(await doc.analyze()).map((f) => f.rule)];
    // The header becomes a raw literal a `#` at a time (`#"Key \#(k)"#`), then the model and the first line change;
    // each edit is placed in the text the previous one left.
    const edits: ((text: string) => readonly [number, string])[] = [
      (t) => [t.indexOf('"Key'), '#'],
      (t) => [t.indexOf('\\(k)') + 1, '#'],
      (t) => [t.indexOf('", forHTTPHeaderField') + 1, '#'],
      (t) => [t.indexOf('face-detection'), 'x'],
      () => [0, '// c\n'],
    ];
    for (const edit of edits) {
      const [at, inserted] = edit(code);
      doc.applyChanges([{ start: at, end: at, text: inserted }]);
      code = code.slice(0, at) + inserted + code.slice(at);
      const incremental = await doc.analyze();
      assert.deepEqual(incremental, await core.analyzeText(code, 'swift'));
      rules.push(incremental.map((f) => f.rule));
    }
    // The closed raw literal sends the header the plain one did; an unknown model is no public resource.
    assert.deepEqual([rules[0], rules[3], rules[4]], [['missing-owner-ids'], ['missing-owner-ids'], []]);
    doc.dispose();
  });
});

describe('Swift credentials', () => {
  it('are found in a declaration whatever modifiers open it', async () => {
    const core = await analyzer();
    for (const modifiers of ['', 'private', 'nonisolated', 'override', '@MainActor static']) {
      const code = `struct A {\n    ${modifiers} let clarifaiPAT = "5f3c9e1a7b2d4c8e9f0a1b6d3e7c2f48"\n}\n`;
      assert.deepEqual((await core.analyzeText(code, 'swift')).map((f) => f.rule), ['hardcoded-credential'], modifiers);
    }
  });
});

describe('the Swift writer', () => {
  it('reads the environment as a String', () => assert.equal(swiftWriter.envRead('CLARIFAI_PAT', '"'), 'ProcessInfo.processInfo.environment["CLARIFAI_PAT"] ?? ""'));
  it('imports Foundation before the first import, unless a framework brings it', async () => {
    const envImport = async (text: string) => swiftWriter.envImport(text, await fixSupportFor('swift', text));
    assert.deepEqual(await envImport('import Alamofire\n'), [{ start: 0, end: 0, newText: 'import Foundation\n' }]);
    const headed = '//\n//  A.swift\n//\n\nlet a = 1\n';
    assert.deepEqual(await envImport(headed), [{ start: headed.indexOf('let'), end: headed.indexOf('let'), newText: 'import Foundation\n\n' }]);
    assert.deepEqual(await envImport('import UIKit\n'), []);
  });
  it('puts a read in parentheses where an operator would take it apart', async () => {
    const read = () => 'ProcessInfo.processInfo.environment["X"] ?? ""';
    const text = 'let a = "secret"\nlet b = "Key " + "secret"\nlet c = #"Key secret"#\n';
    const support = await fixSupportFor('swift', text);
    const at = (needle: string, from = 0) => text.indexOf(needle, from);
    assert.equal(swiftWriter.replaceInLiteral(text, { start: at('"secret"'), end: at('"secret"') + 8 }, { start: at('secret'), end: at('secret') + 6 }, read, support)?.newText, read());
    const second = at('"secret"', at('let b'));
    assert.equal(swiftWriter.replaceInLiteral(text, { start: second, end: second + 8 }, { start: second + 1, end: second + 7 }, read, support)?.newText, `(${read()})`);
    const raw = at('#"Key');
    assert.equal(swiftWriter.replaceInLiteral(text, { start: raw, end: raw + 14 }, { start: raw + 6, end: raw + 12 }, read, support)?.newText, `\\#(${read()})`);
  });
});
