// `--fix` and `--fix --dry-run` on the built CLI: the files written exactly (BOM, CRLF, mode, notebooks
// surgically), idempotence, the report of what remains, the diff, and the exit codes.
// The fixtures hold only hardcoded-credential findings, so that fixes other rules may gain do not change them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { API_KEY_CALL, CLEAN, makeProject, removeProject, runCli, runJson, SECRET, type JsonReport } from './helpers';
import { applyUnifiedDiff } from './patchText';

const PYTHON = `import clarifai\nCLARIFAI_PAT = "${SECRET}"\nprint("ready")\n`;
const PYTHON_FIXED = 'import os\nimport clarifai\nCLARIFAI_PAT = os.environ["CLARIFAI_PAT"]\nprint("ready")\n';

const JS_BOM_CRLF = `\uFEFF// Talks to Clarifai.\r\nconst CLARIFAI_PAT = '${SECRET}';\r\nmodule.exports = { CLARIFAI_PAT };\r\n`;
const JS_BOM_CRLF_FIXED = '\uFEFF// Talks to Clarifai.\r\nconst CLARIFAI_PAT = process.env.CLARIFAI_PAT;\r\nmodule.exports = { CLARIFAI_PAT };\r\n';

const PYTHON_CRLF = `"""Tags photos with Clarifai."""\r\nimport clarifai\r\nCLARIFAI_PAT = "${SECRET}"\r\n`;
const PYTHON_CRLF_FIXED = '"""Tags photos with Clarifai."""\r\nimport os\r\nimport clarifai\r\nCLARIFAI_PAT = os.environ["CLARIFAI_PAT"]\r\n';

/** As nbformat writes a notebook, with outputs and text outside ASCII that must survive byte for byte. */
const NOTEBOOK = `{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "intro",
   "metadata": {},
   "source": [
    "# Étiquetage des photos 📷"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "setup",
   "metadata": {
    "tags": ["paramètres"]
   },
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "prêt ✓\\n"
     ]
    },
    {
     "data": {
      "image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\\n",
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "import clarifai\\n",
    "CLARIFAI_PAT = \\"${SECRET}\\"\\n",
    "print(\\"prêt ✓\\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3 (ipykernel)",
   "language": "python",
   "name": "python3"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`;
const NOTEBOOK_FIXED = NOTEBOOK.replace(
  `    "import clarifai\\n",\n    "CLARIFAI_PAT = \\"${SECRET}\\"\\n",\n`,
  '    "import os\\n",\n    "import clarifai\\n",\n    "CLARIFAI_PAT = os.environ[\\"CLARIFAI_PAT\\"]\\n",\n',
);

const hasPatch = spawnSync('patch', ['--version']).status === 0;

/** The summary line `--fix` prints on stderr. */
function summary(stderr: string): string | undefined {
  return stderr.split('\n').find((l) => /^(would fix|fixed) /.test(l));
}

function read(root: string, name: string): string {
  return readFileSync(path.join(root, name), 'utf8');
}

describe('--fix', () => {
  test('the fixtures hold only hardcoded-credential findings', () => {
    const root = makeProject({ 'a.py': PYTHON, 'b.js': JS_BOM_CRLF, 'c.py': PYTHON_CRLF, 'n.ipynb': NOTEBOOK });
    try {
      const { report } = runJson(['.'], root);
      assert.deepEqual(report.findings.map((f) => [f.path, f.rule, f.fixable]), [
        ['a.py', 'hardcoded-credential', true],
        ['b.js', 'hardcoded-credential', true],
        ['c.py', 'hardcoded-credential', true],
        ['n.ipynb', 'hardcoded-credential', true],
      ]);
    } finally {
      removeProject(root);
    }
  });

  test('fixes every file of a folder scan and writes each back exactly, keeping BOM and CRLF', () => {
    const root = makeProject({ 'a.py': PYTHON, 'src/b.js': JS_BOM_CRLF, 'c.py': PYTHON_CRLF, 'clean.py': CLEAN, 'notes.txt': PYTHON });
    try {
      const run = runJson(['--fix', '.'], root);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), PYTHON_FIXED);
      assert.deepEqual(readFileSync(path.join(root, 'src/b.js')), Buffer.from(JS_BOM_CRLF_FIXED));
      assert.equal(read(root, 'c.py'), PYTHON_CRLF_FIXED);
      assert.equal(read(root, 'clean.py'), CLEAN);
      assert.equal(read(root, 'notes.txt'), PYTHON);
      assert.equal(summary(run.stderr), 'fixed 3 problems in 3 files');
      // The report lists what remains, in the fixed texts.
      assert.deepEqual(run.report.findings.filter((f) => f.rule === 'hardcoded-credential'), []);
      assert.equal(run.report.filesScanned, 4);
    } finally {
      removeProject(root);
    }
  });

  test('changes nothing the second time', () => {
    const root = makeProject({ 'a.py': PYTHON, 'b.js': JS_BOM_CRLF });
    try {
      assert.equal(summary(runCli(['--fix', '.'], root).stderr), 'fixed 2 problems in 2 files');
      const before = statSync(path.join(root, 'a.py'));
      const again = runCli(['--fix', '.'], root);
      assert.equal(summary(again.stderr), 'fixed 0 problems in 0 files');
      assert.equal(read(root, 'a.py'), PYTHON_FIXED);
      assert.equal(statSync(path.join(root, 'a.py')).mtimeMs, before.mtimeMs);
      const dry = runCli(['--fix', '--dry-run', '.'], root);
      assert.equal(dry.stdout, '');
      assert.equal(summary(dry.stderr), 'would fix 0 problems in 0 files');
    } finally {
      removeProject(root);
    }
  });

  test('keeps the file mode', { skip: process.platform === 'win32' && 'POSIX modes only' }, () => {
    const root = makeProject({ 'tool.py': `#!/usr/bin/env python3\n${PYTHON}` });
    try {
      chmodSync(path.join(root, 'tool.py'), 0o751);
      assert.equal(runCli(['--fix', 'tool.py'], root).status, 0);
      assert.equal(read(root, 'tool.py'), `#!/usr/bin/env python3\n${PYTHON_FIXED}`);
      assert.equal(statSync(path.join(root, 'tool.py')).mode & 0o777, 0o751);
    } finally {
      removeProject(root);
    }
  });

  test('writes only the source of the fixed notebook cell, leaving outputs and metadata byte for byte', () => {
    const root = makeProject({ 'n.ipynb': NOTEBOOK });
    try {
      const run = runJson(['--fix', 'n.ipynb'], root);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(read(root, 'n.ipynb'), NOTEBOOK_FIXED);
      assert.notEqual(NOTEBOOK_FIXED, NOTEBOOK);
      assert.equal(summary(run.stderr), 'fixed 1 problem in 1 file');
      assert.equal(summary(runCli(['--fix', 'n.ipynb'], root).stderr), 'fixed 0 problems in 0 files');
    } finally {
      removeProject(root);
    }
  });

  test('fixes only what the report shows: a rule turned off is not fixed', () => {
    const root = makeProject({ 'a.py': PYTHON });
    try {
      const run = runJson(['--fix', '--rule', 'hardcoded-credential=off', 'a.py'], root);
      assert.equal(read(root, 'a.py'), PYTHON);
      assert.equal(summary(run.stderr), 'fixed 0 problems in 0 files');
    } finally {
      removeProject(root);
    }
  });

  test('exits on what remains: 0 once the error findings are fixed, as a later scan would', () => {
    const root = makeProject({ 'a.py': PYTHON, 'error.py': API_KEY_CALL });
    try {
      const args = ['--rule', 'hardcoded-credential=error'];
      assert.equal(runCli([...args, 'a.py'], root).status, 1);
      assert.equal(runCli([...args, '--fix', 'a.py'], root).status, 0);
      // With an error finding of another rule, --fix exits as a scan of the fixed files does.
      const fixed = runJson([...args, '--fix', '.'], root);
      const after = runJson([...args, '.'], root);
      assert.equal(fixed.status, after.status);
      assert.deepEqual(fixed.report, after.report);
    } finally {
      removeProject(root);
    }
  });

  test('does not write a file that is not valid UTF-8, says why, and reports its findings as they are', () => {
    const bytes = Buffer.concat([Buffer.from('# caf\xe9\n', 'latin1'), Buffer.from(PYTHON)]);
    const root = makeProject({ 'latin1.py': bytes, 'a.py': PYTHON });
    try {
      const run = runJson(['--fix', '.'], root);
      assert.deepEqual(readFileSync(path.join(root, 'latin1.py')), bytes);
      assert.equal(read(root, 'a.py'), PYTHON_FIXED);
      assert.match(run.stderr, /^not fixed latin1\.py: it is not valid UTF-8/m);
      assert.equal(summary(run.stderr), 'fixed 1 problem in 1 file');
      assert.deepEqual(run.report.findings.map((f) => [f.path, f.rule, f.line]), [['latin1.py', 'hardcoded-credential', 3]]);
    } finally {
      removeProject(root);
    }
  });

  test('--help describes --fix and --dry-run', () => {
    const help = runCli(['--help'], process.cwd()).stdout;
    assert.match(help, /^ {6}--fix {2,}\S/m);
    assert.match(help, /^ {6}--dry-run {2,}\S/m);
  });
});

describe('--fix --dry-run', () => {
  const files = { 'a.py': PYTHON, 'src/b.js': JS_BOM_CRLF, 'c.py': PYTHON_CRLF, 'n.ipynb': NOTEBOOK, 'clean.py': CLEAN };

  test('writes nothing and prints a diff that gives, applied, what --fix writes', () => {
    const dry = makeProject(files);
    const fixed = makeProject(files);
    try {
      const run = runCli(['--fix', '--dry-run', '.'], dry);
      assert.equal(run.status, 1, run.stderr);
      for (const [name, content] of Object.entries(files)) assert.deepEqual(readFileSync(path.join(dry, name)), Buffer.from(content), name);
      assert.equal(summary(run.stderr), 'would fix 4 problems in 4 files');
      assert.deepEqual(run.stdout.split('\n').filter((l) => l.startsWith('--- ')), ['--- a/a.py', '--- a/c.py', '--- a/n.ipynb', '--- a/src/b.js']);
      assert.ok(run.stdout.includes('-CLARIFAI_PAT = "'), 'removed lines are shown as they are');
      assert.ok(run.stdout.includes('+const CLARIFAI_PAT = process.env.CLARIFAI_PAT;\r\n'), 'CRLF lines keep their \\r');

      runCli(['--fix', '.'], fixed);
      const patched = applyUnifiedDiff(run.stdout, (name) => readFileSync(path.join(dry, name), 'utf8'));
      assert.deepEqual([...patched.keys()].sort(), ['a.py', 'c.py', 'n.ipynb', 'src/b.js']);
      for (const [name, text] of patched) assert.equal(text, read(fixed, name), name);
    } finally {
      removeProject(dry);
      removeProject(fixed);
    }
  });

  test('gives a diff that patch applies', { skip: !hasPatch && 'patch is not installed' }, () => {
    const dry = makeProject(files);
    const fixed = makeProject(files);
    try {
      const diff = runCli(['--fix', '--dry-run', '.'], dry).stdout;
      runCli(['--fix', '.'], fixed);
      const patch = spawnSync('patch', ['-p1', '--quiet', '--batch'], { cwd: dry, input: diff, encoding: 'utf8' });
      assert.equal(patch.status, 0, patch.stdout + patch.stderr);
      for (const name of Object.keys(files)) assert.deepEqual(readFileSync(path.join(dry, name)), readFileSync(path.join(fixed, name)), name);
    } finally {
      removeProject(dry);
      removeProject(fixed);
    }
  });

  test('with nothing to fix prints nothing and exits as a scan: 0, or 1 for a remaining error', () => {
    const root = makeProject({ 'clean.py': CLEAN, 'error.py': API_KEY_CALL });
    try {
      const clean = runCli(['--fix', '--dry-run', 'clean.py'], root);
      assert.deepEqual([clean.status, clean.stdout, summary(clean.stderr)], [0, '', 'would fix 0 problems in 0 files']);
      // An error finding: 1 whether it remains or a fix for it would change the file.
      assert.equal(runCli(['--fix', '--dry-run', 'error.py'], root).status, 1);
    } finally {
      removeProject(root);
    }
  });

  test('--output writes the report of what would remain, in --format', () => {
    const root = makeProject({ 'a.py': PYTHON });
    try {
      const run = runCli(['--fix', '--dry-run', '--format', 'json', '--output', 'report.json', 'a.py'], root);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^--- a\/a\.py\n/);
      const report = JSON.parse(read(root, 'report.json')) as JsonReport;
      assert.deepEqual(report.findings.filter((f) => f.rule === 'hardcoded-credential'), []);
      assert.equal(read(root, 'a.py'), PYTHON);
    } finally {
      removeProject(root);
    }
  });

  for (const [args, message] of [
    [['--dry-run', '.'], /--dry-run only goes with --fix/],
    [['--fix', '--dry-run', '--format', 'json', '.'], /--fix --dry-run prints a diff, not a report; add --output <file>/],
  ] as const) {
    test(`is a usage error: ${args.join(' ')}`, () => {
      const root = makeProject({ 'a.py': PYTHON });
      try {
        const run = runCli([...args], root);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, new RegExp(`^clarifai-pat-lint: ${message.source}`));
        assert.equal(read(root, 'a.py'), PYTHON);
      } finally {
        removeProject(root);
      }
    });
  }
});
