// The analysis core loaded the way the CLI and the server load it, with the grammars from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createAnalyzer, type Analyzer } from '../../server/src/core/analyze';
import { DETECTORS } from '../../server/src/core/detectors';
import type { FixSupport } from '../../server/src/core/fixes/support';
import { languageInfo, type GrammarName } from '../../server/src/core/languages';
import { Parsers } from '../../server/src/core/parsing/parser';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
// VS Code's build has the runtime and most grammars; tree-sitter-wasms has the ones it lacks (as esbuild.mjs copies them).
const WASM_DIRS = [path.join(REPO_ROOT, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'), path.join(REPO_ROOT, 'node_modules', 'tree-sitter-wasms', 'out')];

async function load(file: string): Promise<Uint8Array> {
  const dir = WASM_DIRS.find((d) => existsSync(path.join(d, file))) ?? WASM_DIRS[0]!;
  return readFileSync(path.join(dir, file));
}

let shared: Promise<Analyzer> | undefined;

/** One analyzer per test process: the runtime and grammars load once. */
export function analyzer(): Promise<Analyzer> {
  shared ??= createAnalyzer(load);
  return shared;
}

let parsers: Promise<Parsers> | undefined;

/** Parses a snippet with the grammar the analyzer would use. */
export async function parse(grammar: GrammarName, text: string) {
  parsers ??= Parsers.create(load);
  const p = await parsers;
  await p.prepare(grammar);
  return p.parse(grammar, text);
}

/** What a language's detector tells fix builders about a text (its tree stays alive for the rest of the test run). */
export async function fixSupportFor(languageId: string, text: string): Promise<FixSupport> {
  const language = languageInfo(languageId);
  if (!language) throw new Error(`no language ${languageId}`);
  const tree = await parse(language.grammar, text);
  return DETECTORS[language.family](tree.rootNode, text).support;
}
