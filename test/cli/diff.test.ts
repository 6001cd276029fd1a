// The unified diff of `--fix --dry-run`: the format of `diff -u`, shortest edit scripts, and diffs that apply.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { diffLines, splitLines } from '../../server/src/core/lineDiff';
import { unifiedDiff } from '../../server/src/cli/unifiedDiff';
import { applyUnifiedDiff } from './patchText';

const hasGnuDiff = spawnSync('diff', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU') ?? false;

/** What `diff -u` prints for the two texts under the same labels. */
function gnuDiff(oldText: string, newText: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clarifai-pat-lint-diff-'));
  try {
    writeFileSync(path.join(dir, 'old'), oldText);
    writeFileSync(path.join(dir, 'new'), newText);
    return spawnSync('diff', ['-u', '--label', 'a/f', '--label', 'b/f', 'old', 'new'], { cwd: dir, encoding: 'utf8' }).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const numbered = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `line ${i + from}\n`).join('');

const CASES: Record<string, [string, string]> = {
  'one changed line in the middle': [numbered(10), numbered(10).replace('line 5\n', 'line five\n')],
  'a change on the first line': [numbered(8), numbered(8).replace('line 1\n', 'first\n')],
  'a change on the last line': [numbered(8), numbered(8).replace('line 8\n', 'last\n')],
  'a line added at the top': [numbered(6), 'import os\n' + numbered(6)],
  'a line added at the end': [numbered(6), numbered(7)],
  'lines removed': [numbered(12), numbered(12).replace('line 4\nline 5\n', '')],
  'two changes far apart: two hunks': [numbered(30), numbered(30).replace('line 3\n', 'three\n').replace('line 25\n', 'twenty-five\n')],
  'two changes six lines apart: one hunk': [numbered(30), numbered(30).replace('line 3\n', 'three\n').replace('line 10\n', 'ten\n')],
  'two changes seven lines apart: two hunks': [numbered(30), numbered(30).replace('line 3\n', 'three\n').replace('line 11\n', 'eleven\n')],
  'no newline at the end of either': ['a\nb\nc', 'a\nB\nc'],
  'the newline at the end removed': ['a\nb\nc\n', 'a\nb\nc'],
  'the newline at the end added': ['a\nb\nc', 'a\nb\nc\n'],
  'a new line after a last line without newline': ['a\nb', 'a\nb\nc\n'],
  'CRLF lines keep their carriage returns': ['a\r\nb\r\nc\r\n', 'a\r\nB\r\nc\r\n'],
  'from empty': ['', 'a\nb\n'],
  'to empty': ['a\nb\n', ''],
  'a single line replaced': ['x\n', 'y\n'],
  'a repeated line': ['a\nb\na\nb\na\n', 'a\nb\nX\nb\na\n'],
};

describe('unified diff', () => {
  test('splits lines after each \\n, keeping \\r and a last line without newline', () => {
    assert.deepEqual(splitLines(''), []);
    assert.deepEqual(splitLines('a\r\nb\nc'), ['a\r\n', 'b\n', 'c']);
    assert.deepEqual(splitLines('a\n'), ['a\n']);
  });

  test('is empty for equal texts', () => {
    assert.equal(unifiedDiff('a\nb\n', 'a\nb\n', 'a/f', 'b/f'), '');
    assert.equal(unifiedDiff('', '', 'a/f', 'b/f'), '');
  });

  test('writes headers, hunk ranges, context and the no-newline marker', () => {
    assert.equal(
      unifiedDiff(numbered(10), numbered(10).replace('line 5\n', 'line five\n'), 'a/x.py', 'b/x.py'),
      '--- a/x.py\n+++ b/x.py\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n',
    );
    assert.equal(unifiedDiff('x', 'y', 'a/f', 'b/f'), '--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n');
    assert.equal(unifiedDiff('', 'a\n', 'a/f', 'b/f'), '--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n');
    assert.equal(unifiedDiff('a\r\n', 'b\r\n', 'a/f', 'b/f'), '--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\r\n+b\r\n');
  });

  for (const [name, [oldText, newText]] of Object.entries(CASES)) {
    test(`is what diff -u prints: ${name}`, { skip: !hasGnuDiff && 'GNU diff is not installed' }, () => {
      assert.equal(unifiedDiff(oldText, newText, 'a/f', 'b/f'), gnuDiff(oldText, newText));
    });
    test(`applies back: ${name}`, () => {
      const diff = unifiedDiff(oldText, newText, 'a/f', 'b/f');
      assert.equal(applyUnifiedDiff(diff, () => oldText).get('f') ?? oldText, newText);
    });
  }

  test('finds a shortest edit script and applies back, on random texts', () => {
    // A fixed seed: the same texts on every run.
    let seed = 12345;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = () => Array.from({ length: random(12) }, () => 'abcd'[random(4)] + (random(3) === 0 ? '\r\n' : '\n')).join('') + (random(4) === 0 ? 'z' : '');
    for (let round = 0; round < 300; round++) {
      const oldText = text();
      const newText = text();
      const a = splitLines(oldText);
      const b = splitLines(newText);
      const ops = diffLines(a, b);
      const changes = ops.filter((op) => op !== 'equal').length;
      assert.equal(changes, a.length + b.length - 2 * lcsLength(a, b), `${JSON.stringify(oldText)} → ${JSON.stringify(newText)}`);
      const diff = unifiedDiff(oldText, newText, 'a/f', 'b/f');
      assert.equal(applyUnifiedDiff(diff, () => oldText).get('f') ?? oldText, newText);
    }
  });

  test('stays fast on a long file with a few changes', () => {
    const long = numbered(200_000);
    const changed = long.replace('line 10\n', 'ten\n').replace('line 199990\n', 'nearly done\n');
    const started = performance.now();
    const diff = unifiedDiff(long, changed, 'a/f', 'b/f');
    assert.ok(performance.now() - started < 5000, 'under five seconds');
    assert.equal((diff.match(/^@@ /gm) ?? []).length, 2);
  });
});

/** The length of a longest common subsequence, by dynamic programming. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}
