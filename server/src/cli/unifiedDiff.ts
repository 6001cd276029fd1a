// Unified diffs of two texts, line by line, as `diff -u` writes them: hunks with context lines around the line
// diff's changes, `\ No newline at end of file` after a last line without one.
import { diffLines, splitLines } from '../core/lineDiff';

/**
 * The unified diff from `oldText` to `newText` under the headers `--- oldLabel` and `+++ newLabel`, with
 * `context` lines around each change; the empty string when the texts are equal.
 */
export function unifiedDiff(oldText: string, newText: string, oldLabel: string, newLabel: string, context = 3): string {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = diffLines(a, b);
  // The position in each text before each step.
  const atA: number[] = [];
  const atB: number[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    atA.push(i);
    atB.push(j);
    if (op !== 'insert') i++;
    if (op !== 'delete') j++;
  }
  const changes = ops.flatMap((op, step) => (op === 'equal' ? [] : [step]));
  if (changes.length === 0) return '';

  let out = `--- ${oldLabel}\n+++ ${newLabel}\n`;
  for (let first = 0; first < changes.length; ) {
    // A hunk runs on while the next change is close enough for the two contexts to meet.
    let last = first;
    while (last + 1 < changes.length && changes[last + 1]! - changes[last]! - 1 <= 2 * context) last++;
    const start = Math.max(0, changes[first]! - context);
    const end = Math.min(ops.length, changes[last]! + 1 + context);
    const oldCount = ops.slice(start, end).filter((op) => op !== 'insert').length;
    const newCount = ops.slice(start, end).filter((op) => op !== 'delete').length;
    out += `@@ -${range(atA[start]!, oldCount)} +${range(atB[start]!, newCount)} @@\n`;
    for (let step = start; step < end; step++) {
      const op = ops[step]!;
      out += op === 'insert' ? diffLine('+', b[atB[step]!]!) : diffLine(op === 'delete' ? '-' : ' ', a[atA[step]!]!);
    }
    first = last + 1;
  }
  return out;
}

/** A hunk's range as `diff` writes it: `3,2`, `3` for one line, and for none the line before it (`2,0`). */
function range(before: number, count: number): string {
  if (count === 0) return `${before},0`;
  return count === 1 ? `${before + 1}` : `${before + 1},${count}`;
}

function diffLine(prefix: string, line: string): string {
  return line.endsWith('\n') ? prefix + line : `${prefix}${line}\n\\ No newline at end of file\n`;
}
