// Turns the measurements into the printed table and the results JSON.

import os from 'node:os';
import { SIZE_LIMIT } from './plan.mjs';

/** @typedef {import('./workspace.mjs').WorkspaceSummary} WorkspaceSummary */
/** @typedef {import('./cli.mjs').CliFigures} CliFigures */
/** @typedef {import('./ripgrep.mjs').RipgrepFigures} RipgrepFigures */

/** The CLI may take at most this many times ripgrep's wall time. */
const TARGET_RATIO = 5;

const MB = 1024 * 1024;

/**
 * @typedef {object} Results
 * @property {{ node: string, platform: string, cpus: number }} machine
 * @property {number} runs measured runs per tool, after one warm-up
 * @property {WorkspaceSummary & { path: string, generatedMs: number | undefined }} workspace
 * @property {CliFigures & Throughput} cli
 * @property {(RipgrepFigures & Throughput) | { skipped: string }} ripgrep
 * @property {{ value: number, target: number, pass: boolean } | undefined} ratio CLI wall time over ripgrep's
 */

/**
 * @typedef {object} Throughput
 * @property {number | undefined} filesPerSecond files of the scanned tree per second of wall time
 * @property {number | undefined} mbPerSecond MB (1024²) of the scanned tree per second of wall time
 */

/**
 * Throughput over the scanned tree (everything outside node_modules and git-ignored folders).
 * @param {WorkspaceSummary} summary
 * @param {number | undefined} wallMs
 * @returns {Throughput}
 */
function throughput(summary, wallMs) {
  if (!wallMs) return { filesPerSecond: undefined, mbPerSecond: undefined };
  return { filesPerSecond: summary.scanned.files / (wallMs / 1000), mbPerSecond: summary.scanned.bytes / MB / (wallMs / 1000) };
}

/**
 * Gathers everything into the object written to results.json.
 * @param {{ root: string, summary: WorkspaceSummary, generatedMs: number | undefined }} workspace
 * @param {number} runs
 * @param {CliFigures} cli
 * @param {RipgrepFigures | undefined} rg undefined when ripgrep is not installed
 * @returns {Results}
 */
export function collectResults(workspace, runs, cli, rg) {
  const ratio = cli.wallMs && rg?.wallMs ? cli.wallMs / rg.wallMs : undefined;
  return {
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.availableParallelism() },
    runs,
    workspace: { path: workspace.root, generatedMs: workspace.generatedMs, ...workspace.summary },
    cli: { ...cli, ...throughput(workspace.summary, cli.wallMs) },
    ripgrep: rg ? { ...rg, ...throughput(workspace.summary, rg.wallMs) } : { skipped: 'rg (ripgrep) is not installed' },
    ratio: ratio === undefined ? undefined : { value: ratio, target: TARGET_RATIO, pass: ratio <= TARGET_RATIO },
  };
}

/**
 * @param {number | undefined} value
 * @param {number} digits
 */
const num = (value, digits = 0) =>
  value === undefined ? '-' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** @param {number} bytes */
const mb = (bytes) => `${num(bytes / MB, 1)} MB`;

/**
 * The workspace paragraph of the report.
 * @param {Results['workspace']} w
 */
function workspaceLines(w) {
  const origin = w.generatedMs === undefined ? 'reused' : `generated in ${num(w.generatedMs / 1000, 1)} s`;
  const languages = Object.entries(w.languages).map(([name, t]) => `${name} ${t.files}`);
  const limit = `${num(SIZE_LIMIT / MB)} MB`;
  return [
    `Workspace ${w.path} (generator v${w.generatorVersion}, sha256 ${w.sha256.slice(0, 12)}, ${origin})`,
    `  ${num(w.scanned.files)} files, ${mb(w.scanned.bytes)} in the scanned tree; skipped: ${w.ignored.files} git-ignored (${mb(w.ignored.bytes)}), ${w.nodeModules.files} in node_modules (${mb(w.nodeModules.bytes)})`,
    `  ${w.callFiles} files with Clarifai calls (${num((100 * w.callFiles) / w.scanned.files, 1)} %), ${w.proseFiles} naming Clarifai only in prose, ${w.overLimit.files} over the ${limit} limit (${mb(w.overLimit.bytes)})`,
    `  ${languages.join(' · ')}`,
  ];
}

/**
 * One row of the timing table.
 * @param {string} name
 * @param {{ wallMs: number | undefined, filesPerSecond: number | undefined, mbPerSecond: number | undefined }} f
 * @param {string} memory
 * @param {string} output
 */
function row(name, f, memory, output) {
  return [name.padEnd(9), `${num(f.wallMs)} ms`.padStart(10), num(f.filesPerSecond).padStart(9), num(f.mbPerSecond, 1).padStart(9), memory.padStart(10), `  ${output}`].join(' ');
}

/**
 * The whole printed report.
 * @param {Results} results
 * @returns {string}
 */
export function formatReport(results) {
  const { cli, ripgrep: rg, ratio } = results;
  const lines = [
    `Clarifai PAT Lint benchmark: Node ${results.machine.node}, ${results.machine.platform}, ${results.machine.cpus} CPUs`,
    '',
    ...workspaceLines(results.workspace),
    '',
    `Medians of ${results.runs} runs after 1 warm-up`,
    `${''.padEnd(9)} ${'wall'.padStart(10)} ${'files/s'.padStart(9)} ${'MB/s'.padStart(9)} ${'peak RSS'.padStart(10)}   output`,
  ];
  const cliMemory = cli.peakRssMB === undefined ? '-' : `${cli.peakRssSource === 'sampled' ? '~' : ''}${num(cli.peakRssMB, 1)} MB`;
  const cliOutput = cli.report ? `${cli.report.findings} findings in ${cli.report.files} files` : 'no successful run';
  lines.push(row('CLI', cli, cliMemory, cliOutput));
  if ('skipped' in rg) lines.push(`ripgrep   skipped: ${rg.skipped}`);
  else lines.push(row('ripgrep', rg, rg.peakRssMB === undefined ? '-' : `~${num(rg.peakRssMB, 1)} MB`, `${rg.matchedFiles ?? '-'} files matched (${rg.version})`));
  if (ratio) lines.push('', `CLI / ripgrep: ${num(ratio.value, 1)}x (target <= ${ratio.target}x): ${ratio.pass ? 'PASS' : 'FAIL'}`);
  lines.push('', `CLI runs (ms): ${cli.wallRunsMs.map((ms) => num(ms)).join(', ') || '-'}`);
  if (!('skipped' in rg)) lines.push(`rg runs (ms):  ${rg.wallRunsMs.map((ms) => num(ms, 1)).join(', ') || '-'}`);
  lines.push(`CLI stats (median run): ${cli.statsLine ?? 'no stats line on stderr'}`);
  if (cli.stats?.bytes !== undefined && cli.wallMs) {
    lines.push(`CLI read ${mb(cli.stats.bytes)} of analysable files: ${num(cli.stats.bytes / MB / (cli.wallMs / 1000), 1)} MB/s`);
  }
  if (cli.report) lines.push(`CLI findings by rule: ${Object.entries(cli.report.byRule).map(([rule, n]) => `${rule} ${n}`).join(', ')}`);
  if (cli.failure) lines.push(`CLI FAILED: ${cli.failure}`);
  if (!('skipped' in rg) && rg.failure) lines.push(`ripgrep FAILED: ${rg.failure}`);
  return `${lines.join('\n')}\n`;
}
