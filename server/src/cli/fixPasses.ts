// Fixing a file: apply the preferred fix of every finding in one pass, analyse the new text, and repeat until
// a pass changes nothing. One fix can make room for another (a fix whose edits overlapped waits a pass).
import { applyEdits, mergeFixes } from '../core/fixes/fixAll';
import type { Finding, TextEdit } from '../core/model';

/** A file whose fixes still change it after this many passes is written as it stands, with a warning. */
export const MAX_FIX_PASSES = 10;

/** One pass's result: the new text and how many findings' fixes it applied. */
export interface FixPass {
  text: string;
  problems: number;
}

export interface FixRun<A> {
  /** The analysis of the text as read: what the report would show without fixing. */
  first: A;
  /** The analysis of the final text. */
  last: A;
  text: string;
  /** Findings whose preferred fix was applied, over all passes. */
  problems: number;
  /** False when the fixes still changed the text after MAX_FIX_PASSES passes. */
  settled: boolean;
}

/**
 * Runs fix passes from `text` and its analysis `first`. `pass` applies the fixes of an analysis to the text it
 * was made of, or returns undefined when they change nothing; `analyse` analyses a new text.
 */
export async function fixUntilSettled<A>(text: string, first: A, analyse: (text: string) => Promise<A>, pass: (text: string, analysis: A) => FixPass | undefined): Promise<FixRun<A>> {
  let last = first;
  let problems = 0;
  for (let passes = 0; ; passes++) {
    const next = pass(text, last);
    if (next === undefined) return { first, last, text, problems, settled: true };
    if (passes === MAX_FIX_PASSES) return { first, last, text, problems, settled: false };
    text = next.text;
    problems += next.problems;
    last = await analyse(text);
  }
}

/** One pass over a source file. */
export function fixTextOnce(text: string, findings: readonly Finding[]): FixPass | undefined {
  const edits = mergeFixes(findings);
  const fixed = applyEdits(text, edits);
  return fixed === text ? undefined : { text: fixed, problems: countApplied(findings, edits) };
}

/** How many findings have a preferred fix whose every edit is among the merged `edits`. */
export function countApplied(findings: readonly Pick<Finding, 'fixes'>[], edits: readonly TextEdit[]): number {
  const made = new Set(edits.map(editKey));
  return findings.filter((f) => {
    const fix = f.fixes[0];
    return fix !== undefined && fix.edits.length > 0 && fix.edits.every((e) => made.has(editKey(e)));
  }).length;
}

function editKey(edit: TextEdit): string {
  return `${edit.start}:${edit.end}:${edit.newText}`;
}
