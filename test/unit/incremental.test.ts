// An open document parsed incrementally gives the same findings as a fresh analysis of the same text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { languageIdForPath, NOTEBOOK_LANGUAGE_ID } from '../../server/src/core/languages';
import { analyzer, REPO_ROOT } from '../helpers/analyzer';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
/** Every Python and C# fixture, and the two largest of each other language (folders nested by what they show). */
const FILES = readdirSync(FIXTURES).flatMap((language) => {
  const names = readdirSync(path.join(FIXTURES, language), { recursive: true, encoding: 'utf8' })
    .filter((n) => languageIdForPath(n) !== undefined && languageIdForPath(n) !== NOTEBOOK_LANGUAGE_ID)
    .map((n) => path.join(language, n));
  if (language === 'python' || language === 'csharp') return names.sort();
  const size = (n: string) => statSync(path.join(FIXTURES, n)).size;
  return names.sort((a, b) => size(b) - size(a) || a.localeCompare(b)).slice(0, 2);
});

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTIONS = ['x', '\n', '"', '(', ')', '  ', 'metadata', '\n# c\n', 'é😀', '\r\n', 'user_app_id=own, '];

describe('incremental parsing', () => {
  for (const name of FILES) {
    it(`matches a fresh analysis after random edits to ${name}`, async () => {
      const core = await analyzer();
      const languageId = languageIdForPath(name)!;
      const doc = core.open(languageId)!;
      let text = readFileSync(path.join(FIXTURES, name), 'utf8');
      doc.setText(text);
      await doc.analyze();
      const next = random(path.basename(name).length);
      for (let step = 0; step < 25; step++) {
        const start = Math.floor(next() * text.length);
        const end = Math.min(text.length, start + Math.floor(next() * 4) * (next() < 0.5 ? 1 : 0));
        const inserted = INSERTIONS[Math.floor(next() * INSERTIONS.length)]!;
        doc.applyChanges([{ start, end, text: inserted }]);
        text = text.slice(0, start) + inserted + text.slice(end);
        assert.equal(doc.currentText, text);
        const incremental = await doc.analyze();
        const fresh = await core.analyzeText(text, languageId);
        assert.deepEqual(incremental, fresh, `step ${step}: insert ${JSON.stringify(inserted)} at ${start}`);
      }
      doc.dispose();
    });
  }

  it('applies several changes in one event, each on the text the previous one left', async () => {
    const core = await analyzer();
    const doc = core.open('python')!;
    doc.setText('import clarifai_grpc\nb = 2\n');
    doc.applyChanges([
      { start: 0, end: 0, text: '# head\n' },
      { start: 7, end: 27, text: 'from clarifai_grpc.grpc.api import service_pb2' },
    ]);
    assert.equal(doc.currentText, '# head\nfrom clarifai_grpc.grpc.api import service_pb2\nb = 2\n');
    doc.dispose();
  });
});
