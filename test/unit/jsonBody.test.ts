// JSON written as a string, read into values: the same document JSON.parse reads, and each string written whole
// knows where, so that a fix can replace an id in place.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonValue } from '../../server/src/core/clarifai/jsonBody';
import { userAppIdFrom } from '../../server/src/core/clarifai/target';
import { field, knownText, str, type Value } from '../../server/src/core/values/value';

/** A string value whose text sits in the source at `at`, inside a literal that starts one character before. */
const source = (text: string, at: number): Value => str([{ text, at, literal: { start: at - 1, end: at + text.length + 1 } }]);

describe('JSON bodies', () => {
  it('read what JSON.parse reads: objects, arrays, numbers, literals and escapes', () => {
    const body = jsonValue(str([{ text: '{"a": [1, -2.5e3, true, null], "b": {"c": "x\\ny\\u0041"}, "a2": {}}' }]))!;
    const a = field(body, 'a');
    const items = a?.kind === 'list' ? a.items.map((item) => item()) : [];
    assert.deepEqual(items.map((v) => (v.kind === 'prim' ? v.text : v.kind)), ['1', '-2.5e3', 'true', 'null']);
    assert.equal(knownText(field(field(body, 'b'), 'c')), 'x\nyA');
  });

  it('refuse text that is not JSON', () => {
    for (const text of ['{"a": 1,}', '{a: 1}', '"open', '[1 2]', '{"a": 1} x']) assert.equal(jsonValue(str([{ text }])), undefined, text);
  });

  it('give a string written whole in the source its place, quotes included', () => {
    const text = '{"user_app_id": {"user_id": "me", "app_id": "my-app"}}';
    const ids = field(jsonValue(source(text, 100)), 'user_app_id');
    const owner = userAppIdFrom(field(ids, 'user_id'), field(ids, 'app_id'));
    assert.deepEqual(owner.userId?.written, { span: { start: 100 + text.indexOf('"me"'), end: 100 + text.indexOf('"me"') + 4 }, via: [] });
  });

  it('give a string that is a constant\'s whole text the constant\'s literal', () => {
    // `{"user_id": "` + USER_ID + `"}` with USER_ID = "me" written at 40.
    const text = str([{ text: '{"user_id": "' }, { text: 'me', at: 41, literal: { start: 40, end: 44 }, from: ['USER_ID'] }, { text: '"}' }]);
    const user = field(jsonValue(text), 'user_id');
    assert.deepEqual(userAppIdFrom(user, undefined).userId?.written, { span: { start: 40, end: 44 }, via: ['USER_ID'] });
  });

  it('give no place to a string whose quotes are escapes of the enclosing literal', () => {
    // `"{\"user_id\": \"me\"}"`: the JSON quotes are written as escapes, which the source does not map.
    const text = str([{ text: '{' }, { text: '"' }, { text: 'user_id', at: 3 }, { text: '"' }, { text: ': ', at: 12 }, { text: '"' }, { text: 'me', at: 16 }, { text: '"' }, { text: '}' }]);
    assert.equal(userAppIdFrom(field(jsonValue(text), 'user_id'), undefined).userId?.written, undefined);
  });
});
