// One fix pass over a notebook: the fixes are merged as in a source file, applied to the cells' texts and
// written into the stored sources of the changed cells.
import type { NotebookFinding } from '../core/analyze';
import { applyEdits, mergeFixes } from '../core/fixes/fixAll';
import type { Finding, TextEdit } from '../core/model';
import type { StoredCell } from '../core/notebook';
import { countApplied, type FixPass } from './fixPasses';
import { replaceCellSources, storedSources, storedText } from './notebookSources';

/** Applies the preferred fix of every finding to the notebook `fileText`, whose cells are `cells`. */
export function fixNotebookOnce(fileText: string, cells: readonly StoredCell[], findings: readonly NotebookFinding[]): FixPass | undefined {
  const stored = storedSources(fileText);
  // Cell offsets laid end to end, one apart, so that edits in different cells never overlap or touch.
  const bases: number[] = [];
  let next = 0;
  for (const cell of cells) {
    bases.push(next);
    next += cell.text.length + 1;
  }
  const flat = (cell: number, offset: number) => bases[cell]! + offset;
  const flatFindings: Finding[] = findings
    // A cell without a stored source (not valid nbformat) has nowhere to write a fix to.
    .filter((f) => f.fixes[0]?.edits.every((e) => stored[e.cell] !== undefined))
    .map((f) => ({
      ...f,
      span: { start: flat(f.cell, f.span.start), end: flat(f.cell, f.span.end) },
      fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ start: flat(e.cell, e.start), end: flat(e.cell, e.end), newText: e.newText })) })),
    }));
  const edits = mergeFixes(flatFindings);

  const byCell = new Map<number, TextEdit[]>();
  for (const edit of edits) {
    const cell = cellAt(bases, edit.start);
    const base = bases[cell]!;
    byCell.set(cell, [...(byCell.get(cell) ?? []), { start: edit.start - base, end: edit.end - base, newText: edit.newText }]);
  }
  const texts = new Map<number, string>();
  for (const [cell, cellEdits] of byCell) {
    const text = cells[cell]!.text;
    // The stored source must read as the core read it, or the edits' offsets would land elsewhere.
    if (storedText(fileText, stored[cell]!) !== text) throw new Error(`cell ${cell} reads differently from its stored source`);
    const fixed = applyEdits(text, cellEdits);
    if (fixed !== text) texts.set(cell, fixed);
  }
  if (texts.size === 0) return undefined;
  return { text: replaceCellSources(fileText, stored, texts), problems: countApplied(flatFindings, edits) };
}

/** The cell whose laid-out offsets hold `offset`: the last one starting at or before it. */
function cellAt(bases: readonly number[], offset: number): number {
  let cell = 0;
  while (cell + 1 < bases.length && bases[cell + 1]! <= offset) cell++;
  return cell;
}
