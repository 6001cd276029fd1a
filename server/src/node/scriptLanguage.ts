// The language of a file found on disk: by extension, and for a file without one, by its shebang line.
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { languageIdForPath, languageIdForShebang } from '../core/languages';

/** Enough of a file's start for any shebang line. */
const HEAD_BYTES = 128;

export function languageIdOfFile(absPath: string): string | undefined {
  const name = path.basename(absPath);
  const byName = languageIdForPath(name);
  if (byName !== undefined || name.includes('.')) return byName;
  return languageIdForShebang(firstLine(absPath));
}

/** The start of a file's first line; empty when it cannot be read (the read for analysis reports why). */
function firstLine(absPath: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    return head.subarray(0, length).toString('latin1').split('\n', 1)[0]!;
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
