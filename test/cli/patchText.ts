// A strict applier of unified diffs for the tests, written apart from the CLI's diff module: every context and
// removed line must match exactly where the hunk header says, or it throws.

/** Lines with their terminators, the last without one if the text does not end with `\n`. */
function lines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

interface Hunk {
  oldStart: number;
  oldCount: number;
  newCount: number;
  oldLines: string[];
  newLines: string[];
}

/** The diffs of each file in a multi-file unified diff, by the path after `--- a/`. */
function parse(diff: string): Map<string, Hunk[]> {
  const files = new Map<string, Hunk[]>();
  const rows = lines(diff);
  let hunks: Hunk[] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.startsWith('--- a/')) {
      const next = rows[++i];
      const name = row.slice('--- a/'.length, -1);
      if (next !== `+++ b/${name}\n`) throw new Error(`expected +++ b/${name}, got ${JSON.stringify(next)}`);
      hunks = [];
      files.set(name, hunks);
      continue;
    }
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$/.exec(row);
    if (!header || !hunks) throw new Error(`unexpected diff line ${JSON.stringify(row)}`);
    const hunk: Hunk = { oldStart: Number(header[1]), oldCount: Number(header[2] ?? 1), newCount: Number(header[4] ?? 1), oldLines: [], newLines: [] };
    while (hunk.oldLines.length < hunk.oldCount || hunk.newLines.length < hunk.newCount) {
      const body = rows[++i];
      if (body === undefined) throw new Error('hunk ends early');
      let content = body.slice(1);
      if (rows[i + 1] === '\\ No newline at end of file\n') {
        content = content.slice(0, -1);
        i++;
      }
      if (body[0] === ' ' || body[0] === '-') hunk.oldLines.push(content);
      if (body[0] === ' ' || body[0] === '+') hunk.newLines.push(content);
      if (!' -+'.includes(body[0]!)) throw new Error(`unexpected hunk line ${JSON.stringify(body)}`);
    }
    hunks.push(hunk);
  }
  return files;
}

/** Applies `diff` to the texts `read` gives by path; returns the new text of every file in the diff. */
export function applyUnifiedDiff(diff: string, read: (path: string) => string): Map<string, string> {
  const result = new Map<string, string>();
  for (const [name, hunks] of parse(diff)) {
    const text = lines(read(name));
    let shift = 0;
    for (const hunk of hunks) {
      const at = (hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1) + shift;
      const found = text.slice(at, at + hunk.oldLines.length);
      if (JSON.stringify(found) !== JSON.stringify(hunk.oldLines)) throw new Error(`${name}: hunk at line ${hunk.oldStart} does not match`);
      text.splice(at, hunk.oldLines.length, ...hunk.newLines);
      shift += hunk.newLines.length - hunk.oldLines.length;
    }
    result.set(name, text.join(''));
  }
  return result;
}
