// The benchmark (`npm run bench`): scans a generated workspace with the CLI and with ripgrep and compares them,
// then measures the language server's keystroke-to-diagnostic latency.
// `node scripts/bench.mjs --runs 9` changes the number of measured runs (default 5, after one warm-up).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchmarkCli } from './bench/cli.mjs';
import { benchmarkKeystrokes, formatKeystrokes } from './bench/keystrokes.mjs';
import { collectResults, formatReport } from './bench/report.mjs';
import { benchmarkRipgrep, ripgrepVersion } from './bench/ripgrep.mjs';
import { ensureWorkspace } from './bench/workspace.mjs';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, '.bench');
const cliPath = path.join(root, 'server', 'out', 'cli.js');
const serverPath = path.join(root, 'server', 'out', 'server.js');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs needs a positive whole number, not '${values.runs}'`);
  process.exit(2);
}
if (!existsSync(cliPath)) {
  console.error(`bench: ${path.relative(root, cliPath)} is missing; build it with 'npm run build'`);
  process.exit(2);
}

const workspace = ensureWorkspace(benchDir);
const target = path.relative(root, workspace.root);
const cli = await benchmarkCli(cliPath, root, target, runs);
const version = ripgrepVersion();
const rg = version === undefined ? undefined : await benchmarkRipgrep(version, root, target, runs);

const keystrokes = await benchmarkKeystrokes(serverPath, workspace.root);

const results = { ...collectResults({ ...workspace, root: target }, runs, cli, rg), keystrokes };
/** Keeps three decimals of fractional figures in the JSON. @param {string} _key @param {unknown} value */
const rounded = (_key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value);
writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, rounded, 2)}\n`);
process.stdout.write(formatReport(results));
process.stdout.write(formatKeystrokes(keystrokes));
process.stdout.write(`\nWrote ${path.relative(root, path.join(benchDir, 'results.json'))}\n`);
if (cli.failure || rg?.failure) process.exitCode = 1;
