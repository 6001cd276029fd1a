// Benchmarks ripgrep over the same tree for three Clarifai signatures, the baseline the CLI is measured against.

import { spawnSync } from 'node:child_process';
import { exitCodeIn, median, medianRun, runSeries } from './measure.mjs';

/** Three case-sensitive signatures in one invocation, two threads, node_modules skipped as the CLI does. */
const RG_ARGS = [
  '-l',
  '--threads', '2',
  '--glob', '!node_modules',
  '-e', 'api\\.clarifai\\.com',
  '-e', 'clarifai_grpc|clarifai-nodejs-grpc|clarifai\\.rest',
  '-e', 'Clarifai\\.App',
];

/** 0: matches, 1: no match; 2 is an error. */
const OK_CODES = [0, 1];

/**
 * @typedef {object} RipgrepFigures
 * @property {string} version first line of `rg --version`
 * @property {number[]} wallRunsMs
 * @property {number | undefined} wallMs median; undefined when no run succeeded
 * @property {number | undefined} peakRssMB median of the sampled peaks (ripgrep often ends before the first sample)
 * @property {number | undefined} matchedFiles files listed by the median run
 * @property {string | undefined} failure
 */

/**
 * The installed ripgrep's version line, or undefined when `rg` is not on the PATH.
 * @returns {string | undefined}
 */
export function ripgrepVersion() {
  const result = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

/**
 * Runs ripgrep once to warm up and `runs` times measured, from `repoRoot` over `workspace` (honouring its .gitignore).
 * @param {string} version
 * @param {string} repoRoot
 * @param {string} workspace relative to repoRoot
 * @param {number} runs
 * @returns {Promise<RipgrepFigures>}
 */
export async function benchmarkRipgrep(version, repoRoot, workspace, runs) {
  const series = await runSeries('rg', [...RG_ARGS, workspace], repoRoot, runs, exitCodeIn(OK_CODES));
  const wallRunsMs = series.runs.map((run) => run.wallMs);
  if (series.runs.length === 0) {
    return { version, wallRunsMs, wallMs: undefined, peakRssMB: undefined, matchedFiles: undefined, failure: series.failure };
  }
  const middle = medianRun(series.runs);
  const sampled = series.runs.map((run) => run.sampledPeakRssMB).filter((v) => v !== undefined);
  return {
    version,
    wallRunsMs,
    wallMs: median(wallRunsMs),
    peakRssMB: sampled.length > 0 ? median(sampled) : undefined,
    matchedFiles: middle.stdout.split('\n').filter(Boolean).length,
    failure: series.failure,
  };
}
