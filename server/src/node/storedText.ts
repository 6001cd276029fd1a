// Reads a UTF-8 text file as stored (byte-order mark and all) and replaces it atomically, only while it still
// holds the text that was read: a file saved by someone else in the meantime is never overwritten.
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fstatSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';

export interface StoredText {
  /** The text, without the byte-order mark. */
  text: string;
  /** The file starts with a UTF-8 byte-order mark. */
  bom: boolean;
}

export type ReplaceOutcome = 'replaced' | 'changed' | 'not-utf8';

const BOM = '\uFEFF';
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a text file; undefined when its bytes are not valid UTF-8. Throws on file-system errors. */
export function readStoredText(absPath: string): StoredText | undefined {
  return snapshot(absPath)?.stored;
}

/**
 * Replaces the text of the file at `absPath` (through symbolic links) with `replacement` if it still holds
 * `expected`: written to a temporary file in the same folder with the same mode, synced, then renamed over the
 * file, so that readers see the old or the new file and never half of one. Keeps a byte-order mark.
 * Returns 'changed' (and writes nothing) when the file no longer holds `expected`, or changes while the new
 * text is written. Throws on file-system errors, leaving the file as it was.
 */
export function replaceStoredText(absPath: string, expected: string, replacement: string): ReplaceOutcome {
  const target = realpathSync(absPath);
  const before = snapshot(target);
  if (before === undefined) return 'not-utf8';
  if (before.stored.text !== expected) return 'changed';
  // A short name of its own: the file's name plus a suffix could exceed the file system's limit.
  const temp = path.join(path.dirname(target), `.clarifai-pat-lint-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeFileSync(fd, (before.stored.bom ? BOM : '') + replacement, 'utf8');
      fchmodSync(fd, before.stats.mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The last look before the rename: a save since the read above wins over the fix.
    if (!sameVersion(before.stats, statSync(target))) {
      rmSync(temp, { force: true });
      return 'changed';
    }
    renameSync(temp, target);
    return 'replaced';
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The file's text and the stat of the very bytes it was decoded from. */
function snapshot(absPath: string): { stored: StoredText; stats: Stats } | undefined {
  const fd = openSync(absPath, 'r');
  try {
    const stats = fstatSync(fd);
    const bytes = readFileSync(fd);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      return { stored: { text: STRICT_UTF8.decode(bom ? bytes.subarray(3) : bytes), bom }, stats };
    } catch {
      return undefined;
    }
  } finally {
    closeSync(fd);
  }
}

/** Same file, same size, same modification time: nothing wrote to it in between. */
function sameVersion(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
