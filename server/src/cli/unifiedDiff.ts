// Unified diffs of two texts, line by line, as `diff -u` writes them: Myers' shortest edit script, hunks with
// context lines, `\ No newline at end of file` after a last line without one.

type LineOp = 'equal' | 'delete' | 'insert';

/** The lines of a text, each with its `\n` (a `\r` before it stays part of the line); the last may have none. */
export function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/**
 * A shortest edit script from `a` to `b`: for each step, whether it keeps a line of both, deletes one of `a` or
 * inserts one of `b`. Lines equal at both ends are matched first, so a few edits in a long file stay cheap.
 */
export function diffLines(a: readonly string[], b: readonly string[]): LineOp[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = deletionsFirst(myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
  return [...Array<LineOp>(head).fill('equal'), ...middle, ...Array<LineOp>(tail).fill('equal')];
}

/** Puts the deletions of each run of changes before its insertions, as `diff` prints them. */
function deletionsFirst(ops: LineOp[]): LineOp[] {
  for (let start = 0; start < ops.length; ) {
    let end = start;
    while (end < ops.length && ops[end] !== 'equal') end++;
    const deletions = ops.slice(start, end).filter((op) => op === 'delete').length;
    ops.fill('delete', start, start + deletions).fill('insert', start + deletions, end);
    start = end + 1;
  }
  return ops;
}

/** Myers' O((N+M)D) greedy algorithm, keeping each round's furthest points (O(D²) memory) to walk the path back. */
function myers(a: readonly string[], b: readonly string[]): LineOp[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  // furthest[k + max]: the furthest x reached on diagonal k (= x - y) so far.
  const furthest = new Int32Array(2 * max + 2);
  // rounds[d][k + d]: the furthest x on diagonal k after round d.
  const rounds: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[k - 1 + max]! < furthest[k + 1 + max]!);
      let x = down ? furthest[k + 1 + max]! : furthest[k - 1 + max]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) (x++, y++);
      furthest[k + max] = x;
      if (x >= n && y >= m) found = true;
    }
    rounds.push(furthest.slice(max - d, max + d + 1));
  }

  const ops: LineOp[] = [];
  let x = n;
  let y = m;
  for (let d = rounds.length - 1; d > 0; d--) {
    const before = rounds[d - 1]!;
    const previous = (k: number) => before[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && previous(k - 1) < previous(k + 1));
    const fromK = down ? k + 1 : k - 1;
    const fromX = previous(fromK);
    const fromY = fromX - fromK;
    for (; x > (down ? fromX : fromX + 1); x--, y--) ops.push('equal');
    ops.push(down ? 'insert' : 'delete');
    x = fromX;
    y = fromY;
  }
  for (; x > 0; x--) ops.push('equal');
  return ops.reverse();
}

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
