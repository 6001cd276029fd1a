// Runs real client programs (Node, Python, shell with curl) against the emulator, unchanged: their environment redirects
// api.clarifai.com:443 to it and makes them trust its CA. What each runtime gets:
// - Node: NODE_OPTIONS=--require <preload> (redirect/node-preload.ts, compiled here), NODE_EXTRA_CA_CERTS, and
//   GRPC_DEFAULT_SSL_ROOTS_FILE_PATH for grpc-js, which reads its roots from there when it is set (as on this machine);
// - Python: redirect/python/sitecustomize.py on PYTHONPATH, SSL_CERT_FILE (urllib) and REQUESTS_CA_BUNDLE (requests);
// - curl: CURL_HOME with a .curlrc holding `connect-to` and `cacert` (curl reads it unless given -q);
// - Ruby, PHP (its curl extension), Java and Go: the emulator's proxy in the variables or properties each honours, and
//   its CA through SSL_CERT_FILE, PHP's `curl.cainfo`, or a PKCS#12 trust store made with keytool for Java.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { transformSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { API_HOST, type Emulator, type RecordedRequest } from './emulator';

export interface RunOptions {
  /** Environment for the program on top of the redirection, e.g. `{ CLARIFAI_PAT: emulator.credentials.pat }`. */
  env?: Record<string, string>;
  args?: readonly string[];
  /** Kills the program after this long; 20 s unless given. */
  timeoutMs?: number;
}

export interface ProgramRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** The requests the emulator received while the program ran (runs against one emulator must not overlap). */
  requests: RecordedRequest[];
}

const PYTHON_REDIRECT = path.join(__dirname, 'redirect', 'python');

/** Variables of the test's own environment that would reach past the emulator or hand the program a real credential. */
const INHERITED_BUT_UNWANTED =
  /^(CLARIFAI_.*|API_ENDPOINT|NODE_OPTIONS|NODE_EXTRA_CA_CERTS|GRPC_.*|PYTHONPATH|PYTHONHOME|SSL_CERT_.*|REQUESTS_CA_BUNDLE|CURL_HOME|CURL_CA_BUNDLE|.*_proxy)$/i;

const prepared = new WeakMap<Emulator, Record<string, string>>();

/**
 * The environment variables that point every supported runtime at `emulator`; written once per emulator into its
 * scratch folder (the compiled Node preload and the .curlrc).
 */
export function redirectionEnv(emulator: Emulator): Record<string, string> {
  const known = prepared.get(emulator);
  if (known) return known;
  const preload = path.join(emulator.dir, 'node-preload.cjs');
  const source = readFileSync(path.join(__dirname, 'redirect', 'node-preload.ts'), 'utf8');
  writeFileSync(preload, transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' }).code);
  const curlHome = path.join(emulator.dir, 'curl');
  mkdirSync(curlHome, { recursive: true });
  writeFileSync(
    path.join(curlHome, '.curlrc'),
    `connect-to = "${API_HOST}:443:${emulator.host}:${emulator.port}"\ncacert = "${emulator.caFile}"\n`,
  );
  const env = {
    CLARIFAI_EMULATOR_ADDRESS: `${emulator.host}:${emulator.port}`,
    NODE_OPTIONS: `--require ${preload}`,
    NODE_EXTRA_CA_CERTS: emulator.caFile,
    GRPC_DEFAULT_SSL_ROOTS_FILE_PATH: emulator.caFile,
    PYTHONPATH: PYTHON_REDIRECT,
    PYTHONDONTWRITEBYTECODE: '1',
    SSL_CERT_FILE: emulator.caFile,
    REQUESTS_CA_BUNDLE: emulator.caFile,
    CURL_HOME: curlHome,
  };
  prepared.set(emulator, env);
  return env;
}

/** How a runtime is started: options before the program, and environment of its own (its proxy settings). */
interface Launch {
  before?: readonly string[];
  env?: Record<string, string>;
}

/** Runs `command ...before program ...args` in the program's folder. */
function run(emulator: Emulator, command: string, program: string, options: RunOptions, launch: Launch = {}): Promise<ProgramRun> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_BUT_UNWANTED.test(name)));
  const env = { ...inherited, ...redirectionEnv(emulator), ...launch.env, ...options.env };
  const first = emulator.requests.length;
  return new Promise((resolve, reject) => {
    const args = [...(launch.before ?? []), program, ...(options.args ?? [])];
    const child = spawn(command, args, { env, cwd: path.dirname(program), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 20_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, timedOut, stdout, stderr, requests: emulator.requests.slice(first) });
    });
  });
}

export function runNode(emulator: Emulator, program: string, options: RunOptions = {}): Promise<ProgramRun> {
  return run(emulator, process.execPath, program, options);
}

let python: Promise<string> | undefined;

/** The first of `python3` on PATH and Debian's that can import requests (a pyenv or venv python3 may shadow Debian's). */
export function pythonWithRequests(): Promise<string> {
  python ??= (async () => {
    for (const candidate of ['python3', '/usr/bin/python3']) {
      const works = await promisify(execFile)(candidate, ['-c', 'import requests']).then(() => true, () => false);
      if (works) return candidate;
    }
    throw new Error('no python3 that can import requests: `node scripts/ensure-test-packages.mjs` installs python3-requests');
  })();
  return python;
}

export async function runPython(emulator: Emulator, program: string, options: RunOptions = {}): Promise<ProgramRun> {
  return run(emulator, await pythonWithRequests(), program, options);
}

export function runShell(emulator: Emulator, script: string, options: RunOptions = {}): Promise<ProgramRun> {
  return run(emulator, 'bash', script, options);
}

/** The proxy variables Ruby's Net::HTTP (`http_proxy`, even for HTTPS), libcurl (`https_proxy`) and Go read. */
function proxyEnv(emulator: Emulator): Record<string, string> {
  const proxy = `http://${emulator.host}:${emulator.proxyPort}`;
  return { http_proxy: proxy, https_proxy: proxy, HTTPS_PROXY: proxy, no_proxy: '', NO_PROXY: '' };
}

export function runRuby(emulator: Emulator, program: string, options: RunOptions = {}): Promise<ProgramRun> {
  return run(emulator, 'ruby', program, options, { env: proxyEnv(emulator) });
}
export function runPhp(emulator: Emulator, program: string, options: RunOptions = {}): Promise<ProgramRun> {
  return run(emulator, 'php', program, options, { before: ['-d', `curl.cainfo=${emulator.caFile}`, '-d', `openssl.cafile=${emulator.caFile}`], env: proxyEnv(emulator) });
}

/** A single-file Java program, compiled in memory by the `java` launcher. */
export function runJava(emulator: Emulator, program: string, options: RunOptions = {}): Promise<ProgramRun> {
  const trustStore = path.join(emulator.dir, 'truststore.p12');
  if (!existsSync(trustStore)) {
    execFileSync('keytool', ['-importcert', '-noprompt', '-alias', 'emulator', '-file', emulator.caFile, '-keystore', trustStore, '-storetype', 'PKCS12', '-storepass', 'emulator'], { stdio: 'ignore' });
  }
  const properties = {
    'https.proxyHost': emulator.host,
    'https.proxyPort': String(emulator.proxyPort),
    'javax.net.ssl.trustStore': trustStore,
    'javax.net.ssl.trustStoreType': 'PKCS12',
    'javax.net.ssl.trustStorePassword': 'emulator',
  };
  return run(emulator, 'java', program, { timeoutMs: 60_000, ...options }, { before: Object.entries(properties).map(([k, v]) => `-D${k}=${v}`) });
}

/** A Go program of one file and the standard library, built by `go run` with nothing fetched. */
export function runGo(emulator: Emulator, program: string, options: RunOptions = {}): Promise<ProgramRun> {
  const env = { ...proxyEnv(emulator), GOPROXY: 'off', GOTOOLCHAIN: 'local', GO111MODULE: 'off', GOCACHE: path.join(os.tmpdir(), 'clarifai-emulator-gocache') };
  return run(emulator, 'go', program, { timeoutMs: 120_000, ...options }, { before: ['run'], env });
}
