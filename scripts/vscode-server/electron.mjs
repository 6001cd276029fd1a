// Runs the compiled integration tests in VS Code desktop with @vscode/test-electron, for machines that can download VS Code.
import { runTests } from '@vscode/test-electron';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { E2E_OUT } from './build-tests.mjs';
import { printResults } from './run.mjs';
import { CACHE, RESULTS_ENV, ROOT } from './paths.mjs';

/**
 * Downloads VS Code (cached in .vscode-test/), runs the tests module on a copy of the test workspace, prints the results.
 * @returns {Promise<number>} the exit code: 0 when every test passed
 */
async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'clarifai-e2e-electron-'));
  const workspace = path.join(root, 'workspace');
  const resultsPath = path.join(root, 'results.json');
  await cp(path.join(ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  if (process.platform === 'linux' && !process.env.DISPLAY) console.warn('No DISPLAY: VS Code desktop needs one on Linux (run this under `xvfb-run -a`).');
  let exitCode;
  try {
    exitCode = await runTests({
      cachePath: CACHE,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(E2E_OUT, 'runner', 'index.js'),
      extensionTestsEnv: { [RESULTS_ENV]: resultsPath },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(root, 'user-data'), '--extensions-dir', path.join(root, 'extensions')],
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|getaddrinfo/i.test(reason)) {
      await rm(root, { recursive: true, force: true });
      throw new Error(`could not download VS Code desktop (${reason}).\nThis path needs internet access; offline, run \`npm run test:e2e\` (the same suite in the VS Code server).`);
    }
    throw new Error(`VS Code desktop did not run the tests: ${reason}\nThe throwaway folders are kept in ${root}`);
  }
  const results = await readFile(resultsPath, 'utf8').then(JSON.parse).catch(() => undefined);
  if (results) printResults(results);
  else console.log(`VS Code exited with ${exitCode} and wrote no results to ${resultsPath}`);
  if (exitCode === 0) await rm(root, { recursive: true, force: true });
  else console.log(`The throwaway folders are kept in ${root}`);
  return exitCode;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`\nnpm run test:electron failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  },
);
