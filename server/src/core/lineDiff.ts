// Line diffs of two texts: Myers' shortest edit script, with equal lines at both ends matched first.

export type LineOp = 'equal' | 'delete' | 'insert';

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
