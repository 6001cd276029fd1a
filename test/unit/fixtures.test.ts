// Every fixture file: the findings are exactly those its `expect:` comments name, on those lines.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { looksLikeSecret } from '../../server/src/core/clarifai/secrets';
import { REPO_ROOT } from '../helpers/analyzer';
import { actualFindings, analyzeFixture, expectedFindings } from '../helpers/expectations';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? fixtureFiles(full) : [full];
    })
    .sort();
}

function render(map: Map<number, string[]>): string {
  return [...map].sort(([a], [b]) => a - b).map(([line, rules]) => `${line}: ${rules.join(', ')}`).join('\n');
}

describe('fixtures', () => {
  for (const file of fixtureFiles(FIXTURES)) {
    const name = path.relative(FIXTURES, file);
    it(name, async () => {
      const { text, findings } = await analyzeFixture(file);
      const expected = expectedFindings(text);
      const actual = actualFindings(findings, expected);
      assert.equal(render(actual), render(expected), `findings of ${name} (actual first):\n${findings.map((f) => `${f.line}: ${f.rule} ${f.message}`).join('\n')}`);
      // No message ever repeats a credential written in the file.
      const secrets = findings.filter((f) => f.rule === 'hardcoded-credential').map((f) => f.text);
      for (const s of secrets) assert.ok(looksLikeSecret(s), `${name}: flagged text is not credential-shaped: ${s}`);
      for (const f of findings) for (const s of secrets) assert.ok(!f.message.includes(s), `${name}:${f.line}: message repeats a credential`);
    });
  }
});
