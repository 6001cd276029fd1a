// Runs the integration suites (suite/*.test.js) with mocha inside the extension host and writes their results where the driver reads them.
import { readdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Mocha from 'mocha';

/** The environment variable naming the results file (set by scripts/vscode-server/run.mjs and electron.mjs). */
export const RESULTS_ENV = 'CLARIFAI_E2E_RESULTS';
/** The environment variable that keeps only the tests whose full title matches it (a regular expression). */
export const GREP_ENV = 'CLARIFAI_E2E_GREP';

/** One failed test or hook. */
export interface Failure {
  title: string;
  message: string;
  stack?: string;
}

/** What the runner writes as JSON to the results file. */
export interface Results {
  passed: number;
  failed: number;
  skipped: number;
  failures: Failure[];
  durationMs: number;
  tests: { title: string; state: 'passed' | 'failed' | 'skipped'; durationMs?: number }[];
}

/** How to run a folder of suites. */
export interface RunOptions {
  /** Folder of the compiled suites: every `*.test.js` in it runs, in name order. */
  suiteDir: string;
  /** Where to write the results as JSON (written whole, so that a reader never sees half a file). */
  resultsPath?: string;
  /** Runs only the tests whose full title matches this regular expression. */
  grep?: string;
  /** Default time limit of a test or hook, in milliseconds (a suite may change it with `this.timeout()`). */
  timeoutMs?: number;
}

/**
 * Runs the suites in `options.suiteDir` with mocha's `describe`/`it` and returns their results, also written to `resultsPath`.
 * A suite that fails to load counts as a failure, so the results are written whatever happens.
 */
export async function runSuites(options: RunOptions): Promise<Results> {
  const started = Date.now();
  const results: Results = { passed: 0, failed: 0, skipped: 0, failures: [], durationMs: 0, tests: [] };
  const fail = (title: string, error: unknown) => {
    results.failed += 1;
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    results.failures.push({ title, message, ...(stack ? { stack } : {}) });
  };
  try {
    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: options.timeoutMs ?? 30_000, ...(options.grep ? { grep: options.grep } : {}) });
    for (const file of readdirSync(options.suiteDir).filter((name) => name.endsWith('.test.js')).sort()) {
      mocha.addFile(path.join(options.suiteDir, file));
    }
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        results.passed += 1;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      runner.on('fail', (test, error) => {
        fail(test.fullTitle(), error);
        results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0 });
      });
      runner.on('pending', (test) => {
        results.skipped += 1;
        results.tests.push({ title: test.fullTitle(), state: 'skipped' });
      });
    });
  } catch (error) {
    fail(`loading the suites in ${options.suiteDir}`, error);
  }
  results.durationMs = Date.now() - started;
  if (options.resultsPath) {
    await writeFile(`${options.resultsPath}.partial`, JSON.stringify(results, null, 2));
    await rename(`${options.resultsPath}.partial`, options.resultsPath);
  }
  return results;
}

/**
 * The tests module's entry point, called by VS Code in the extension host (by the web workbench's test payload and by
 * `@vscode/test-electron` alike). Rejects when a test failed or none ran.
 */
export async function run(): Promise<void> {
  const results = await runSuites({ suiteDir: path.resolve(__dirname, '..', 'suite'), resultsPath: process.env[RESULTS_ENV], grep: process.env[GREP_ENV] });
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.passed + results.failed} integration tests failed`);
  if (results.passed === 0) throw new Error('no integration test ran');
}
