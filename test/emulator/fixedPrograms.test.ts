// The project's own fixer on the programs users wrote: `clarifai-pat-lint --fix` rewrites each `.before` program, and
// the result, run unchanged against the emulator, succeeds where the original failed, sending the PAT and not the key.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAIN, startEmulator, type Emulator } from './emulator';
import { runPython } from './harness';
import { onlyPredictCall, programPath, PROGRAMS } from './programs';

const REPO = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO, 'server', 'out', 'cli.js');

describe('programs fixed by clarifai-pat-lint --fix against the emulator', () => {
  let emulator: Emulator;
  let scratch: string;

  before(async () => {
    assert.ok(existsSync(CLI), `the CLI is not built (${CLI}); run "npm run build"`);
    emulator = await startEmulator();
    scratch = mkdtempSync(path.join(tmpdir(), 'clarifai-fixed-'));
  });
  after(() => {
    emulator.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  for (const program of PROGRAMS) {
    it(`${program.name}: fixed, it succeeds with CLARIFAI_PAT and clarifai/main`, async () => {
      const file = path.join(scratch, `${program.name}.${program.extension}`);
      copyFileSync(programPath(program, 'before'), file);
      const fix = spawnSync(process.execPath, [CLI, '--fix', file], { cwd: scratch, encoding: 'utf8' });
      assert.equal(fix.status, 0, `the fixer leaves no error finding:\n${fix.stdout}${fix.stderr}`);
      assert.match(fix.stderr, /fixed [1-9]\d* problems? in 1 file/);
      const fixed = readFileSync(file, 'utf8');
      assert.match(fixed, /CLARIFAI_PAT/, 'the fixed program reads CLARIFAI_PAT');

      // Both credentials are set, as on a developer's machine: the fixed program must choose the PAT.
      const { apiKey, pat } = emulator.credentials;
      const run = await program.run(emulator, file, { env: { CLARIFAI_API_KEY: apiKey, CLARIFAI_PAT: pat, NODE_PATH: path.join(REPO, 'node_modules') } });
      assert.equal(run.timedOut, false);
      assert.equal(run.exitCode, 0, `${fixed}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
      assert.match(run.stdout, program.printed);
      const request = onlyPredictCall(run, program.protocol);
      assert.deepEqual({ credential: request.credential, userAppId: request.userAppId, code: request.status.code }, { credential: 'pat', userAppId: MAIN, code: 10000 });
    });
  }

  it('a key shared with the caller\'s own model keeps serving it; the public model gets a PAT beside it', async () => {
    const source = path.join(__dirname, 'programs', 'python-requests-shared-key.before.py');
    const { apiKey, pat } = emulator.credentials;
    const env = { CLARIFAI_API_KEY: apiKey, CLARIFAI_PAT: pat };
    const summary = (run: { requests: { credential: string; userAppId: unknown; status: { code: number } }[] }) =>
      run.requests.map((r) => ({ credential: r.credential, userAppId: r.userAppId, code: r.status.code }));

    const original = await runPython(emulator, source, { env });
    assert.equal(original.exitCode, 1);
    assert.deepEqual(summary(original), [
      { credential: 'app-key', userAppId: null, code: 10000 },
      { credential: 'app-key', userAppId: null, code: 21200 },
    ]);

    const file = path.join(scratch, 'shared-key.py');
    copyFileSync(source, file);
    const fix = spawnSync(process.execPath, [CLI, '--fix', file], { cwd: scratch, encoding: 'utf8' });
    assert.equal(fix.status, 0, fix.stdout + fix.stderr);
    const run = await runPython(emulator, file, { env });
    assert.equal(run.exitCode, 0, `${readFileSync(file, 'utf8')}\n${run.stderr}`);
    assert.match(run.stdout, /^own: my-dog\ngeneral: train\n$/);
    assert.deepEqual(summary(run), [
      { credential: 'app-key', userAppId: null, code: 10000 },
      { credential: 'pat', userAppId: MAIN, code: 10000 },
    ]);
  });
});
