// The fix loop: passes until nothing changes, the count of fixed findings, and the bound on passes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countApplied, fixUntilSettled, MAX_FIX_PASSES } from '../../server/src/cli/fixPasses';

describe('fix passes', () => {
  test('repeats until a pass changes nothing, and analyses each new text once', async () => {
    const analysed: string[] = [];
    // Each pass fixes one `x`; the analysis is the number of `x` left.
    const run = await fixUntilSettled(
      'xxx',
      3,
      async (text) => (analysed.push(text), [...text].filter((c) => c === 'x').length),
      (text, left) => (left === 0 ? undefined : { text: text.replace('x', 'y'), problems: 1 }),
    );
    assert.deepEqual(run, { first: 3, last: 0, text: 'yyy', problems: 3, settled: true });
    assert.deepEqual(analysed, ['yxx', 'yyx', 'yyy']);
  });

  test(`stops after ${MAX_FIX_PASSES} passes when the fixes never settle, and says so`, async () => {
    let analyses = 0;
    const run = await fixUntilSettled(
      '',
      0,
      async () => ++analyses,
      (text) => ({ text: text + '.', problems: 1 }),
    );
    assert.equal(run.settled, false);
    assert.equal(run.text, '.'.repeat(MAX_FIX_PASSES));
    assert.equal(run.problems, MAX_FIX_PASSES);
    assert.equal(analyses, MAX_FIX_PASSES);
  });

  test('counts the findings whose preferred fix is among the merged edits', () => {
    const insert = { start: 0, end: 0, newText: 'import os\n' };
    const findings = [
      { fixes: [{ title: 'a', edits: [insert, { start: 5, end: 9, newText: 'A' }] }] },
      { fixes: [{ title: 'b', edits: [insert, { start: 12, end: 14, newText: 'B' }] }] },
      // Left for the next pass: its edit overlaps the first one's.
      { fixes: [{ title: 'c', edits: [{ start: 6, end: 7, newText: 'C' }] }] },
      { fixes: [] },
    ];
    assert.equal(countApplied(findings, [insert, { start: 5, end: 9, newText: 'A' }, { start: 12, end: 14, newText: 'B' }]), 2);
  });
});
