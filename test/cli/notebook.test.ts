// Notebooks: positions in the .ipynb file as stored, the cell index, and broken notebooks skipped without a crash.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import path from 'node:path';
import { API_KEY_CALL, HARDCODED_PAT, makeProject, notebook, removeProject, runCli, runJson, SECRET, skippedLines } from './helpers';

/** The 1-based line and column where `needle` first occurs in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in the file`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('notebooks', () => {
  const root = makeProject({
    'analysis.ipynb': notebook([
      ['markdown', '# Tagging photos with Clarifai\n'],
      ['code', '%pip install clarifai-grpc\n'],
      ['code', API_KEY_CALL],
      ['code', HARDCODED_PAT],
    ]),
    'broken.ipynb': '{"cells": [{"cell_type": "code", "source": ["import clarifai\\n"',
    'ok.py': 'import clarifai\n',
  });
  after(() => removeProject(root));
  const stored = readFileSync(path.join(root, 'analysis.ipynb'), 'utf8');

  test('reports positions in the stored file and the 0-based cell', () => {
    const { report } = runJson(['analysis.ipynb'], root);
    assert.equal(report.findings.length, 2);
    const [error, warning] = report.findings;
    assert.equal(error!.rule, 'api-key-public-resource');
    assert.equal(error!.cell, 2);
    assert.deepEqual({ line: error!.line, column: error!.column }, positionOf(stored, 'stub.PostModelOutputs('));
    assert.deepEqual({ line: error!.endLine, column: error!.endColumn }, { line: error!.line, column: error!.column + 'stub.PostModelOutputs'.length });

    // The secret is stored between escaped quotes (\"…\"); the finding covers it, quotes or not, in file columns.
    assert.equal(warning!.rule, 'hardcoded-credential');
    assert.equal(warning!.cell, 3);
    const line = stored.split('\n')[warning!.line - 1]!;
    assert.match(line.slice(warning!.column - 1, warning!.endColumn - 1), new RegExp(`^(\\\\")?${SECRET}(\\\\")?$`));
  });

  test('shows stored positions in the text format too', () => {
    const run = runCli(['analysis.ipynb'], root);
    const { line, column } = positionOf(stored, 'stub.PostModelOutputs(');
    assert.match(run.stdout, new RegExp(`^analysis\\.ipynb:${line}:${column} error api-key-public-resource `, 'm'));
  });

  test('skips a notebook that is not valid JSON, says so, and goes on', () => {
    const run = runJson(['.'], root);
    assert.equal(run.status, 1);
    const skipped = skippedLines(run.stderr);
    assert.equal(skipped.length, 1);
    assert.match(skipped[0]!, /^skipped broken\.ipynb: cannot parse it: /);
    assert.equal(run.report.filesScanned, 2);
    assert.ok(run.report.findings.every((f) => f.path === 'analysis.ipynb'));
    const alone = runJson(['broken.ipynb', 'ok.py'], root);
    assert.equal(alone.status, 0, 'an unparsable file does not change the exit code');
    assert.match(alone.stderr, /^skipped broken\.ipynb: cannot parse it: invalid notebook JSON/m);
  });
});
