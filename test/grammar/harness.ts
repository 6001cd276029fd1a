// Runs the injection grammar the way VS Code does: host-language grammars from npm (`tm-grammars`, plus a
// stand-in for VS Code's own `text.html.php`), the extension's grammars and `injectTo` from package.json, and
// vscode-textmate 9 (VS Code's engine) with vscode-oniguruma. The assertion files in cases/ use the format of
// `vscode-tmgrammar-test`, whose CLI `npm run test:grammar` runs them too (see cli.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { parseGrammarTestCase, runGrammarTestCase, type TestFailure } from 'vscode-tmgrammar-test/dist/unit/index';

export const ROOT = path.resolve(__dirname, '../..');
export const CASES_DIR = path.join(__dirname, 'cases');
const TM_GRAMMARS_DIR = path.join(ROOT, 'node_modules/tm-grammars/grammars');

/** Root grammars VS Code has built in that no npm package ships, replaced in tests by stand-ins here. */
export const STAND_INS = [path.join(__dirname, 'text.html.php.tmLanguage.json')];

export interface RawGrammar {
  scopeName: string;
  injectionSelector?: string;
  patterns?: unknown[];
  repository?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A `contributes.grammars` entry of package.json, its path made absolute. */
export interface Contribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
  language?: string;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function contributions(): Contribution[] {
  const manifest = readJson<{ contributes?: { grammars?: Contribution[] } }>(path.join(ROOT, 'package.json'));
  return (manifest.contributes?.grammars ?? []).map((g) => ({ ...g, path: path.resolve(ROOT, g.path) }));
}

/** The contributed injection grammar (the one with `injectTo`). */
export function injectionContribution(): Contribution {
  const found = contributions().find((g) => g.injectTo && g.injectTo.length > 0);
  if (!found) throw new Error('package.json contributes no grammar with injectTo');
  return found;
}

let hostIndex: Map<string, string> | undefined;

/** Scope name → file of every host grammar: all of tm-grammars, then the stand-ins. */
export function hostGrammarFiles(): Map<string, string> {
  if (!hostIndex) {
    hostIndex = new Map();
    for (const name of readdirSync(TM_GRAMMARS_DIR).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(TM_GRAMMARS_DIR, name);
      hostIndex.set(readJson<RawGrammar>(file).scopeName, file);
    }
    for (const file of STAND_INS) hostIndex.set(readJson<RawGrammar>(file).scopeName, file);
  }
  return hostIndex;
}

/** Scope names a grammar includes from other grammars (`source.x`, `source.x#rule`). */
export function externalIncludes(grammar: unknown): Set<string> {
  const found = new Set<string>();
  JSON.stringify(grammar, (key, value: unknown) => {
    if (key === 'include' && typeof value === 'string' && !value.startsWith('#') && !value.startsWith('$')) {
      found.add(value.split('#')[0]!);
    }
    return value;
  });
  return found;
}

/**
 * The grammars a test of `scopeName` loads: the root, everything it includes (transitively), and the contributed
 * grammars with their includes. `missing` are the included scopes that no file provides.
 */
export function grammarClosure(scopeNames: readonly string[]): { files: Map<string, string>; missing: Set<string> } {
  const hosts = hostGrammarFiles();
  const contributed = new Map(contributions().map((c) => [c.scopeName, c.path]));
  const files = new Map<string, string>();
  const missing = new Set<string>();
  const queue = [...scopeNames, ...contributed.keys()];
  while (queue.length > 0) {
    const scope = queue.pop()!;
    if (files.has(scope) || missing.has(scope)) continue;
    const file = contributed.get(scope) ?? hosts.get(scope);
    if (!file) {
      missing.add(scope);
      continue;
    }
    files.set(scope, file);
    queue.push(...externalIncludes(readJson(file)));
  }
  return { files, missing };
}

let onigLib: Promise<vsctm.IOnigLib> | undefined;

function loadOniguruma(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/**
 * Throws unless Oniguruma compiles the regular expression. vscode-oniguruma does not throw for an invalid pattern: a
 * scanner holding one never matches, so it is paired with `\z`, which matches the empty string.
 */
export async function compileRegex(source: string): Promise<void> {
  const lib = await loadOniguruma();
  const scanner = lib.createOnigScanner([source, '\\z']);
  const text = lib.createOnigString('');
  const match = scanner.findNextMatchSync(text, 0, 0);
  scanner.dispose?.();
  text.dispose?.();
  if (match === null) throw new Error(`Oniguruma cannot compile ${source}`);
}

export interface RegistryOptions {
  /** Replaces the contributed injection grammar (same scope name and injectTo), e.g. to check that tests can fail. */
  injection?: RawGrammar;
}

/**
 * A vscode-textmate registry as VS Code builds it: every grammar by scope name, and for a root scope the injection
 * grammars whose `injectTo` names it or one of its prefixes (`source.js.jsx` takes those of `source.js` too).
 */
export function createRegistry(options: RegistryOptions = {}): vsctm.Registry {
  const hosts = hostGrammarFiles();
  const contributed = contributions();
  const injection = injectionContribution();
  const injectTo = new Map<string, string[]>();
  for (const c of contributed) {
    for (const target of c.injectTo ?? []) injectTo.set(target, [...(injectTo.get(target) ?? []), c.scopeName]);
  }
  return new vsctm.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      if (options.injection && scopeName === injection.scopeName) return structuredClone(options.injection) as unknown as vsctm.IRawGrammar;
      const file = contributed.find((c) => c.scopeName === scopeName)?.path ?? hosts.get(scopeName);
      // Unknown embedded languages are left out, as in a VS Code without their extensions.
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => {
      const parts = scopeName.split('.');
      return parts.flatMap((_, i) => injectTo.get(parts.slice(0, i + 1).join('.')) ?? []);
    },
  });
}

export function caseFiles(): string[] {
  return readdirSync(CASES_DIR)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => path.join(CASES_DIR, name));
}

/** The scope a case file tests, from its `SYNTAX TEST "<scope>"` header. */
export function caseScope(file: string): string {
  return parseGrammarTestCase(readFileSync(file, 'utf8')).metadata.scope;
}

export async function runCase(registry: vsctm.Registry, file: string): Promise<TestFailure[]> {
  const testCase = parseGrammarTestCase(readFileSync(file, 'utf8'));
  // vscode-tmgrammar-test types its registry with its own (older) vscode-textmate; it only calls loadGrammar and tokenizeLine.
  return runGrammarTestCase(registry as unknown as Parameters<typeof runGrammarTestCase>[0], testCase);
}

/** Failures as `file:line` with the missing, unexpected and actual scopes of each token. */
export function describeFailures(file: string, failures: readonly TestFailure[]): string {
  const source = readFileSync(file, 'utf8').split(/\r?\n/);
  return failures
    .map((f) => {
      // `line` is the 0-based line of the source line that the failing assertion is under.
      const text = source[f.line] ?? '';
      return [
        `${path.relative(ROOT, file)}:${f.line + 1} columns ${f.start}-${f.end} of: ${text}`,
        f.missing.length > 0 ? `  missing:    ${f.missing.join(' ')}` : '',
        f.unexpected.length > 0 ? `  unexpected: ${f.unexpected.join(' ')}` : '',
        `  actual:     ${f.actual.join(' ')}`,
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
}
