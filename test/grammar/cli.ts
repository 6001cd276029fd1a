// `npm run test:grammar`: runs the assertion files in cases/ with the `vscode-tmgrammar-test` CLI, passing as `-g`
// the host grammars each file needs (from npm `tm-grammars`, with everything they embed, and the text.html.php
// stand-in). The CLI reads the injection grammar and its `injectTo` from package.json itself.
// Extra arguments go to the CLI (e.g. `npm run test:grammar -- --compact`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caseFiles, caseScope, contributions, grammarClosure, ROOT } from './harness';

export function cliArguments(stubDir: string): string[] {
  const { files, missing } = grammarClosure(caseFiles().map(caseScope));
  const contributed = new Set(contributions().map((c) => c.scopeName));
  const grammars = [...files].filter(([scope]) => !contributed.has(scope)).map(([, file]) => file);
  // Languages embedded somewhere in a host grammar (Ruby heredocs name dozens) that no package ships: empty
  // stand-ins, so that the CLI does not warn about grammars the cases never reach.
  for (const scope of [...missing].sort()) {
    const file = path.join(stubDir, `${scope}.json`);
    writeFileSync(file, JSON.stringify({ scopeName: scope, patterns: [] }));
    grammars.push(file);
  }
  const cli = path.join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
  return [cli, ...grammars.flatMap((g) => ['-g', g]), path.relative(ROOT, path.join(__dirname, 'cases', '*'))];
}

if (require.main === module) {
  const stubDir = mkdtempSync(path.join(os.tmpdir(), 'clarifai-grammar-'));
  try {
    const result = spawnSync(process.execPath, [...cliArguments(stubDir), ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  } finally {
    rmSync(stubDir, { recursive: true, force: true });
  }
}
