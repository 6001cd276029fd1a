// Type-checks the VS Code integration tests (test/e2e) and compiles them into test/e2e/out/, leaving `vscode` and `mocha` to the runtime.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exec, step } from './proc.mjs';
import { ROOT } from './paths.mjs';

const E2E = path.join(ROOT, 'test', 'e2e');
/** Where the compiled tests go: `out/runner/index.js` is the tests module, `out/suite/*.test.js` the suites it runs. */
export const E2E_OUT = path.join(E2E, 'out');

/**
 * Type-checks test/e2e with its tsconfig, then bundles the runner and each suite (each suite carries its own copy of the helpers).
 * @returns {Promise<void>}
 */
export async function buildTests() {
  await step('type-check test/e2e', () =>
    exec(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', path.join(E2E, 'tsconfig.json')], { cwd: ROOT }),
  );
  const suites = readdirSync(path.join(E2E, 'suite')).filter((name) => name.endsWith('.test.ts'));
  await step(`compile the runner and ${suites.length} suite(s) into ${path.relative(ROOT, E2E_OUT)}/`, async () => {
    await rm(E2E_OUT, { recursive: true, force: true });
    await esbuild.build({
      entryPoints: [path.join(E2E, 'runner', 'index.ts'), ...suites.map((name) => path.join(E2E, 'suite', name))],
      outdir: E2E_OUT,
      outbase: E2E,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      external: ['vscode', 'mocha'],
      logLevel: 'warning',
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildTests().catch((error) => {
    console.error(`\nBuilding the integration tests failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
