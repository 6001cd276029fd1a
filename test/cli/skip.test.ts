// Files the scan skips and says so: binary, minified, oversized (checked before reading), unreadable.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import path from 'node:path';
import { API_KEY_CALL, CLEAN, makeProject, removeProject, runCli, runJson, skippedLines } from './helpers';

const MB = 1024 * 1024;

/** A Python file of about `bytes` bytes that holds the API-key error near its end. */
function bigPython(bytes: number): string {
  const filler = '# ' + 'x'.repeat(97) + '\n';
  return filler.repeat(Math.ceil(bytes / filler.length)) + API_KEY_CALL;
}

function statsOf(stderr: string): Record<string, number> {
  const line = stderr.split('\n').find((l) => l.startsWith('stats: '));
  assert.ok(line, 'a stats line');
  return Object.fromEntries(line.slice('stats: '.length).split(' ').map((pair) => {
    const [key, value] = pair.split('=');
    return [key!, Number(value)];
  }));
}

describe('skipped files', () => {
  // bundle.js: one line of 22,035 bytes; wide.js: five lines of 1,216 bytes in all, 243 on average.
  const bundle = `var clarifai = require("clarifai");${' var a = 1;'.repeat(2000)}\n`;
  const wide = `// clarifai\n${'x'.repeat(300)}\n${'y'.repeat(300)}\n${'z'.repeat(300)}\n${'w'.repeat(300)}\n`;
  const root = makeProject({
    'ok.py': CLEAN,
    'binary.py': Buffer.concat([Buffer.from('import clarifai\n'), Buffer.from([0, 1, 2, 3])]),
    'vendor/lib.min.js': 'var clarifai=1;',
    'bundle.js': bundle,
    'wide.js': wide,
    'huge.py': bigPython(3 * MB),
    'medium.py': bigPython(2 * 1024),
    'bad.ipynb': '{"cells": [ "clarifai" ',
  });
  symlinkSync('missing.py', path.join(root, 'dangling.py'));
  after(() => removeProject(root));

  test('reports each skipped file with its reason, and counts them in the summary', () => {
    const run = runCli(['.'], root);
    const skipped = skippedLines(run.stderr);
    assert.match(skipped[0]!, /^skipped bad\.ipynb: cannot parse it: invalid notebook JSON at line 1: /);
    assert.deepEqual(skipped.slice(1), [
      'skipped binary.py: binary (a NUL byte in the first 8 KB)',
      `skipped bundle.js: minified (a line of ${bundle.length - 1} bytes)`,
      'skipped dangling.py: cannot read it: no such file or directory',
      'skipped huge.py: 3 MB is over the 2 MB limit',
      'skipped vendor/lib.min.js: minified (by its name)',
      `skipped wide.js: minified (lines average ${Math.round(wide.length / 5)} bytes)`,
    ]);
    assert.match(run.stdout, /; 2 files scanned, 7 skipped \(1 too large, 1 binary, 3 minified, 1 unreadable, 1 unparsable\); /);
    assert.equal(run.status, 1, 'medium.py holds an error; the skipped files change nothing');
  });

  test('checks the size before reading, and --max-file-size sets the limit', () => {
    const defaults = runCli(['--stats', 'huge.py', 'medium.py'], root);
    assert.deepEqual(skippedLines(defaults.stderr), ['skipped huge.py: 3 MB is over the 2 MB limit']);
    const stats = statsOf(defaults.stderr);
    assert.equal(stats.walked, 2);
    assert.equal(stats.read, 1, 'huge.py is never read');
    assert.ok(stats.bytes! < 3 * 1024);

    const raised = runJson(['--max-file-size', '4MB', 'huge.py'], root);
    assert.deepEqual(skippedLines(raised.stderr), []);
    assert.deepEqual(raised.report.findings.map((f) => f.rule), ['api-key-public-resource']);
    assert.equal(raised.status, 1);

    const lowered = runJson(['--max-file-size=1KB', 'medium.py'], root);
    const mediumKB = (Buffer.byteLength(bigPython(2 * 1024)) / 1024).toFixed(1);
    assert.deepEqual(skippedLines(lowered.stderr), [`skipped medium.py: ${mediumKB} KB is over the 1 KB limit`]);
    assert.deepEqual(lowered.report, { version: 1, filesScanned: 0, findings: [] });
    assert.equal(lowered.status, 0);

    const bytes = runJson(['--max-file-size', '3000000', 'huge.py'], root);
    assert.match(bytes.stderr, /^skipped huge\.py: 3 MB is over the 2\.9 MB limit$/m);
  });

  test('files that cannot be read or parsed leave the exit code at 0', () => {
    const clean = makeProject({ 'ok.py': CLEAN, 'bad.ipynb': '{"cells": [ "clarifai" ' });
    try {
      symlinkSync('missing.py', path.join(clean, 'dangling.py'));
      const run = runJson(['.'], clean);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.report.filesScanned, 1);
      assert.equal(skippedLines(run.stderr).length, 2);
      assert.match(run.stderr, /^skipped dangling\.py: cannot read it: no such file or directory$/m);
    } finally {
      removeProject(clean);
    }
  });
});
