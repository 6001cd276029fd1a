// The JSON report contract: exact keys, 1-based UTF-16 positions, relative `/` paths, ordering.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import path from 'node:path';
import { API_KEY_CALL, CLEAN, HARDCODED_PAT, makeProject, removeProject, runJson, SECRET, type JsonFinding } from './helpers';

const FINDING_KEYS = ['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'path', 'rule', 'severity'];

/** The text a finding covers, read back from the file with its 1-based, end-exclusive columns. */
function covered(source: string, f: JsonFinding): string {
  assert.equal(f.endLine, f.line, 'single-line finding');
  return source.split('\n')[f.line - 1]!.slice(f.column - 1, f.endColumn - 1);
}

describe('--format json', () => {
  const root = makeProject({
    'b.py': API_KEY_CALL + HARDCODED_PAT.replace('import clarifai\n', ''),
    'a.py': HARDCODED_PAT,
    'sub/dir/c.py': API_KEY_CALL,
    'clean.py': CLEAN,
    'unrelated.py': 'print("hello")\n',
    'emoji.py': `import clarifai\nx = "\u{1F600}"; CLARIFAI_PAT = "${SECRET}"\n`,
  });
  after(() => removeProject(root));

  test('has exactly the documented keys, at the top and on every finding', () => {
    const { report, status } = runJson(['.'], root);
    assert.equal(status, 1);
    assert.deepEqual(Object.keys(report).sort(), ['filesScanned', 'findings', 'version']);
    assert.equal(report.version, 1);
    assert.equal(report.filesScanned, 6);
    assert.ok(report.findings.length >= 5);
    for (const f of report.findings) {
      assert.deepEqual(Object.keys(f).sort(), FINDING_KEYS, `keys of ${JSON.stringify(f)}`);
      assert.equal(typeof f.message, 'string');
      assert.equal(typeof f.fixable, 'boolean');
    }
  });

  test('gives 1-based lines and columns with an exclusive end', () => {
    const { report } = runJson(['b.py'], root);
    const [error, warning] = report.findings;
    assert.equal(report.findings.length, 2);
    assert.deepEqual([error!.rule, error!.severity, error!.line], ['api-key-public-resource', 'error', 6]);
    const source = API_KEY_CALL + HARDCODED_PAT.replace('import clarifai\n', '');
    assert.equal(covered(source, error!), 'stub.PostModelOutputs');
    assert.deepEqual([warning!.rule, warning!.severity, warning!.line], ['hardcoded-credential', 'warning', 7]);
    assert.match(covered(source, warning!), new RegExp(`^"?${SECRET}"?$`));
  });

  test('counts columns in UTF-16 code units', () => {
    const { report } = runJson(['emoji.py'], root);
    assert.equal(report.findings.length, 1);
    const f = report.findings[0]!;
    // x = "😀"; puts 10 UTF-16 code units (9 code points) before CLARIFAI_PAT.
    assert.match(covered(`import clarifai\nx = "\u{1F600}"; CLARIFAI_PAT = "${SECRET}"\n`, f), new RegExp(`^"?${SECRET}"?$`));
    assert.ok(f.column === 27 || f.column === 26, `column ${f.column}`);
  });

  test('orders findings by path, then position, with paths relative to the working directory', () => {
    const { report } = runJson(['.'], root);
    const keys = report.findings.map((f) => `${f.path}:${f.line}`);
    assert.deepEqual(keys, ['a.py:2', 'b.py:6', 'b.py:7', 'emoji.py:2', 'sub/dir/c.py:6']);
    const fromSub = runJson(['..'], path.join(root, 'sub'));
    assert.deepEqual(
      fromSub.report.findings.map((f) => f.path),
      ['../a.py', '../b.py', '../b.py', '../emoji.py', 'dir/c.py'],
    );
  });

  test('reports no findings and exit code 0 for a clean tree', () => {
    const { report, status } = runJson(['clean.py', 'unrelated.py'], root);
    assert.equal(status, 0);
    assert.deepEqual(report, { version: 1, filesScanned: 2, findings: [] });
  });
});
