// Applying the core's fixes the ways users do: every fix at once (fix-all) until nothing changes, or one at a time.
import { applyEdits, mergeFixes } from '../../server/src/core/fixes/fixAll';
import type { TextEdit } from '../../server/src/core/model';
import { analyzer } from './analyzer';

const MAX_PASSES = 10;

/** Fix-all, repeated while it changes something (a fix that overlapped another waits for the next pass). */
export async function fixAll(text: string, languageId: string): Promise<string> {
  const core = await analyzer();
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = applyEdits(current, mergeFixes(await core.analyzeText(current, languageId)));
    if (next === current) return current;
    current = next;
  }
  throw new Error(`fix-all did not settle in ${MAX_PASSES} passes`);
}

/** The first fix of the first finding that has one, applied and re-analysed, until none is left. */
export async function fixOneByOne(text: string, languageId: string): Promise<string> {
  const core = await analyzer();
  let current = text;
  for (let step = 0; step < 100; step++) {
    const fix = (await core.analyzeText(current, languageId)).find((f) => f.fixes.length > 0)?.fixes[0];
    if (!fix) return current;
    current = applyEdits(current, fix.edits);
  }
  throw new Error('fixing one finding at a time did not settle');
}

/**
 * Where the text at an offset before the edits is after them: one offset, or the range of the new text when an
 * edit rewrote that place.
 */
export function mapOffset(offset: number, edits: readonly TextEdit[]): { start: number; end: number } {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start <= offset && offset < e.end) return { start: e.start + shift, end: e.start + shift + e.newText.length };
    if (e.end <= offset) shift += e.newText.length - (e.end - e.start);
  }
  return { start: offset + shift, end: offset + shift };
}
