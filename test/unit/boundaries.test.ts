// The core stays pure: no file system, process, network, LSP or VS Code imports under server/src/core.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import ts from 'typescript';
import { REPO_ROOT } from '../helpers/analyzer';

const CORE = path.join(REPO_ROOT, 'server', 'src', 'core');
const ALLOWED_PACKAGES = new Set(['@vscode/tree-sitter-wasm']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

it('imports only relative modules and the tree-sitter runtime', () => {
  const offenders: string[] = [];
  for (const file of sources(CORE)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.') && !ALLOWED_PACKAGES.has(fileName)) offenders.push(`${path.relative(REPO_ROOT, file)}: ${fileName}`);
    }
  }
  assert.deepEqual(offenders, []);
});
