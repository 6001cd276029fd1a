// The TextMate injection grammar (syntaxes/clarifai.injection.tmLanguage.json) against the host grammars of every
// language it is injected into, with the assertion files in cases/ (format of `vscode-tmgrammar-test`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cliArguments } from './cli';
import {
  caseFiles,
  caseScope,
  compileRegex,
  createRegistry,
  describeFailures,
  hostGrammarFiles,
  injectionContribution,
  readJson,
  ROOT,
  runCase,
  type RawGrammar,
} from './harness';

const contribution = injectionContribution();
const grammar = readJson<RawGrammar>(contribution.path);

/** Every regular expression in a grammar, with where it is. */
function regexes(node: unknown, where = '$'): { where: string; source: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => regexes(item, `${where}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    ['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string'
      ? [{ where: `${where}.${key}`, source: value }]
      : regexes(value, `${where}.${key}`),
  );
}

describe('injection grammar', () => {
  it('is the grammar package.json contributes, with its scope name and an injection selector', () => {
    assert.equal(path.relative(ROOT, contribution.path), path.join('syntaxes', 'clarifai.injection.tmLanguage.json'));
    assert.equal(grammar.scopeName, contribution.scopeName);
    assert.equal(grammar.scopeName, 'source.clarifai.injection');
    assert.match(grammar.injectionSelector ?? '', /L:comment\b/);
    assert.match(grammar.injectionSelector ?? '', /L:string\b/);
    // VS Code ignores the `injections` of an injected grammar (only a root grammar's count), so none may be relied on.
    assert.equal(grammar['injections'], undefined);
  });

  it('has only regular expressions that Oniguruma compiles', async () => {
    const all = regexes(grammar);
    assert.ok(all.length > 10, 'expected the grammar to have patterns');
    for (const { where, source } of all) {
      await assert.doesNotReject(compileRegex(source), `${where}: ${source}`);
    }
  });

  it('injects into scope names that the host grammars use, each covered by an assertion file', () => {
    const hosts = hostGrammarFiles();
    const tested = new Set(caseFiles().map(caseScope));
    for (const scope of contribution.injectTo ?? []) {
      assert.ok(hosts.has(scope), `injectTo names ${scope}, which no host grammar has`);
      assert.ok(tested.has(scope), `no assertion file in test/grammar/cases/ tests ${scope}`);
    }
  });

  describe('assertion files (vscode-textmate 9, as in VS Code)', () => {
    const registry = createRegistry();
    for (const file of caseFiles()) {
      it(path.basename(file), async () => {
        const failures = await runCase(registry, file);
        assert.equal(failures.length, 0, `\n${describeFailures(file, failures)}`);
      });
    }
  });

  it('makes every assertion file fail when the injection adds nothing', async () => {
    const registry = createRegistry({ injection: { ...grammar, patterns: [], repository: {} } });
    for (const file of caseFiles()) {
      const failures = await runCase(registry, file);
      assert.ok(failures.length > 0, `${path.basename(file)} passes without the injection: it tests nothing of it`);
    }
  });

  it('adds little time on long adversarial lines (no catastrophic backtracking)', async () => {
    const withInjection = createRegistry();
    const without = createRegistry({ injection: { ...grammar, patterns: [], repository: {} } });
    const lines = [
      `# clarifai-ignore-next-line ${'a-'.repeat(1000)}`,
      `# clarifai-ignore-next-line x -- ${"it's ".repeat(400)}`,
      `// clarifai-ignore-next-line ${'x '.repeat(1000)}"`,
      `x = "Key ${'a'.repeat(2000)}"`,
      `x = "Key ${'{'.repeat(1000)}"`,
      `x = "Key ${'$('.repeat(1000)}"`,
      `x = "https://api.clarifai.com/${'a/%2'.repeat(500)}"`,
      `x = "https://clarifai.com/${'u.'.repeat(1000)}/app/models/x"`,
      `x = 1  # ${'# clarifai-ignore '.repeat(100)}"`,
      `x = "${' # clarifai-ignore x'.repeat(100)}"`,
      `x = "${' // clarifai-ignore x'.repeat(100)}`,
    ];
    const time = async (registry: typeof without, scope: string, line: string) => {
      const tokenizer = await registry.loadGrammar(scope);
      assert.ok(tokenizer, scope);
      tokenizer.tokenizeLine('warm up', null);
      const started = performance.now();
      const result = tokenizer.tokenizeLine(line, null, 5000);
      assert.equal(result.stoppedEarly, false, `${scope}: ${line.slice(0, 40)}… did not finish`);
      return performance.now() - started;
    };
    for (const scope of ['source.python', 'source.shell', 'source.cs', 'source.ts', 'source.ruby']) {
      for (const line of lines) {
        const extra = (await time(withInjection, scope, line)) - (await time(without, scope, line));
        assert.ok(extra < 250, `${scope}: the injection adds ${Math.round(extra)} ms to ${line.slice(0, 40)}…`);
      }
    }
  });

  it('passes with the vscode-tmgrammar-test CLI (npm run test:grammar)', () => {
    const stubDir = mkdtempSync(path.join(os.tmpdir(), 'clarifai-grammar-'));
    try {
      const result = spawnSync(process.execPath, [...cliArguments(stubDir), '--compact'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
      assert.doesNotMatch(result.stderr, /grammar not found/);
      assert.equal((result.stdout.match(/run successfuly/g) ?? []).length, caseFiles().length, result.stdout);
    } finally {
      rmSync(stubDir, { recursive: true, force: true });
    }
  });
});
