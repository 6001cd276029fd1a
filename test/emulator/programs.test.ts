// Real client programs, unchanged, against the emulator: each program as users wrote it before the PAT-only change fails
// the way they saw (with an app key), and its corrected version succeeds with CLARIFAI_PAT.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAIN, startEmulator, type Emulator } from './emulator';
import type { ProgramRun } from './harness';
import { onlyPredictCall, programPath, PROGRAMS } from './programs';

describe('client programs against the emulator', () => {
  let emulator: Emulator;

  before(async () => {
    emulator = await startEmulator();
  });
  after(() => emulator.close());

  function assertNoSecret(run: ProgramRun): void {
    for (const secret of [emulator.credentials.apiKey, emulator.credentials.pat]) {
      assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'a credential was printed');
    }
  }

  for (const program of PROGRAMS) {
    it(`${program.name}.before fails as users saw: Model does not exist (21200)`, async () => {
      const run = await program.run(emulator, programPath(program, 'before'), { env: { CLARIFAI_API_KEY: emulator.credentials.apiKey } });
      assert.equal(run.timedOut, false);
      assert.equal(run.exitCode, 1, `stdout: ${run.stdout}\nstderr: ${run.stderr}`);
      assert.match(run.stdout + run.stderr, /Model does not exist/);
      const request = onlyPredictCall(run, program.protocol);
      assert.deepEqual(
        { credential: request.credential, userAppId: request.userAppId, code: request.status.code },
        { credential: 'app-key', userAppId: program.before, code: 21200 },
      );
      assertNoSecret(run);
    });

    it(`${program.name}.after succeeds with CLARIFAI_PAT and clarifai/main`, async () => {
      const run = await program.run(emulator, programPath(program, 'after'), { env: { CLARIFAI_PAT: emulator.credentials.pat } });
      assert.equal(run.timedOut, false);
      assert.equal(run.exitCode, 0, `stdout: ${run.stdout}\nstderr: ${run.stderr}`);
      assert.match(run.stdout, program.printed);
      const request = onlyPredictCall(run, program.protocol);
      assert.deepEqual(
        { credential: request.credential, userAppId: request.userAppId, code: request.status.code },
        { credential: 'pat', userAppId: MAIN, code: 10000 },
      );
      assertNoSecret(run);
    });
  }

  it('a corrected program still fails when CLARIFAI_PAT holds an app key: the key cannot reach clarifai/main', async () => {
    const program = PROGRAMS[0]!;
    const run = await program.run(emulator, programPath(program, 'after'), { env: { CLARIFAI_PAT: emulator.credentials.apiKey } });
    assert.equal(run.exitCode, 1);
    assert.match(run.stderr, /Invalid API key or Invalid API key\/application pair/);
    assert.deepEqual(run.requests.map((request) => [request.credential, request.status.code]), [['app-key', 11008]]);
  });

  it('a program given no credential is told the authorization header is malformed', async () => {
    const program = PROGRAMS.find((candidate) => candidate.name === 'python-requests-rest')!;
    const run = await program.run(emulator, programPath(program, 'after'), { env: { CLARIFAI_PAT: '' } });
    assert.equal(run.exitCode, 1);
    assert.match(run.stderr, /Clarifai error: Invalid request/);
    assert.deepEqual(run.requests.map((request) => [request.credential, request.status.code]), [['none', 11102]]);
  });
});
