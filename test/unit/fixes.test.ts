// Properties every fix keeps, checked on every fixture: it removes its finding, adds no syntax error,
// never writes a credential, and fix-all converges in one pass.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, mergeFixes } from '../../server/src/core/fixes/fixAll';
import { languageIdForPath, languageInfo } from '../../server/src/core/languages';
import { analyzer, parse, REPO_ROOT } from '../helpers/analyzer';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    const id = languageIdForPath(full);
    return id && languageInfo(id) ? [full] : [];
  });
}

async function syntaxErrors(text: string, languageId: string): Promise<number> {
  const tree = await parse(languageInfo(languageId)!.grammar, text);
  try {
    return tree.rootNode.descendantsOfType(['ERROR']).length + (tree.rootNode.hasError ? 1 : 0);
  } finally {
    tree.delete();
  }
}

describe('fixes', () => {
  for (const file of sourceFiles(FIXTURES)) {
    const name = path.relative(FIXTURES, file);
    it(name, async () => {
      const core = await analyzer();
      const languageId = languageIdForPath(file)!;
      const text = readFileSync(file, 'utf8');
      const findings = await core.analyzeText(text, languageId);
      const errorsBefore = await syntaxErrors(text, languageId);
      const secrets = findings.filter((f) => f.rule === 'hardcoded-credential').map((f) => text.slice(f.span.start, f.span.end));
      for (const finding of findings) {
        for (const fix of finding.fixes) {
          const fixed = applyEdits(text, fix.edits);
          for (const s of secrets) assert.ok(!fix.edits.some((e) => e.newText.includes(s)), `${name}: ${fix.title} writes a credential`);
          const after = await core.analyzeText(fixed, languageId);
          const same = (f: (typeof after)[number]) => f.rule === finding.rule && fixed.slice(f.span.start, f.span.end) === text.slice(finding.span.start, finding.span.end);
          assert.ok(!after.some(same), `${name}: "${fix.title}" leaves its ${finding.rule} finding`);
          assert.ok((await syntaxErrors(fixed, languageId)) <= errorsBefore, `${name}: "${fix.title}" adds a syntax error:\n${fixed}`);
        }
      }
      // Fix-all: one pass fixes what it can, a second pass finds nothing more to do.
      const once = applyEdits(text, mergeFixes(findings));
      let again = await core.analyzeText(once, languageId);
      const twice = applyEdits(once, mergeFixes(again));
      again = await core.analyzeText(twice, languageId);
      assert.equal(applyEdits(twice, mergeFixes(again)), twice, `${name}: fix-all does not converge`);
    });
  }
});
