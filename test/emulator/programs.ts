// The client programs under programs/: how to run each, what its `.before` version sends, what success prints.
import assert from 'node:assert/strict';
import path from 'node:path';
import { OWN_APP, type Emulator, type RecordedRequest } from './emulator';
import { runGo, runJava, runNode, runPhp, runPython, runRuby, runShell, type ProgramRun, type RunOptions } from './harness';

export type Runner = (emulator: Emulator, program: string, options?: RunOptions) => Promise<ProgramRun>;

export interface Program {
  name: string;
  extension: string;
  run: Runner;
  protocol: RecordedRequest['protocol'];
  /** The user_app_id the `.before` version sends. */
  before: RecordedRequest['userAppId'];
  /** A line the `.after` version prints on success. */
  printed: RegExp;
}

export const PROGRAMS: Program[] = [
  { name: 'node-fetch-rest', extension: 'mjs', run: runNode, protocol: 'rest', before: null, printed: /^train 1\.000$/m },
  { name: 'node-axios-rest', extension: 'js', run: runNode, protocol: 'rest', before: OWN_APP, printed: /^railway 0\.999$/m },
  { name: 'node-grpc', extension: 'js', run: runNode, protocol: 'grpc', before: null, printed: /^train: 0\.99/m },
  { name: 'node-legacy-general', extension: 'js', run: runNode, protocol: 'rest', before: null, printed: /^train 0\.9996$/m },
  { name: 'node-legacy-face', extension: 'js', run: runNode, protocol: 'rest', before: null, printed: /^face: top 0\.1871 left 0\.3512/m },
  { name: 'python-urllib-rest', extension: 'py', run: runPython, protocol: 'rest', before: null, printed: /^pizza 0\.998$/m },
  { name: 'python-requests-rest', extension: 'py', run: runPython, protocol: 'rest', before: null, printed: /^train 1\.0$/m },
  { name: 'curl-rest', extension: 'sh', run: runShell, protocol: 'rest', before: null, printed: /^train 0\.9996$/m },
  { name: 'ruby-nethttp-rest', extension: 'rb', run: runRuby, protocol: 'rest', before: null, printed: /^train 0\.9996$/m },
  { name: 'php-curl-rest', extension: 'php', run: runPhp, protocol: 'rest', before: null, printed: /^pizza 0\.998$/m },
  { name: 'java-httpclient-rest', extension: 'java', run: runJava, protocol: 'rest', before: null, printed: /^sfw 0\.9862$/m },
  { name: 'go-nethttp-rest', extension: 'go', run: runGo, protocol: 'rest', before: null, printed: /^train 0\.9996$/m },
];

export const programPath = (program: Program, version: 'before' | 'after') =>
  path.join(__dirname, 'programs', `${program.name}.${version}.${program.extension}`);

/** The one request a program made, checked to be the predict call it was meant to be. */
export function onlyPredictCall(run: ProgramRun, protocol: RecordedRequest['protocol']): RecordedRequest {
  assert.equal(run.requests.length, 1, `one request expected, the emulator saw ${run.requests.length}\n${run.stderr}`);
  const [request] = run.requests;
  assert.equal(request!.protocol, protocol);
  assert.equal(request!.rpc, 'PostModelOutputs');
  return request!;
}
