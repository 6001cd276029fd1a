// Entry point of the clarifai-pat-lint command: parses the command line, scans, writes the report and exits 0, 1 or 2.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { parseCommandLine, type Command, type ScanCommand } from './args';
import { describeError } from '../node/fsErrors';
import { UsageError } from './errors';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { helpText } from './help';
import { Progress } from './progress';
import { scan, type ScanResult } from './scan';
import { statsLine } from './stats';
import { resolveTargets } from './targets';
import { TOOL_NAME, TOOL_VERSION } from './toolInfo';
import { bundledWasmLoader, WasmLoadError } from '../node/wasm';
import { localAnalyst, workerAnalyst } from './analysts';
import { applyFixes } from './applyFixes';

// A scan parses each file once. V8 would optimise the grammars' WebAssembly in the background as they get hot, which
// for the largest lexers (Swift, Kotlin, C#) takes seconds that the process then waits for at exit, far more than the
// optimised code saves; the baseline compiler alone starts at once. (Set before any grammar is compiled, and
// process-wide, so the scan workers have it too.)
setFlagsFromString('--liftoff-only');

const EXIT_CLEAN = 0;
const EXIT_ERROR_FINDINGS = 1;
/** `--fix --dry-run`: some file would change, as `diff` exits 1 when files differ. */
const EXIT_WOULD_CHANGE = 1;
const EXIT_FAILURE = 2;

/** Runs the command line and returns the exit code; every failure is reported on stderr as one line. */
async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommandLineOrExplain(argv);
    if (command.kind === 'help') {
      process.stdout.write(helpText());
      return EXIT_CLEAN;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${TOOL_VERSION}\n`);
      return EXIT_CLEAN;
    }
    return await runScan(command);
  } catch (error) {
    if (error instanceof UsageError) fail(error.message);
    else if (error instanceof WasmLoadError) fail(error.message);
    else fail(`internal error: ${describeError(error)}`);
    return EXIT_FAILURE;
  }
}

/** Parses the command line; a usage error's message points to --help. */
function parseCommandLineOrExplain(argv: readonly string[]): Command {
  try {
    return parseCommandLine(argv);
  } catch (error) {
    throw error instanceof UsageError ? new UsageError(`${error.message} (see --help)`) : error;
  }
}

async function runScan(command: ScanCommand): Promise<number> {
  const cwd = process.cwd();
  const targets = resolveTargets(command.paths, cwd);
  const progress = Progress.forStderr();
  // Folders usually hold enough work for a thread per core; single files are faster analysed right here.
  const analyst = targets.some((t) => t.isDirectory) ? workerAnalyst(bundledWasmLoader()) : localAnalyst(bundledWasmLoader());
  let result: ScanResult;
  try {
    result = await scan(targets, {
      cwd,
      severities: command.severities,
      maxFileSize: command.maxFileSize,
      useIgnoreFiles: command.useIgnoreFiles,
      fix: command.fix,
      analyst,
      onProgress: progress && ((files, findings) => progress.update(files, findings)),
    });
  } finally {
    progress?.clear();
    await analyst.close();
  }

  for (const w of result.warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
  for (const s of result.skipped) process.stderr.write(`skipped ${s.path}: ${s.message}\n`);

  const fixes = command.fix ? applyFixes(result.fixes, result.findings, command.dryRun) : undefined;
  if (fixes) {
    for (const note of fixes.notes) process.stderr.write(`${note}\n`);
    result = { ...result, findings: fixes.findings };
  }
  // With --dry-run the diff takes stdout, and the report goes only to an --output file.
  if (command.dryRun) process.stdout.write(fixes!.diff);
  const written = command.dryRun && command.output === undefined ? true : await writeReport(command, render(command, result, cwd));
  if (fixes) process.stderr.write(`${command.dryRun ? 'would fix' : 'fixed'} ${plural(fixes.problems, 'problem')} in ${plural(fixes.files, 'file')}\n`);
  if (command.stats) process.stderr.write(statsLine(result.stats) + '\n');
  if (!written || result.internalError) return EXIT_FAILURE;
  if (command.dryRun && fixes!.files > 0) return EXIT_WOULD_CHANGE;
  return result.findings.some((f) => f.severity === 'error') ? EXIT_ERROR_FINDINGS : EXIT_CLEAN;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function render(command: ScanCommand, result: ScanResult, cwd: string): string {
  switch (command.format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, cwd);
    case 'text': {
      const color = command.output === undefined && process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
      return formatText(result, { color, quiet: command.quiet, elapsedMs: performance.now() });
    }
  }
}

/** Writes the report to the --output file or stdout; false (after saying why) when the file cannot be written. */
async function writeReport(command: ScanCommand, report: string): Promise<boolean> {
  if (command.output === undefined) {
    process.stdout.write(report);
    return true;
  }
  try {
    await writeFile(path.resolve(command.output), report);
    return true;
  } catch (error) {
    fail(`cannot write the report to '${command.output}': ${describeError(error)}`);
    return false;
  }
}

function fail(message: string): void {
  process.stderr.write(`${TOOL_NAME}: ${message}\n`);
}

// A reader that stops early (`| head`) is not an error; any other failure to write the report is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') fail(`cannot write the report to stdout: ${describeError(error)}`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT_CLEAN) : EXIT_FAILURE);
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
