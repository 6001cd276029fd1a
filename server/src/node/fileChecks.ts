// Cheap checks on a file's name and raw bytes that decide, before any decoding or parsing, whether to analyse it.
import { mayContainClarifai } from '../core/gate';

/** How much of a file is searched for a NUL byte. */
const BINARY_PROBE_BYTES = 8 * 1024;

/** Content-based minification: lines averaging over this many bytes (in files of at least MIN_SIZE bytes)… */
export const MINIFIED_AVERAGE_LINE = 200;
const MINIFIED_MIN_SIZE = 1024;
/** …or any single line longer than this. */
export const MINIFIED_LONGEST_LINE = 10_000;

/** `app.min.js`, `vendor-min.mjs`, `lib.min.ts`: named as minified. */
const MINIFIED_NAME = /[.-]min\.[cm]?[jt]sx?$/i;

/** True for a file that has a NUL byte in its first 8 KB. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/**
 * The core's text gate, run on the raw bytes: a Latin-1 view of UTF-8 bytes is a plain byte copy, and the
 * gate's ASCII-only, case-insensitive pattern matches it exactly where it would match the decoded text.
 */
export function mentionsClarifai(bytes: Buffer): boolean {
  return mayContainClarifai(bytes.toString('latin1'));
}

/** True when the file name says the file is minified (only meaningful for JavaScript and TypeScript). */
export function hasMinifiedName(fileName: string): boolean {
  return MINIFIED_NAME.test(fileName);
}

/** Why a JavaScript or TypeScript file's content looks minified, or undefined when it looks hand-written. */
export function minifiedContentReason(bytes: Buffer): string | undefined {
  let lines = 0;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    if (end - start > MINIFIED_LONGEST_LINE) return `a line of ${end - start} bytes`;
    lines++;
    start = end + 1;
  }
  const average = Math.round(bytes.length / Math.max(lines, 1));
  return bytes.length >= MINIFIED_MIN_SIZE && average > MINIFIED_AVERAGE_LINE ? `lines average ${average} bytes` : undefined;
}
