// Builds the bundles (the extension's client, the language server, the CLI and its scan worker) and copies the
// grammars beside the server bundles.
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const quiet = process.argv.includes('--quiet');

// The runtime and most grammars come from VS Code's own build; Kotlin and Swift, which it lacks, from
// tree-sitter-wasms (built for a runtime of the same ABI, which the grammar tests load).
const VSCODE_WASM = 'node_modules/@vscode/tree-sitter-wasm/wasm';
const OTHER_WASM = 'node_modules/tree-sitter-wasms/out';
const GRAMMARS = [
  ...['', '-python', '-javascript', '-typescript', '-tsx', '-bash', '-java', '-c-sharp', '-php', '-go', '-ruby'].map((g) => path.join(VSCODE_WASM, `tree-sitter${g}.wasm`)),
  ...['kotlin', 'swift'].map((g) => path.join(OTHER_WASM, `tree-sitter-${g}.wasm`)),
];

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: quiet ? 'warning' : 'info',
};

const bundles = [
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli/scanWorker.ts'], outfile: 'server/out/scanWorker.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
];

async function copyGrammars() {
  await mkdir('server/out', { recursive: true });
  await Promise.all(GRAMMARS.map((file) => copyFile(file, path.join('server/out', path.basename(file)))));
}

await copyGrammars();
if (watch) {
  for (const options of bundles) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(bundles.map((options) => esbuild.build(options)));
}
