// Reads a file only when it is a regular file within the size limit, checked with fstat on the open descriptor.
// Synchronous on purpose: on a warm page cache, Node's threadpool round trips cost far more than the reads.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type BoundedRead = { kind: 'content'; bytes: Buffer } | { kind: 'too-large'; size: number } | { kind: 'not-a-file' };

// Opening without blocking means a FIFO behind a symbolic link cannot hang the scan; fstat then turns it away.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads the whole file if it is a regular file of at most `maxSize` bytes; throws on file-system errors. */
export function readBounded(absPath: string, maxSize: number): BoundedRead {
  const fd = openSync(absPath, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-a-file' };
    if (stat.size > maxSize) return { kind: 'too-large', size: stat.size };
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    // Reads the size fstat gave; a file that grows meanwhile is read as it was.
    while (length < bytes.length) {
      const n = readSync(fd, bytes, length, bytes.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return { kind: 'content', bytes: length === bytes.length ? bytes : bytes.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}
