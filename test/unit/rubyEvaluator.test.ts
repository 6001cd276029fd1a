// Ruby value resolution: what `result` evaluates to at the end of each snippet, and which files are Ruby.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from '@vscode/tree-sitter-wasm';
import { rubyContext } from '../../server/src/core/detectors/ruby/context';
import { languageIdForPath, languageIdForShebang } from '../../server/src/core/languages';
import { describe as describeValue, knownText, type Value } from '../../server/src/core/values/value';
import { parse } from '../helpers/analyzer';

/** The value of the last `result = …`. */
async function ruby(code: string): Promise<Value> {
  const root = (await parse('ruby', code)).rootNode;
  const assignment = root.descendantsOfType('assignment').filter((n): n is Node => !!n && n.childForFieldName('left')?.text === 'result').pop()!;
  return rubyContext(root, code).ev.eval(assignment.childForFieldName('right'));
}

const text = async (code: string) => knownText(await ruby(code));

describe('Ruby strings', () => {
  it('interpolates, concatenates and decodes only what each quote decodes', async () => {
    assert.equal(await text('BASE = "https://api.clarifai.com/v2".freeze\nm = "face-detection"\nresult = "#{BASE}/models/#{m}/outputs"'), 'https://api.clarifai.com/v2/models/face-detection/outputs');
    assert.equal(await text("result = 'it\\'s ' + %q(a \\) b) << \"\\tc\""), "it's a ) b\tc");
    assert.equal(await text('k = "abc"\nresult = %Q{Key #{k}} + \'#{y}\''), 'Key abc#{y}');
  });
  it('reads heredocs, also when two open on one line', async () => {
    const value = await ruby('id = "general-image-recognition"\nresult = <<~A + <<~B\n  models/\nA\n  #{id}\nB\n');
    assert.equal(knownText(value)?.replace(/\s+/g, ''), 'models/general-image-recognition');
  });
  it('fills format strings and keeps named references for run time', async () => {
    assert.equal(await text("result = format('https://api.clarifai.com/v2/users/%s/apps/%s', 'me', 'app')"), 'https://api.clarifai.com/v2/users/me/apps/app');
    assert.equal(await text("k = 'abc'\nresult = 'Key %s' % k"), 'Key abc');
    assert.equal((await ruby("result = 'Key %{key}' % { key: 'abc' }")).kind, 'unknown');
  });
  it('appends with += and << statements in order', async () => {
    assert.equal(await text('u = "a"\nu += "b"\nu << "c"\nresult = u'), 'abc');
  });
});

describe('Ruby bindings', () => {
  it('reads hashes with symbol and string keys, and keys set later', async () => {
    const value = await ruby('h = { user_app_id: 1, "app_id" => "main", :user_id => "clarifai" }\nh["model"] = "m"\nresult = h');
    assert.equal(value.kind, 'obj');
    assert.deepEqual(value.kind === 'obj' ? [...value.keys].sort() : [], ['app_id', 'model', 'user_app_id', 'user_id']);
  });
  it('keeps a method\'s locals out of another method, and lets a block see its method\'s', async () => {
    assert.equal((await ruby('m = "outer"\ndef f\n  result = m\nend')).kind, 'unknown');
    assert.equal(await text('def f\n  m = "inner"\n  [1].each do |i|\n    result = m\n  end\nend'), 'inner');
  });
  it('reads constants of a module and instance variables set in another method', async () => {
    assert.equal(await text('module Config\n  URL = "u"\nend\nresult = Config::URL'), 'u');
    assert.equal(await text('class C\n  def initialize\n    @k = "v"\n  end\n  def g\n    result = @k\n  end\nend'), 'v');
  });
  it('follows a method of the file to what it returns', async () => {
    assert.equal(await text('def base\n  "https://api.clarifai.com"\nend\nresult = base + "/v2"'), 'https://api.clarifai.com/v2');
    const body = await ruby('def body(url)\n  { inputs: [url] }\nend\nresult = body(x).to_json');
    assert.deepEqual(body.kind === 'obj' ? body.keys : [], ['inputs']);
  });
  it('reads the parts of a URL', async () => {
    assert.equal(await text('uri = URI("https://api.clarifai.com/v2/models/x/outputs")\nresult = uri.request_uri'), '/v2/models/x/outputs');
    assert.equal(await text('uri = URI.parse("https://api.clarifai.com:443/v2")\nresult = uri.host'), 'api.clarifai.com');
  });
});

describe('Ruby run-time values', () => {
  it('reads the environment with its defaults', async () => {
    for (const code of ["result = ENV['CLARIFAI_PAT']", 'result = ENV.fetch("CLARIFAI_PAT")']) {
      const value = await ruby(code);
      assert.equal(value.kind === 'env' && value.name, 'CLARIFAI_PAT');
    }
    for (const code of ["result = ENV.fetch('X', 'd')", "result = ENV.fetch('X') { 'd' }", "result = ENV['X'] || 'd'"]) {
      const value = await ruby(code);
      assert.equal(value.kind === 'env' && knownText(value.fallback), 'd', code);
    }
  });
  it('names configuration and parameters by what the code calls them', async () => {
    assert.equal(describeValue(await ruby('result = Rails.application.credentials.clarifai[:api_key]')), 'Rails.application.credentials.clarifai[:api_key]');
    assert.equal((await ruby('def f(api_key)\n  result = api_key\nend')).kind, 'param');
  });
});

describe('Ruby files', () => {
  it('are known by extension and by shebang', () => {
    assert.equal(languageIdForPath('lib/tasks/photos.rake'), 'ruby');
    assert.equal(languageIdForPath('app/models/photo.rb'), 'ruby');
    assert.equal(languageIdForShebang('#!/usr/bin/env ruby'), 'ruby');
    assert.equal(languageIdForShebang('#!/usr/bin/ruby2.7 -w'), 'ruby');
    assert.equal(languageIdForShebang('#!/usr/bin/env rubocop'), undefined);
  });
});
