// Runs the extension's integration tests inside a real VS Code (the VS Code server from code-server, driven by headless Chromium), offline.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { startBrowser } from './browser.mjs';
import { onInterrupt, seconds, step } from './proc.mjs';
import { installVsix, startServer } from './server.mjs';
import { whenWorkbenchRestored } from './workbench.mjs';
import { ARTIFACTS, RESULTS_ENV, ROOT, SERVER_STAMP } from './paths.mjs';

export { runCommand } from './workbench.mjs';

const DEFAULT_TIMEOUT_SECONDS = 300;
const STEP_TIMEOUT_MS = 60_000;
const KEEP_ARTIFACT_RUNS = 20;
/** Machine settings of every run, under `options.settings`: no welcome page, no chat, no marketplace look-ups. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.autoCheckUpdates': false,
};

/**
 * @typedef {object} VsCodeOptions
 * @property {string} [extension] folder of the extension loaded in development (default: the repository root); unused with `installVsix`
 * @property {string} [installVsix] a `.vsix` installed into the server's extensions folder before it starts; then only an empty
 *   extension is loaded in development, to carry the tests
 * @property {string} [tests] compiled tests module exporting `run()`; without it the workbench opens and nothing runs
 * @property {string} [workspace] folder copied into the temp folder and opened (default: `test/e2e/workspace`)
 * @property {Record<string, unknown>} [settings] machine settings (`<userData>/Machine/settings.json`, over `DEFAULT_SETTINGS`); they
 *   apply like user settings, except application-scoped ones; workspace settings go in the workspace's `.vscode/settings.json`
 * @property {Record<string, string>} [env] more environment for the server and so for the extension host
 * @property {boolean} [restricted] open the folder in Restricted Mode (workspace trust on); by default every folder is trusted
 * @property {number} [timeoutSeconds] deadline for the whole run (default 300)
 * @property {string} [name] suffix of the artifacts folder's name
 */

/**
 * @typedef {object} VsCodeDirs
 * @property {string} root the temp folder holding all the others
 * @property {string} userData the server's `--user-data-dir` (logs, machine settings, global storage)
 * @property {string} serverData the server's `--server-data-dir`
 * @property {string} extensions the server's `--extensions-dir`
 * @property {string} workspace the copy of the workspace that is open
 * @property {string} browser Chromium's profile (the web workbench keeps user settings and secrets in its storage)
 * @property {string} tmp `TMPDIR` of the server, the extension host and Chromium (their sockets and scratch files)
 */

/**
 * @typedef {object} VsCodeSession
 * @property {import('playwright-core').Page} page the workbench page, restored (extensions may still be starting: use `runCommand`)
 * @property {string} url the workbench URL
 * @property {number} port the server's port on 127.0.0.1
 * @property {VsCodeDirs} dirs
 * @property {string} resultsPath where the tests module writes its results (passed to it as `CLARIFAI_E2E_RESULTS`)
 * @property {string} artifacts the folder that receives the screenshot and logs when the session stops
 * @property {() => boolean} serverRunning whether the server is still up
 * @property {() => string} serverOutput what the server printed so far (it logs each extension host's start and exit)
 * @property {() => Promise<void>} stop saves a screenshot and the logs, then stops the browser and the server (idempotent)
 * @property {() => Promise<void>} remove deletes the temp folder (after `stop`, once the folders have been inspected)
 */

/**
 * @typedef {object} TestResults what the tests module writes (see test/e2e/runner/index.ts)
 * @property {number} passed
 * @property {number} failed
 * @property {number} [skipped]
 * @property {Array<{ title: string, message: string, stack?: string }>} failures
 * @property {number} durationMs
 * @property {Array<{ title: string, state: string, durationMs?: number }>} [tests]
 */

/**
 * @typedef {object} TestRun
 * @property {TestResults} results
 * @property {boolean} ok at least one test ran and none failed
 * @property {VsCodeDirs} dirs the throwaway folders, still there to be searched
 * @property {string} artifacts
 * @property {() => Promise<void>} remove deletes the temp folder
 */

/**
 * The workbench URL that opens `folder` and, through the smoke-test driver's payload, loads an extension and runs a tests module.
 * @param {number} port
 * @param {{ folder: string, extension?: string, tests?: string }} target absolute paths on the server
 */
export function workbenchUrl(port, { folder, extension, tests }) {
  const remote = (/** @type {string} */ file) => `vscode-remote://127.0.0.1:${port}${file}`;
  /** @type {Array<[string, string]>} */
  const payload = [];
  if (extension) payload.push(['extensionDevelopmentPath', remote(extension)]);
  if (tests) payload.push(['extensionTestsPath', remote(tests.replace(/\.js$/, ''))]);
  const query = `folder=${encodeURIComponent(folder)}${payload.length > 0 ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
  return `http://127.0.0.1:${port}/?${query}`;
}

/**
 * Starts the VS Code server and Chromium, and opens the workbench on a copy of the workspace. Ctrl-C stops both.
 * Call `stop()` when done (in a `finally`), then search `dirs` if needed, then `remove()`.
 * @param {VsCodeOptions} [options]
 * @returns {Promise<VsCodeSession>}
 */
export async function startVsCode(options = {}) {
  if (!existsSync(SERVER_STAMP)) throw new Error('the VS Code server is not installed: run `node scripts/vscode-server/install.mjs` first');
  const timeoutMs = (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const stepTimeoutMs = Math.min(STEP_TIMEOUT_MS, timeoutMs);
  const root = await mkdtemp(path.join(os.tmpdir(), 'clarifai-e2e-'));
  /** @type {VsCodeDirs} */
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    serverData: path.join(root, 'server-data'),
    extensions: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
    browser: path.join(root, 'browser'),
    tmp: path.join(root, 'tmp'),
  };
  const artifacts = path.join(ARTIFACTS, `${new Date().toISOString().replace(/[:.]/g, '-')}${options.name ? `-${options.name}` : ''}`);
  const resultsPath = path.join(root, 'results.json');
  const tests = options.tests && path.resolve(options.tests);
  if (tests && !existsSync(tests)) throw new Error(`no tests module at ${tests}: build the tests first (node scripts/vscode-server/build-tests.mjs)`);

  /** @type {Array<() => Promise<void>>} */
  const stops = [];
  let stopping = /** @type {Promise<void> | undefined} */ (undefined);
  const stop = () => (stopping ??= stopAll());
  const removeInterrupt = onInterrupt(async () => {
    await stop();
    console.log(`The throwaway folders are kept in ${root}`);
  });
  async function stopAll() {
    removeInterrupt();
    for (const stopOne of [...stops].reverse()) await stopOne().catch((error) => console.error(`while stopping: ${error}`));
    if (stops.length > 0) console.log(`Artifacts (screenshot, logs): ${path.relative(process.cwd(), artifacts)}/`);
  }

  try {
    await mkdir(dirs.tmp);
    await cp(path.resolve(options.workspace ?? path.join(ROOT, 'test', 'e2e', 'workspace')), dirs.workspace, { recursive: true });
    await mkdir(path.join(dirs.userData, 'Machine'), { recursive: true });
    await writeFile(path.join(dirs.userData, 'Machine', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2));
    const vsix = options.installVsix && path.resolve(options.installVsix);
    if (vsix) await step(`install ${path.basename(vsix)} into the server`, () => installVsix(vsix, dirs));
    const server = await step('start the VS Code server', () =>
      startServer(dirs, { env: { TMPDIR: dirs.tmp, [RESULTS_ENV]: resultsPath, ...options.env }, timeoutMs: stepTimeoutMs, restricted: options.restricted }),
    );
    console.log(`  pid ${server.pid}, http://127.0.0.1:${server.port}`);
    stops.push(async () => {
      await server.stop();
      await mkdir(artifacts, { recursive: true });
      await writeFile(path.join(artifacts, 'server.log'), server.output());
      await cp(path.join(dirs.userData, 'logs'), path.join(artifacts, 'logs'), { recursive: true }).catch(() => undefined);
      await pruneArtifacts();
    });
    const browser = await step('start Chromium', () => startBrowser(dirs.browser, { tmp: dirs.tmp, timeoutMs: stepTimeoutMs }));
    console.log(`  pid ${browser.pid}`);
    /** @type {Array<Promise<string>>} */
    const consoleLines = [];
    browser.page.on('console', (message) => consoleLines.push(formatConsoleMessage(message)));
    browser.page.on('pageerror', (error) => consoleLines.push(Promise.resolve(`[pageerror] ${error.stack ?? error.message}`)));
    stops.push(async () => {
      await mkdir(artifacts, { recursive: true });
      await browser.page.screenshot({ path: path.join(artifacts, 'screenshot.png'), timeout: 10_000 }).catch((error) => console.error(`no screenshot: ${error.message}`));
      await writeFile(path.join(artifacts, 'browser-console.log'), (await Promise.all(consoleLines)).join('\n'));
      await writeFile(path.join(artifacts, 'chromium.log'), browser.output());
      await browser.stop();
    });

    const extension = vsix ? await writeTestsHost(root) : path.resolve(options.extension ?? ROOT);
    const url = workbenchUrl(server.port, { folder: dirs.workspace, extension, tests });
    await step('open the workbench', async () => {
      await browser.page.goto(url, { timeout: stepTimeoutMs });
      await whenWorkbenchRestored(browser.page, { timeoutMs: stepTimeoutMs });
    });
    return { page: browser.page, url, port: server.port, dirs, resultsPath, artifacts, serverRunning: server.running, serverOutput: server.output, stop, remove: () => rm(root, { recursive: true, force: true }) };
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : error}\nThe throwaway folders are kept in ${root}`);
  }
}

/**
 * Writes an empty extension to load in development when the extension under test comes from a `.vsix`: the workbench runs
 * a tests module only alongside a development extension, and this one leaves the installed extension in charge.
 * @param {string} root the temp folder
 * @returns {Promise<string>} its folder
 */
async function writeTestsHost(root) {
  const folder = path.join(root, 'tests-host');
  await mkdir(folder);
  const manifest = { name: 'e2e-tests-host', publisher: 'clarifai-pat-lint-tests', version: '0.0.0', engines: { vscode: '*' } };
  await writeFile(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

/**
 * Runs a tests module in VS Code and returns its results; the processes are stopped, the throwaway folders kept.
 * Rejects (naming the step and where to look) when VS Code cannot start or no results arrive before the deadline.
 * @param {VsCodeOptions & { tests: string }} options
 * @returns {Promise<TestRun>}
 */
export async function runInVsCode(options) {
  const deadline = Date.now() + (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const session = await startVsCode(options);
  try {
    const results = await step('run the tests', () => waitForResults(session, deadline));
    return { results, ok: results.failed === 0 && results.passed > 0, dirs: session.dirs, artifacts: session.artifacts, remove: session.remove };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}\nLook at ${path.relative(process.cwd(), session.artifacts)}/ (screenshot.png, logs/*/exthost*/remoteexthost.log, browser-console.log); the throwaway folders are kept in ${session.dirs.root}`);
  } finally {
    await session.stop();
  }
}

/**
 * A browser console message as the page printed it: the arguments formatted like `console.log` does, CSS dropped.
 * The extension host's own `console.log` calls arrive behind a styled `%c INFO` prefix, and are formatted on their own.
 * @param {import('playwright-core').ConsoleMessage} message
 * @returns {Promise<string>}
 */
async function formatConsoleMessage(message) {
  const args = await Promise.all(message.args().map((arg) => arg.jsonValue())).catch(() => undefined);
  if (!args) return `[${message.type()}] ${message.text()}`;
  const [first, style, ...rest] = args;
  const prefixed = typeof first === 'string' && /^%c[^%]*$/.test(first) && typeof rest[0] === 'string';
  return `[${message.type()}] ${prefixed ? `${format(first, style).trim()} ${format(...rest)}` : format(...args)}`;
}

/**
 * Polls for the results file until the deadline, failing early if the server or the extension host stops without results.
 * @param {VsCodeSession} session
 * @param {number} deadline epoch milliseconds
 * @returns {Promise<TestResults>}
 */
async function waitForResults(session, deadline) {
  while (Date.now() < deadline) {
    const exited = session.serverOutput().match(/Extension Host Process exited with code: (\S+), signal: (\S+)\./);
    const text = await readFile(session.resultsPath, 'utf8').catch(() => undefined);
    if (text !== undefined) return JSON.parse(text);
    if (!session.serverRunning()) throw new Error('the VS Code server stopped before the tests wrote their results');
    if (exited) {
      throw new Error(`the extension host exited (code ${exited[1]}, signal ${exited[2]}) without writing test results: the tests module did not load or did not call the runner`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no test results at ${session.resultsPath} before the deadline: a test may hang (the last title in browser-console.log), or the tests never started`);
}

/** Deletes all but the newest artifacts folders. */
async function pruneArtifacts() {
  const runs = (await readdir(ARTIFACTS).catch(() => [])).sort();
  await Promise.all(runs.slice(0, -KEEP_ARTIFACT_RUNS).map((run) => rm(path.join(ARTIFACTS, run), { recursive: true, force: true })));
}

/**
 * Prints the results: each test, then each failure with its message, then the closing `e2e: N passed, N failed` line alone.
 * @param {TestResults} results
 */
export function printResults(results) {
  for (const test of results.tests ?? []) console.log(`  ${test.state === 'passed' ? '✓' : test.state === 'failed' ? '✗' : '-'} ${test.title}`);
  for (const [index, failure] of results.failures.entries()) {
    console.log(`\n${index + 1}) ${failure.title}\n   ${(failure.stack ?? failure.message).split('\n').join('\n   ')}`);
  }
  if (results.passed + results.failed === 0) console.log('\nno test ran');
  console.log(`\n${(results.durationMs / 1000).toFixed(1)} s in the extension host`);
  console.log(`e2e: ${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
}

/** The command line: parses the flags, runs the tests, prints the results, and sets the exit code. */
async function main() {
  const { values } = parseArgs({
    options: {
      extension: { type: 'string' },
      tests: { type: 'string', default: path.join(ROOT, 'test', 'e2e', 'out', 'runner', 'index.js') },
      workspace: { type: 'string' },
      'install-vsix': { type: 'string' },
      timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
      keep: { type: 'boolean', default: false },
      restricted: { type: 'boolean', default: false },
    },
  });
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new Error(`--timeout takes a number of seconds, not ${values.timeout}`);
  const started = performance.now();
  const run = await runInVsCode({
    extension: values.extension, tests: values.tests, workspace: values.workspace, installVsix: values['install-vsix'], timeoutSeconds, restricted: values.restricted, name: 'run',
  });
  if (run.ok && !values.keep) await run.remove();
  else console.log(`The throwaway folders are kept in ${run.dirs.root}`);
  console.log(`Total ${seconds(started)}\n`);
  printResults(run.results);
  process.exitCode = run.ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`\nThe VS Code integration tests failed to run: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
