// Properties every fix keeps, checked on every fixture and every emulator program: it removes its finding at that call, adds
// no syntax error, never writes a credential; fix-all converges and ends where fixing one finding at a time ends.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/fixes/fixAll';
import { languageIdForPath, languageInfo } from '../../server/src/core/languages';
import { analyzer, parse, REPO_ROOT } from '../helpers/analyzer';
import { fixAll, fixOneByOne, mapOffset } from '../helpers/fixing';

const FOLDERS = [path.join(REPO_ROOT, 'test', 'fixtures'), path.join(REPO_ROOT, 'test', 'emulator', 'programs')];

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
    return tree.rootNode.descendantsOfType(['ERROR', 'MISSING']).length + (tree.rootNode.hasError ? 1 : 0);
  } finally {
    tree.delete();
  }
}

describe('fixes', () => {
  for (const file of FOLDERS.flatMap(sourceFiles)) {
    const name = path.relative(path.join(REPO_ROOT, 'test'), file);
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
          const at = mapOffset(finding.span.start, fix.edits);
          const after = await core.analyzeText(fixed, languageId);
          const left = after.find((f) => f.rule === finding.rule && f.span.start >= at.start && f.span.start <= at.end);
          assert.equal(left, undefined, `${name}: "${fix.title}" leaves its ${finding.rule} finding:\n${fixed}`);
          assert.ok((await syntaxErrors(fixed, languageId)) <= errorsBefore, `${name}: "${fix.title}" adds a syntax error:\n${fixed}`);
        }
      }
      const all = await fixAll(text, languageId);
      assert.equal(await fixAll(all, languageId), all, `${name}: fix-all changes its own result`);
      // Where a directive suppresses a rule, fixing one call can turn another call's finding into a suppressed one
      // (a shared header gets its PAT, the other call still lacks owner ids), so the two orders may differ there.
      if (!/clarifai-ignore/.test(text)) assert.equal(await fixOneByOne(text, languageId), all, `${name}: fixing one at a time ends elsewhere than fix-all`);
    });
  }
});
