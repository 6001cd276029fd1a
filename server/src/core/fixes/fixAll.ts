// Fix-all: the preferred fix of every finding in one document, merged into edits that do not overlap.
import { diffLines, splitLines } from '../lineDiff';
import type { Finding, TextEdit } from '../model';

/**
 * Takes each finding's first fix, in document order. An edit another fix already makes (the same `import os`)
 * is made once; a fix whose other edits overlap an edit already kept is left for the next run. Edits at the
 * same insertion point stay in order.
 */
export function mergeFixes(findings: readonly Finding[]): TextEdit[] {
  const kept: TextEdit[] = [];
  const ordered = [...findings].sort((a, b) => a.span.start - b.span.start);
  for (const finding of ordered) {
    const fix = finding.fixes[0];
    if (!fix) continue;
    const edits = fix.edits.filter((e) => !kept.some((k) => same(e, k)));
    if (edits.some((e) => kept.some((k) => overlaps(e, k)))) continue;
    kept.push(...edits);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Two fixes that both add the same text at the same place (an import, a constant) need it once. */
function same(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** Edits that turn `before` into `after`: one per run of changed lines, so that unchanged lines stay untouched. */
export function editsBetween(before: string, after: string): TextEdit[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const edits: TextEdit[] = [];
  let offset = 0;
  let ai = 0;
  let bi = 0;
  let run: TextEdit | undefined;
  for (const op of diffLines(a, b)) {
    if (op === 'equal') {
      if (run) edits.push(run);
      run = undefined;
      offset += a[ai++]!.length;
      bi++;
      continue;
    }
    run ??= { start: offset, end: offset, newText: '' };
    if (op === 'delete') {
      offset += a[ai++]!.length;
      run.end = offset;
    } else run.newText += b[bi++]!;
  }
  if (run) edits.push(run);
  return edits;
}
