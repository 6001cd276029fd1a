// Reads one file from disk for analysis and decides, before any parsing, whether to analyse it: the checks the
// CLI and the language server's workspace scan share (size, binary, minified, the clarifai text gate).
import path from 'node:path';
import { languageInfo } from '../core/languages';
import { readBounded } from './boundedRead';
import { hasMinifiedName, isBinary, mentionsClarifai, minifiedContentReason } from './fileChecks';
import { describeError } from './fsErrors';
import { overLimitMessage } from './size';

export type SkipReason = 'too large' | 'binary' | 'minified' | 'unsupported' | 'unreadable' | 'unparsable' | 'internal error';

export type ReadOutcome =
  /** The file mentions clarifai: its text goes to the analyser. */
  | { kind: 'analyse'; text: string; bytes: number }
  /** Read, and cannot hold a Clarifai call. */
  | { kind: 'no-mention'; bytes: number }
  /** Not analysed; `bytes` when it was read. */
  | { kind: 'skip'; reason: SkipReason; message: string; bytes?: number };

const UTF8 = new TextDecoder('utf-8');

/** Reads and gates one file of a known language id (`python`, `typescriptreact`, `jupyter`, …). */
export function readForAnalysis(absPath: string, languageId: string, maxFileSize: number): ReadOutcome {
  const javascriptLike = languageInfo(languageId)?.family === 'javascript';
  if (javascriptLike && hasMinifiedName(path.basename(absPath))) return { kind: 'skip', reason: 'minified', message: 'minified (by its name)' };
  let bytes: Buffer;
  try {
    const read = readBounded(absPath, maxFileSize);
    if (read.kind === 'not-a-file') return { kind: 'skip', reason: 'unsupported', message: 'not a regular file' };
    if (read.kind === 'too-large') return { kind: 'skip', reason: 'too large', message: overLimitMessage(read.size, maxFileSize) };
    bytes = read.bytes;
  } catch (error) {
    return { kind: 'skip', reason: 'unreadable', message: `cannot read it: ${describeError(error)}` };
  }
  if (isBinary(bytes)) return { kind: 'skip', reason: 'binary', message: 'binary (a NUL byte in the first 8 KB)', bytes: bytes.length };
  if (!mentionsClarifai(bytes)) return { kind: 'no-mention', bytes: bytes.length };
  const minified = javascriptLike ? minifiedContentReason(bytes) : undefined;
  if (minified !== undefined) return { kind: 'skip', reason: 'minified', message: `minified (${minified})`, bytes: bytes.length };
  return { kind: 'analyse', text: UTF8.decode(bytes), bytes: bytes.length };
}
