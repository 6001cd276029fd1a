// Runs the whole test suite: build, type-check, every test/**/*.test.ts with Node's test runner, then the suites in a
// real VS Code (installed offline on first use): the extension suite, the user-level PAT test in the browser, and the
// packaged VSIX installed into the VS Code server.
// `node scripts/test.mjs unit cli` runs only the named folders under test/ (no VS Code).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

/**
 * Runs a command in the repository root and exits with its status if it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env] more environment
 */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The `*.test.ts` files under `dir`, skipping fixtures, node_modules and the suites that need VS Code.
 * @param {string} dir
 * @returns {string[]}
 */
function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'fixtures' || name === 'fixtures-fixed' || name === 'node_modules' || name === 'e2e') return [];
    if (statSync(full).isDirectory()) return testFiles(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

run(process.execPath, ['esbuild.mjs', '--quiet']);
for (const project of ['server', 'client', 'test', 'test/e2e', 'scripts']) run('npx', ['tsc', '-p', `${project}/tsconfig.json`]);

const folders = only.length > 0 ? only.map((f) => path.join(root, 'test', f)) : [path.join(root, 'test')];
const files = folders.flatMap(testFiles).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// The Clarifai emulator tests run real curl, jq, openssl and python3 with requests: installed here when missing.
if (files.some((f) => f.startsWith(path.join(root, 'test', 'emulator') + path.sep))) run(process.execPath, ['scripts/ensure-test-packages.mjs']);
run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files.map((f) => path.relative(root, f))]);

if (only.length === 0) {
  const node = process.execPath;
  run(node, ['scripts/vscode-server/install.mjs']);
  run(node, ['scripts/vscode-server/build-tests.mjs']);
  run(node, ['scripts/vscode-server/run.mjs']);
  // Restricted Mode, with a PAT only in the environment (as where SecretStorage cannot keep one).
  run(node, ['scripts/vscode-server/run.mjs', '--restricted'], { CLARIFAI_E2E_GREP: 'Restricted Mode', CLARIFAI_PAT: randomBytes(16).toString('hex') });
  run(node, ['test/e2e/browser/configurePat.mjs']);
  run('npm', ['run', '--silent', 'package']);
  // The packaged extension, installed as users install it: the smoke suite checks that it activates.
  run(node, ['scripts/vscode-server/run.mjs', '--install-vsix', 'clarifai-pat-lint.vsix'], { CLARIFAI_E2E_GREP: 'harness smoke test' });
  // Packaging minified the bundles; leave the development build behind.
  run(node, ['esbuild.mjs', '--quiet']);
}
