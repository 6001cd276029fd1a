// Format strings resolve like concatenations: literal text keeps its place in the source, arguments fill conversions.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compositeFormatValue, printfValue } from '../../server/src/core/values/format';
import { isHole, knownText, str, type Value } from '../../server/src/core/values/value';

const text = (s: string, at?: number): Value => str([{ text: s, at }]);
const env = (name: string): Value => ({ kind: 'env', name, names: [] });

describe('printf-style formats', () => {
  test('fill conversions in order, with literal arguments as text', () => {
    const url = printfValue(text('https://api.clarifai.com/v2/models/%s/versions/%s/outputs'), [text('general-image-recognition'), text('aa7f35c01e0642fda5cf400f543e7c40')]);
    assert.equal(knownText(url), 'https://api.clarifai.com/v2/models/general-image-recognition/versions/aa7f35c01e0642fda5cf400f543e7c40/outputs');
  });

  test('keep a run-time argument as a hole, and the text around it mapped onto the source', () => {
    const header = printfValue(text('Key %s', 10), [env('CLARIFAI_PAT')]);
    assert.equal(header.kind, 'str');
    const parts = header.kind === 'str' ? header.parts : [];
    assert.deepEqual(parts[0], { text: 'Key ', at: 10 });
    assert.ok(isHole(parts[1]!) && parts[1].hole.kind === 'env');
  });

  test('read explicit indexes, numbers, widths and %%', () => {
    assert.equal(knownText(printfValue(text('%2$s/%1$s 100%%'), [text('b'), text('a')])), 'a/b 100%');
    assert.equal(knownText(printfValue(text('n=%-3d'), [{ kind: 'prim', text: '7', names: [] }])), 'n=7');
  });

  test('give up when an argument is missing', () => {
    assert.equal(printfValue(text('%s and %s'), [text('one')]).kind, 'unknown');
  });
});

describe('composite formats', () => {
  test('fill {n} items and unescape braces', () => {
    assert.equal(knownText(compositeFormatValue(text('{{"model": "{0}", "n": {1:N0}}}'), [text('face-detection'), text('3')])), '{"model": "face-detection", "n": 3}');
  });
});
