// The analysis core loaded the way the CLI and the server load it, with the grammars from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createAnalyzer, type Analyzer } from '../../server/src/core/analyze';
import type { GrammarName } from '../../server/src/core/languages';
import { Parsers } from '../../server/src/core/parsing/parser';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const WASM_DIR = path.join(REPO_ROOT, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm');
/** The grammars VS Code's build lacks (Kotlin, Swift), as esbuild.mjs copies them. */
const OTHER_WASM_DIR = path.join(REPO_ROOT, 'node_modules', 'tree-sitter-wasms', 'out');

/** A runtime or grammar file, from VS Code's build or else from tree-sitter-wasms. */
async function loadWasm(file: string): Promise<Uint8Array> {
  const own = path.join(WASM_DIR, file);
  return readFileSync(existsSync(own) ? own : path.join(OTHER_WASM_DIR, file));
}

let shared: Promise<Analyzer> | undefined;

/** One analyzer per test process: the runtime and grammars load once. */
export function analyzer(): Promise<Analyzer> {
  shared ??= createAnalyzer(loadWasm);
  return shared;
}

let parsers: Promise<Parsers> | undefined;

/** Parses a snippet with the grammar the analyzer would use. */
export async function parse(grammar: GrammarName, text: string) {
  parsers ??= Parsers.create(loadWasm);
  const p = await parsers;
  await p.prepare(grammar);
  return p.parse(grammar, text);
}
