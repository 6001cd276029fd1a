// Runs a command as a child process and measures it from outside: wall time, and peak RSS sampled from /proc on Linux.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** How often the child's memory high-water mark is read. */
const SAMPLE_INTERVAL_MS = 10;

/**
 * @typedef {object} RunResult
 * @property {number} wallMs from spawn until the process exited
 * @property {number | undefined} sampledPeakRssMB the highest VmHWM read while it ran; undefined without /proc or when it ended before the first sample
 * @property {number | null} code exit code
 * @property {string | null} signal the signal that ended it, if any
 * @property {string} stdout
 * @property {string} stderr
 */

/**
 * The child's resident-memory high-water mark in MB, or undefined when it cannot be read (no /proc, already gone).
 * @param {number} pid
 */
function highWaterMarkMB(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `command args` in `cwd`, collecting its output, and times it.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<RunResult>}
 */
function runTimed(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const out = [];
    /** @type {Buffer[]} */
    const err = [];
    let wallMs = 0;
    /** @type {number | undefined} */
    let peak;
    const sample = () => {
      const mb = child.pid === undefined ? undefined : highWaterMarkMB(child.pid);
      if (mb !== undefined) peak = Math.max(peak ?? 0, mb);
    };
    const sampler = setInterval(sample, SAMPLE_INTERVAL_MS);
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('exit', () => {
      wallMs = performance.now() - started;
      clearInterval(sampler);
    });
    child.on('close', (code, signal) => {
      resolve({
        wallMs,
        sampledPeakRssMB: peak,
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/**
 * The median of a non-empty list (the mean of the two middle values for an even count).
 * @param {number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The run with the median wall time (the lower of the two middle runs for an even count).
 * @param {RunResult[]} runs non-empty
 */
export function medianRun(runs) {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[(runs.length - 1) >> 1];
}

/**
 * @typedef {object} Series
 * @property {RunResult[]} runs the measured runs, without the warm-up
 * @property {string | undefined} failure why the series stopped early, with the exit status and the stderr line naming an error (else the last)
 */

/**
 * One warm-up run, then `runs` measured runs; stops at the first run `check` rejects.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {number} runs
 * @param {(result: RunResult) => string | undefined} check why a run failed, or undefined when it succeeded
 * @returns {Promise<Series>}
 */
export async function runSeries(command, args, cwd, runs, check) {
  /** @type {RunResult[]} */
  const results = [];
  for (let i = 0; i <= runs; i++) {
    const result = await runTimed(command, args, cwd);
    const problem = check(result);
    if (problem) {
      const status = result.signal ? `signal ${result.signal}` : `exit code ${result.code}`;
      const lines = result.stderr.split('\n').filter((line) => line.trim());
      const detail = lines.find((line) => /error/i.test(line)) ?? lines.at(-1);
      return { runs: results, failure: `${problem} (${status})${detail ? `: ${detail.trim()}` : ''}` };
    }
    if (i > 0) results.push(result);
  }
  return { runs: results, failure: undefined };
}

/**
 * A check for runSeries: the exit code must be one of `codes`.
 * @param {number[]} codes
 * @returns {(result: RunResult) => string | undefined}
 */
export function exitCodeIn(codes) {
  return (result) => (result.code !== null && codes.includes(result.code) ? undefined : 'unexpected exit');
}
