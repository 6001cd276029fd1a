// Real client programs, unchanged, against the emulator: each program as users wrote it before the PAT-only change fails
// the way they saw (with an app key), and its corrected version succeeds with CLARIFAI_PAT.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAIN, OWN_APP, startEmulator, type Emulator, type RecordedRequest } from './emulator';
import { runNode, runPython, runShell, type ProgramRun, type RunOptions } from './harness';

type Runner = (emulator: Emulator, program: string, options?: RunOptions) => Promise<ProgramRun>;

interface Program {
  name: string;
  extension: string;
  run: Runner;
  protocol: RecordedRequest['protocol'];
  /** The user_app_id the `.before` version sends. */
  before: RecordedRequest['userAppId'];
  /** A line the `.after` version prints on success. */
  printed: RegExp;
}

const PROGRAMS: Program[] = [
  { name: 'node-fetch-rest', extension: 'mjs', run: runNode, protocol: 'rest', before: null, printed: /^train 1\.000$/m },
  { name: 'node-axios-rest', extension: 'js', run: runNode, protocol: 'rest', before: OWN_APP, printed: /^railway 0\.999$/m },
  { name: 'node-grpc', extension: 'js', run: runNode, protocol: 'grpc', before: null, printed: /^train: 0\.99/m },
  { name: 'node-legacy-general', extension: 'js', run: runNode, protocol: 'rest', before: null, printed: /^train 0\.9996$/m },
  { name: 'node-legacy-face', extension: 'js', run: runNode, protocol: 'rest', before: null, printed: /^face: top 0\.1871 left 0\.3512/m },
  { name: 'python-urllib-rest', extension: 'py', run: runPython, protocol: 'rest', before: null, printed: /^pizza 0\.998$/m },
  { name: 'python-requests-rest', extension: 'py', run: runPython, protocol: 'rest', before: null, printed: /^train 1\.0$/m },
  { name: 'curl-rest', extension: 'sh', run: runShell, protocol: 'rest', before: null, printed: /^train 0\.9996$/m },
];

const programPath = (program: Program, version: 'before' | 'after') =>
  path.join(__dirname, 'programs', `${program.name}.${version}.${program.extension}`);

/** The one request a program made, checked to be the predict call it was meant to be. */
function onlyPredictCall(run: ProgramRun, protocol: RecordedRequest['protocol']): RecordedRequest {
  assert.equal(run.requests.length, 1, `one request expected, the emulator saw ${run.requests.length}\n${run.stderr}`);
  const [request] = run.requests;
  assert.equal(request!.protocol, protocol);
  assert.equal(request!.rpc, 'PostModelOutputs');
  return request!;
}

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
