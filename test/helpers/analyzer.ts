// The analysis core loaded the way the CLI and the server load it, with the grammars from node_modules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAnalyzer, type Analyzer } from '../../server/src/core/analyze';
import type { GrammarName } from '../../server/src/core/languages';
import { Parsers } from '../../server/src/core/parsing/parser';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const WASM_DIR = path.join(REPO_ROOT, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm');

let shared: Promise<Analyzer> | undefined;

/** One analyzer per test process: the runtime and grammars load once. */
export function analyzer(): Promise<Analyzer> {
  shared ??= createAnalyzer(async (file) => readFileSync(path.join(WASM_DIR, file)));
  return shared;
}

let parsers: Promise<Parsers> | undefined;

/** Parses a snippet with the grammar the analyzer would use. */
export async function parse(grammar: GrammarName, text: string) {
  parsers ??= Parsers.create(async (file) => readFileSync(path.join(WASM_DIR, file)));
  const p = await parsers;
  await p.prepare(grammar);
  return p.parse(grammar, text);
}
