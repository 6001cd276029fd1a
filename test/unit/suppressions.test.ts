import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, RuleId } from '../../server/src/core/model';
import { applySuppressions, parseDirectives } from '../../server/src/core/suppressions';
import { LineIndex } from '../../server/src/core/text';

function comment(text: string, source: string) {
  const start = source.indexOf(text);
  assert.ok(start >= 0, `comment ${text} not in source`);
  return { text, span: { start, end: start + text.length } };
}

function finding(rule: RuleId, source: string, at: string): Finding {
  const start = source.indexOf(at);
  return { rule, severity: 'error', span: { start, end: start + at.length }, message: 'm', fixes: [], lineComment: true };
}

describe('parseDirectives', () => {
  const source = [
    '# clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- reason here',
    'call()',
    '// clarifai-ignore-file',
    '/* clarifai-ignore missing-owner-ids */',
    '# see clarifai-ignore-next-line for details',
    '# clarifai-ignore-next-line unknown-rule',
    '{/* clarifai-ignore-next-line hardcoded-credential */}',
    '# clarifai-ignore-nextline api-key-public-resource',
  ].join('\n');
  const lines = new LineIndex(source);
  const all = source.split('\n').map((l) => comment(l.replace(/^\{|\}$/g, ''), source));
  const directives = parseDirectives(all, lines);

  it('reads ids, commas and reasons, and points next-line at the following line', () => {
    assert.deepEqual(directives[0], { scope: 'next-line', rules: ['api-key-public-resource', 'wrong-owner-ids'], line: 1 });
  });
  it('reads a file directive without ids as every rule', () => {
    assert.deepEqual(directives[1], { scope: 'file', rules: [], line: 2 });
  });
  it('reads block comments and JSX comments', () => {
    assert.deepEqual(directives[2], { scope: 'line', rules: ['missing-owner-ids'], line: 3 });
    assert.deepEqual(directives[3], { scope: 'next-line', rules: ['hardcoded-credential'], line: 7 });
  });
  it('ignores prose that mentions a directive, misspellings and unknown rule ids', () => {
    assert.equal(directives.length, 4);
  });
});

describe('applySuppressions', () => {
  const source = 'a()  # clarifai-ignore wrong-owner-ids\n# clarifai-ignore-next-line\nb()\nc()\r\nd()\n';
  const lines = new LineIndex(source);
  const directives = parseDirectives([comment('# clarifai-ignore wrong-owner-ids', source), comment('# clarifai-ignore-next-line', source)], lines);

  it('drops only the named rule on the same line', () => {
    const kept = applySuppressions([finding('wrong-owner-ids', source, 'a()'), finding('api-key-public-resource', source, 'a()')], directives, lines);
    assert.deepEqual(kept.map((f) => f.rule), ['api-key-public-resource']);
  });
  it('drops every rule on the next line only', () => {
    const kept = applySuppressions([finding('wrong-owner-ids', source, 'b()'), finding('missing-owner-ids', source, 'c()'), finding('missing-owner-ids', source, 'd()')], directives, lines);
    assert.deepEqual(kept.map((f) => source.slice(f.span.start, f.span.end)), ['c()', 'd()']);
  });
});
