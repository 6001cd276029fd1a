// Child processes for the harness: timed steps, commands with captured output, and process groups that are always stopped.
import { spawn } from 'node:child_process';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */

/** @type {Set<ChildProcess>} process groups started by this process and not yet stopped: killed on exit, Ctrl-C or SIGTERM */
const groups = new Set();
/** @type {Array<() => Promise<void>>} */
const interruptHandlers = [];

process.on('exit', () => {
  for (const child of groups) signalGroup(child, 'SIGKILL');
});
let interrupted = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    if (interrupted) process.exit(130); // a second Ctrl-C: skip the handlers, the exit handler still kills the groups
    interrupted = true;
    console.error(`\n${signal}: stopping the processes this run started (again to skip saving the artifacts)`);
    Promise.allSettled(interruptHandlers.map((handler) => handler())).finally(() => process.exit(130));
  });
}

/**
 * Registers `handler` to run (before the process groups are killed) when the process is interrupted.
 * @param {() => Promise<void>} handler
 * @returns {() => void} removes the handler
 */
export function onInterrupt(handler) {
  interruptHandlers.push(handler);
  return () => {
    const index = interruptHandlers.indexOf(handler);
    if (index >= 0) interruptHandlers.splice(index, 1);
  };
}

/**
 * Runs `action` as a named step, printing its name and how long it took.
 * @template T
 * @param {string} title
 * @param {() => Promise<T>} action
 * @returns {Promise<T>}
 */
export async function step(title, action) {
  const started = performance.now();
  console.log(`• ${title}`);
  try {
    const result = await action();
    console.log(`  done in ${seconds(started)}`);
    return result;
  } catch (error) {
    console.log(`  failed after ${seconds(started)}`);
    throw error;
  }
}

/**
 * Seconds elapsed since `started` (a `performance.now()` value), formatted like `12.3 s`.
 * @param {number} started
 */
export function seconds(started) {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * Runs a command to completion with its output captured; rejects with the command and the end of its output when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<string>} the combined stdout and stderr
 */
export function exec(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`cannot run ${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(output);
      const tail = output.trimEnd().split('\n').slice(-40).join('\n');
      reject(new Error(`\`${[command, ...args].join(' ')}\` exited with ${signal ?? code}${options.cwd ? ` in ${options.cwd}` : ''}; its output ends with:\n${tail}`));
    });
  });
}

/**
 * Starts a long-running command in its own process group, which is killed whenever this process ends.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {ChildProcess & { stdout: import('node:stream').Readable, stderr: import('node:stream').Readable }}
 */
export function startGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.add(child);
  child.on('exit', () => groups.delete(child));
  return /** @type {any} */ (child);
}

/**
 * Stops the process group led by `child`: SIGTERM, then SIGKILL if it has not exited within `graceMs`.
 * @param {ChildProcess} child
 * @param {number} [graceMs]
 */
export async function stopGroup(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL'); // the leader is gone; its children may not be
    groups.delete(child);
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child, 'SIGTERM');
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, graceMs)));
  await Promise.race([exited, late]);
  clearTimeout(timer);
  signalGroup(child, 'SIGKILL'); // whatever the leader left behind, or the leader itself if it ignored SIGTERM
  groups.delete(child);
}

/**
 * Sends `signal` to the process group whose leader is `child`, ignoring a group that is already gone.
 * @param {ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: nothing left in the group
  }
}

/**
 * Waits until `child` prints a line matching `pattern` on stdout or stderr.
 * @param {ChildProcess & { stdout: import('node:stream').Readable, stderr: import('node:stream').Readable }} child
 * @param {RegExp} pattern
 * @param {{ timeoutMs: number, what: string, log: () => string }} options `log` returns what it printed so far, quoted on failure
 * @returns {Promise<RegExpMatchArray>}
 */
export function waitForOutput(child, pattern, { timeoutMs, what, log }) {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => finish(new Error(`${what}: nothing matched ${pattern} within ${timeoutMs / 1000} s`)), timeoutMs);
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      buffered += chunk.toString();
      const match = buffered.match(pattern);
      if (match) finish(undefined, match);
    };
    /** @param {number | null} code @param {string | null} signal */
    const onExit = (code, signal) => finish(new Error(`${what}: the process exited with ${signal ?? code} before it was ready`));
    /** @param {Error} [error] @param {RegExpMatchArray} [match] */
    function finish(error, match) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      if (match) return resolve(match);
      const tail = log().trimEnd().split('\n').slice(-30).join('\n');
      reject(new Error(`${error?.message}\n--- its output ends with ---\n${tail}`));
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', onExit);
  });
}
