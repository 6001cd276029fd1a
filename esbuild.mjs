// Builds the bundles (the extension's client, the language server, the CLI and its scan worker) and copies the
// grammars beside the server bundles.
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const quiet = process.argv.includes('--quiet');

const WASM_DIR = 'node_modules/@vscode/tree-sitter-wasm/wasm';
const GRAMMARS = ['tree-sitter.wasm', 'tree-sitter-python.wasm', 'tree-sitter-javascript.wasm', 'tree-sitter-typescript.wasm', 'tree-sitter-tsx.wasm', 'tree-sitter-bash.wasm'];

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
  await Promise.all(GRAMMARS.map((file) => copyFile(path.join(WASM_DIR, file), path.join('server/out', file))));
}

await copyGrammars();
if (watch) {
  for (const options of bundles) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(bundles.map((options) => esbuild.build(options)));
}
