// Which files a scan reaches: .gitignore files (root, nested, parents), .git/info/exclude, node_modules, explicit paths.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import path from 'node:path';
import { API_KEY_CALL, makeProject, removeProject, runJson } from './helpers';

/** Every file holds the same error finding, so the reported paths are exactly the files scanned. */
function scannedPaths(args: string[], cwd: string): string[] {
  const { report, status, stderr } = runJson(args, cwd);
  assert.notEqual(status, 2, stderr);
  return [...new Set(report.findings.map((f) => f.path))];
}

describe('walking folders', () => {
  const root = makeProject({
    '.gitignore': 'ignored.py\nbuild/\ngenerated_*.py\n',
    '.git/info/exclude': 'excluded.py\n',
    'kept.py': API_KEY_CALL,
    'ignored.py': API_KEY_CALL,
    'excluded.py': API_KEY_CALL,
    'build/out.py': API_KEY_CALL,
    'generated_x.py': API_KEY_CALL,
    'node_modules/pkg/index.py': API_KEY_CALL,
    'sub/.gitignore': 'local.py\n!generated_kept.py\n',
    'sub/kept.py': API_KEY_CALL,
    'sub/local.py': API_KEY_CALL,
    'sub/ignored.py': API_KEY_CALL,
    'sub/generated_kept.py': API_KEY_CALL,
    'sub/generated_dropped.py': API_KEY_CALL,
    'sub/node_modules/dep.py': API_KEY_CALL,
    'sub/deeper/local.py': API_KEY_CALL,
    'other/local.py': API_KEY_CALL,
    'notes.txt': API_KEY_CALL,
  });
  after(() => removeProject(root));

  test('honours the root and nested .gitignore files and .git/info/exclude, and skips node_modules', () => {
    assert.deepEqual(scannedPaths(['.'], root), ['kept.py', 'other/local.py', 'sub/generated_kept.py', 'sub/kept.py']);
  });

  test('honours .gitignore files in parent folders up to the repository root', () => {
    assert.deepEqual(scannedPaths(['sub'], root), ['sub/generated_kept.py', 'sub/kept.py']);
    assert.deepEqual(scannedPaths(['.'], path.join(root, 'sub')), ['generated_kept.py', 'kept.py']);
  });

  test('--no-ignore scans ignored files but still skips node_modules', () => {
    assert.deepEqual(scannedPaths(['--no-ignore', '.'], root), [
      'build/out.py',
      'excluded.py',
      'generated_x.py',
      'ignored.py',
      'kept.py',
      'other/local.py',
      'sub/deeper/local.py',
      'sub/generated_dropped.py',
      'sub/generated_kept.py',
      'sub/ignored.py',
      'sub/kept.py',
      'sub/local.py',
    ]);
  });

  test('scans a file named on the command line even when it is ignored', () => {
    assert.deepEqual(scannedPaths(['ignored.py', 'sub/local.py', 'node_modules/pkg/index.py'], root), ['ignored.py', 'node_modules/pkg/index.py', 'sub/local.py']);
  });

  test('scans a folder named on the command line even when it is ignored', () => {
    assert.deepEqual(scannedPaths(['build'], root), ['build/out.py']);
  });

  test('scans a file only once when paths overlap', () => {
    const { report } = runJson(['.', 'sub', 'kept.py'], root);
    assert.equal(report.filesScanned, 4);
    assert.equal(report.findings.length, 4);
  });
});
