// Every fixture next to what fix-all must make of it (test/fixtures-fixed; a fixture with nothing to fix stays as it
// is), in the file's own line endings: the same result with CRLF, line for line.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { languageIdForPath } from '../../server/src/core/languages';
import { FIXTURES, fixedPath, sourceFixtures } from '../helpers/fixedFixtures';
import { fixAll } from '../helpers/fixing';

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

describe('fix-all on every fixture', () => {
  for (const file of sourceFixtures()) {
    const name = path.relative(FIXTURES, file);
    it(name, async () => {
      const languageId = languageIdForPath(file)!;
      const text = readFileSync(file, 'utf8');
      const expected = existsSync(fixedPath(file)) ? readFileSync(fixedPath(file), 'utf8') : text;
      assert.equal(await fixAll(text, languageId), expected);
      assert.equal(await fixAll(crlf(text), languageId), crlf(expected), 'with CRLF line endings');
    });
  }
});
