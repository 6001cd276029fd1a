// The fixtures and what fix-all makes of them: test/fixtures-fixed holds, for every Python, JavaScript and
// TypeScript fixture with a fix, the expected result under the same relative path. Run this file with tsx to
// write those expectations after a deliberate change to the fixes (then review the diff).
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { languageIdForPath, languageInfo } from '../../server/src/core/languages';
import { REPO_ROOT } from './analyzer';
import { fixAll } from './fixing';

export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
export const FIXED = path.join(REPO_ROOT, 'test', 'fixtures-fixed');

/** Every source fixture (notebooks are fixed cell by cell, which the CLI tests cover). */
export function sourceFixtures(dir = FIXTURES): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sourceFixtures(full);
      const id = languageIdForPath(full);
      return id && languageInfo(id) ? [full] : [];
    })
    .sort();
}

export function fixedPath(fixture: string): string {
  return path.join(FIXED, path.relative(FIXTURES, fixture));
}

async function write(): Promise<void> {
  for (const file of sourceFixtures()) {
    const text = readFileSync(file, 'utf8');
    const fixed = await fixAll(text, languageIdForPath(file)!);
    if (fixed === text) continue;
    mkdirSync(path.dirname(fixedPath(file)), { recursive: true });
    writeFileSync(fixedPath(file), fixed);
  }
}

if (require.main === module) void write();
