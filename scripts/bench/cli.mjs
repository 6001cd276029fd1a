// Benchmarks the CLI over the workspace and reads its output defensively: the `--stats` line and the JSON report.

import { exitCodeIn, median, medianRun, runSeries } from './measure.mjs';

/** 0: nothing at error severity, 1: error findings; 2 and signals are failures. */
const exitOk = exitCodeIn([0, 1]);

/**
 * A run succeeded when it exited 0 or 1 and printed a readable report (Node also exits 1 on an uncaught exception).
 * @param {import('./measure.mjs').RunResult} result
 */
function checkRun(result) {
  return exitOk(result) ?? (summarizeReport(result.stdout) ? undefined : 'no readable JSON report on stdout');
}

/**
 * @typedef {object} StatsLine
 * @property {string} line the raw line, e.g. `stats: walked=… read=… gated=… analysed=… bytes=… wallMs=… peakRssMB=…`
 * @property {Record<string, number>} values its numeric `key=value` fields, whatever they are
 */

/**
 * @typedef {object} ReportSummary
 * @property {number} findings
 * @property {number} files distinct paths with findings
 * @property {Record<string, number>} byRule findings per rule id
 */

/**
 * @typedef {object} CliFigures
 * @property {number[]} wallRunsMs measured wall times, in run order
 * @property {number | undefined} wallMs median wall time; undefined when no run succeeded
 * @property {number | undefined} peakRssMB median peak RSS: the stats line's own figure, else sampled from outside
 * @property {'stats' | 'sampled' | undefined} peakRssSource
 * @property {Record<string, number> | undefined} stats per-field medians of the stats line
 * @property {string | undefined} statsLine the stats line of the run with the median wall time
 * @property {ReportSummary | undefined} report findings of the median run's JSON report
 * @property {string | undefined} failure why a run failed, if one did
 */

/**
 * Finds the `stats:` line in stderr and reads its numeric fields; undefined when there is none.
 * @param {string} stderr
 * @returns {StatsLine | undefined}
 */
function parseStatsLine(stderr) {
  const line = stderr.split('\n').filter((l) => l.startsWith('stats:')).at(-1);
  if (!line) return undefined;
  /** @type {Record<string, number>} */
  const values = {};
  for (const [, key, value] of line.matchAll(/(\w+)=(-?\d+(?:\.\d+)?)/g)) values[key] = Number(value);
  return { line: line.trim(), values };
}

/**
 * Counts the findings of a JSON report: `{ findings: [...] }` or a bare array; undefined when it is neither.
 * @param {string} stdout
 * @returns {ReportSummary | undefined}
 */
function summarizeReport(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return undefined;
  }
  const findings = Array.isArray(report) ? report : report?.findings;
  if (!Array.isArray(findings)) return undefined;
  /** @type {Record<string, number>} */
  const byRule = {};
  const files = new Set();
  for (const finding of findings) {
    const rule = String(finding?.rule ?? finding?.ruleId ?? finding?.code ?? 'unknown');
    byRule[rule] = (byRule[rule] ?? 0) + 1;
    files.add(finding?.path ?? finding?.file ?? finding?.uri);
  }
  return { findings: findings.length, files: files.size, byRule };
}

/**
 * The median of every field of the first record, over the records that have it.
 * @param {Record<string, number>[]} records
 */
function medianFields(records) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const key of Object.keys(records[0])) out[key] = median(records.map((r) => r[key]).filter((v) => v !== undefined));
  return out;
}

/**
 * Runs `node <cli> --format json --stats <workspace>` once to warm up and `runs` times measured.
 * @param {string} cliPath the bundled CLI
 * @param {string} repoRoot working folder of the runs
 * @param {string} workspace the folder to scan, relative to repoRoot
 * @param {number} runs
 * @returns {Promise<CliFigures>}
 */
export async function benchmarkCli(cliPath, repoRoot, workspace, runs) {
  const series = await runSeries(process.execPath, [cliPath, '--format', 'json', '--stats', workspace], repoRoot, runs, checkRun);
  const wallRunsMs = series.runs.map((run) => run.wallMs);
  if (series.runs.length === 0) {
    return { wallRunsMs, wallMs: undefined, peakRssMB: undefined, peakRssSource: undefined, stats: undefined, statsLine: undefined, report: undefined, failure: series.failure };
  }
  const middle = medianRun(series.runs);
  const parsed = series.runs.map((run) => parseStatsLine(run.stderr)?.values);
  const stats = parsed.every((p) => p !== undefined) ? medianFields(/** @type {Record<string, number>[]} */ (parsed)) : undefined;
  const sampled = series.runs.map((run) => run.sampledPeakRssMB).filter((v) => v !== undefined);
  /** @type {Pick<CliFigures, 'peakRssMB' | 'peakRssSource'>} */
  let peak = { peakRssMB: undefined, peakRssSource: undefined };
  if (stats?.peakRssMB !== undefined) peak = { peakRssMB: stats.peakRssMB, peakRssSource: 'stats' };
  else if (sampled.length > 0) peak = { peakRssMB: median(sampled), peakRssSource: 'sampled' };
  return {
    wallRunsMs,
    wallMs: median(wallRunsMs),
    ...peak,
    stats,
    statsLine: parseStatsLine(middle.stderr)?.line,
    report: summarizeReport(middle.stdout),
    failure: series.failure,
  };
}
