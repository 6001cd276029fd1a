// Runs the whole test suite: build, type-check, then every test/**/*.test.ts with Node's test runner.
// `node scripts/test.mjs unit cli` runs only the named folders under test/.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

/**
 * Runs a command in the repository root and exits with its status if it fails.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The `*.test.ts` files under `dir`, skipping fixtures and node_modules.
 * @param {string} dir
 * @returns {string[]}
 */
function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'fixtures' || name === 'node_modules' || name === 'e2e') return [];
    if (statSync(full).isDirectory()) return testFiles(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

run(process.execPath, ['esbuild.mjs', '--quiet']);
run('npx', ['tsc', '-p', 'server/tsconfig.json']);
run('npx', ['tsc', '-p', 'client/tsconfig.json']);
run('npx', ['tsc', '-p', 'test/tsconfig.json']);
run('npx', ['tsc', '-p', 'scripts/tsconfig.json']);

const folders = only.length > 0 ? only.map((f) => path.join(root, 'test', f)) : [path.join(root, 'test')];
const files = folders.flatMap(testFiles).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files.map((f) => path.relative(root, f))]);
