// Options, the text format and exit codes: 0 without error findings, 1 with one, 2 on bad usage.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import path from 'node:path';
import { API_KEY_CALL, CLEAN, CLI, HARDCODED_PAT, makeProject, removeProject, runCli, runJson, type JsonReport } from './helpers';

const packageVersion = (JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

describe('the command line', () => {
  const root = makeProject({
    'error.py': API_KEY_CALL,
    'warning.py': HARDCODED_PAT,
    'clean.py': CLEAN,
  });
  symlinkSync('missing.py', path.join(root, 'dangling.py'));
  after(() => removeProject(root));

  test('exits 0 without error findings and 1 with one', () => {
    assert.equal(runCli(['clean.py'], root).status, 0);
    assert.equal(runCli(['warning.py'], root).status, 0);
    assert.equal(runCli(['error.py'], root).status, 1);
    assert.equal(runCli(['clean.py', 'error.py'], root).status, 1);
  });

  for (const [args, message] of [
    [['--bogus'], /unknown option '--bogus'/],
    [['no-such-dir'], /cannot scan 'no-such-dir': no such file or directory/],
    [['dangling.py'], /cannot scan 'dangling.py': no such file or directory/],
    [['--format', 'xml'], /unknown format 'xml'/],
    [['--format'], /option --format needs a value/],
    [['--rule', 'no-such-rule=off'], /unknown rule 'no-such-rule'/],
    [['--rule', 'hardcoded-credential=loud'], /invalid severity 'loud' for rule hardcoded-credential/],
    [['--rule', 'hardcoded-credential'], /invalid --rule 'hardcoded-credential'/],
    [['--max-file-size', 'big'], /invalid --max-file-size 'big'/],
    [['--max-file-size', '0'], /invalid --max-file-size '0'/],
    [['--quiet=yes'], /option --quiet takes no value/],
  ] as const) {
    test(`exits 2 with one line on stderr for ${args.join(' ')}`, () => {
      const run = runCli([...args], root);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, new RegExp(`^clarifai-pat-lint: .*${message.source}`));
    });
  }

  test('prints one line per finding and a summary, without colours when piped', () => {
    const run = runCli(['.'], root);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /^error\.py:6:5 error api-key-public-resource \S.*$/);
    assert.match(lines[1]!, /^warning\.py:2:\d+ warning hardcoded-credential \S.*$/);
    assert.match(lines[2]!, /^1 error, 1 warning, 0 information, 0 hints; 3 files scanned, 1 skipped \(1 unreadable\); \d+(ms|\.\ds)$/);
    assert.doesNotMatch(run.stdout, /\x1b\[/);
  });

  test('--quiet lists error findings only, and the summary still counts all of them', () => {
    const run = runCli(['--quiet', 'error.py', 'warning.py'], root);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^error\.py:6:5 error /);
    assert.match(lines[1]!, /^1 error, 1 warning, /);
  });

  test('--rule turns a rule off or changes its severity, and the exit code follows', () => {
    const off = runJson(['--rule', 'api-key-public-resource=off', 'error.py', 'warning.py'], root);
    assert.equal(off.status, 0);
    assert.deepEqual(off.report.findings.map((f) => f.rule), ['hardcoded-credential']);

    const raised = runJson(['--rule', 'hardcoded-credential=error', '--rule', 'api-key-public-resource=off', 'warning.py', 'error.py'], root);
    assert.equal(raised.status, 1);
    assert.deepEqual(raised.report.findings.map((f) => [f.rule, f.severity]), [['hardcoded-credential', 'error']]);

    const lowered = runJson(['--rule=api-key-public-resource=warning', 'error.py'], root);
    assert.equal(lowered.status, 0);
    assert.deepEqual(lowered.report.findings.map((f) => f.severity), ['warning']);
  });

  test('--output writes the report to a file instead of stdout', () => {
    const run = runCli(['--format', 'json', '--output', 'report.json', 'error.py'], root);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as JsonReport;
    assert.deepEqual(report.findings.map((f) => f.rule), ['api-key-public-resource']);

    const failed = runCli(['--output', 'no-such-dir/report.txt', 'clean.py'], root);
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /^clarifai-pat-lint: cannot write the report to 'no-such-dir\/report.txt': no such file or directory$/m);
  });

  test('--stats prints one documented line on stderr', () => {
    const run = runCli(['--stats', '.'], root);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('stats: '));
    assert.equal(lines.length, 1);
    const match = /^stats: walked=(\d+) read=(\d+) gated=(\d+) analysed=(\d+) bytes=(\d+) wallMs=(\d+) peakRssMB=(\d+\.\d)$/.exec(lines[0]!);
    assert.ok(match, lines[0]);
    assert.deepEqual(match.slice(1, 5).map(Number), [4, 3, 3, 3]);
    assert.equal(Number(match[5]), API_KEY_CALL.length + HARDCODED_PAT.length + CLEAN.length);
  });

  test('--help and --version', () => {
    const help = runCli(['--help'], root);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: clarifai-pat-lint \[options\] \[paths\.\.\.\]$/m);
    for (const option of ['--format', '--output', '--rule', '--max-file-size', '--no-ignore', '--quiet', '--stats', '--version']) {
      assert.ok(help.stdout.includes(option), option);
    }
    assert.match(help.stdout, /stats: walked=/);
    const version = runCli(['--version'], root);
    assert.equal(version.status, 0);
    assert.equal(version.stdout, `${packageVersion}\n`);
  });

  test('loads the grammars from beside the bundle, only for files that need parsing, and exits 2 without them', () => {
    const project = makeProject({ 'unrelated.py': 'print("hello")\n', 'error.py': API_KEY_CALL });
    try {
      // The bundle alone in a folder, without the .wasm files the build copies beside it.
      const bundle = path.join(project, 'bin', 'cli.js');
      mkdirSync(path.dirname(bundle));
      copyFileSync(CLI, bundle);
      const run = (file: string) => spawnSync(process.execPath, [bundle, file], { cwd: project, encoding: 'utf8' });

      const gatedOut = run('unrelated.py');
      assert.equal(gatedOut.status, 0, gatedOut.stderr);

      const broken = run('error.py');
      assert.equal(broken.status, 2);
      assert.equal(broken.stdout, '');
      assert.equal(broken.stderr.trimEnd().split('\n').length, 1, broken.stderr);
      assert.ok(broken.stderr.startsWith(`clarifai-pat-lint: cannot load ${path.join(project, 'bin', 'tree-sitter')}`), broken.stderr);
      assert.match(broken.stderr, /\.wasm: no such file or directory/);
    } finally {
      removeProject(project);
    }
  });
});
