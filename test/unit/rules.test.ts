// The rule registry agrees with the model, the README and the fixtures.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { RULE_IDS } from '../../server/src/core/model';
import { RULES, ruleDocsUrl } from '../../server/src/core/rules';
import { REPO_ROOT } from '../helpers/analyzer';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('rules', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const fixtures = files(path.join(REPO_ROOT, 'test', 'fixtures')).map((f) => readFileSync(f, 'utf8')).join('\n');

  it('registers every rule id once, in the model order', () => {
    assert.deepEqual(
      RULES.map((r) => r.meta.id),
      [...RULE_IDS],
    );
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id} is a stable kebab-case id in its own module`, () => {
      assert.match(id, /^[a-z]+(-[a-z]+)+$/);
      assert.ok(statSync(path.join(REPO_ROOT, 'server', 'src', 'core', 'rules', `${id}.ts`)).isFile());
    });
    it(`${id} has a README section that its documentation link points to`, () => {
      assert.match(readme, new RegExp(`^### ${id}$`, 'm'));
      assert.ok(ruleDocsUrl(id).endsWith(`#${id}`));
    });
    it(`${id} has a title, a description and positive fixtures`, () => {
      assert.ok(rule.meta.title.length > 10 && rule.meta.description.length > 50);
      assert.match(fixtures, new RegExp(`expect: (?:[a-z:-]+, )*${id}\\b`));
    });
  }
});
