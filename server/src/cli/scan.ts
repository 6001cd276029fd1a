// The scan loop: reads the walked files, gates them on their raw bytes, and hands only the files that mention
// Clarifai to the analyser. Kept apart from the CLI so that it can be spread over worker threads later.
import path from 'node:path';
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from '../core/analyze';
import { languageInfo, NOTEBOOK_LANGUAGE_ID } from '../core/languages';
import { NotebookFormatError, readNotebook, type StoredCell } from '../core/notebook';
import type { WasmLoader } from '../core/parsing/parser';
import { readBounded } from './boundedRead';
import { describeError } from '../node/fsErrors';
import { hasMinifiedName, isBinary, mentionsClarifai, minifiedContentReason } from './fileChecks';
import { compareCodeUnits, compareFindings, notebookFindings, textFileFindings, type ReportFinding } from './report';
import { overLimitMessage } from './size';
import { displayPath, type Target } from './targets';
import { walkFiles, type WalkedFile } from './walk';
import { WasmLoadError } from '../node/wasm';

export interface ScanOptions {
  /** Paths in the report are relative to this folder. */
  cwd: string;
  severities: AnalyzeOptions['severities'];
  maxFileSize: number;
  useIgnoreFiles: boolean;
  loadWasm: WasmLoader;
  /** Called after each file, for a progress display. */
  onProgress?: (filesDone: number, findings: number) => void;
}

export type SkipReason = 'too large' | 'binary' | 'minified' | 'unsupported' | 'unreadable' | 'unparsable' | 'internal error';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  /** Why, for the stderr line `skipped <path>: <message>`. */
  message: string;
}

/** A folder or ignore file that could not be read. */
export interface ScanWarning {
  path: string;
  message: string;
}

/** Counters for `--stats`. */
export interface ScanStats {
  /** Files the walk found: of a language we analyse, not ignored, or named on the command line. */
  walked: number;
  /** Files whose content was read. */
  read: number;
  /** Read files that passed the text gate (they mention clarifai). */
  gated: number;
  /** Files parsed and analysed. */
  analysed: number;
  /** Bytes read. */
  bytes: number;
}

export interface ScanResult {
  /** Sorted by path, then position. */
  findings: ReportFinding[];
  /** Files read and checked (gated out or analysed); skipped files are not counted. */
  filesScanned: number;
  /** Sorted by path. */
  skipped: SkippedFile[];
  warnings: ScanWarning[];
  stats: ScanStats;
  /** True when the analyser failed on some file: an internal error, exit code 2. */
  internalError: boolean;
}

const UTF8 = new TextDecoder('utf-8');

/**
 * Scans the targets, one file at a time: the walk, the reads and the text gate are synchronous (fastest on a
 * warm page cache), and only files that mention clarifai reach the analyser. One file is in memory at a time.
 * Per-file problems become skipped files; only a broken installation throws.
 */
export async function scan(targets: readonly Target[], options: ScanOptions): Promise<ScanResult> {
  const result: ScanResult = {
    findings: [],
    filesScanned: 0,
    skipped: [],
    warnings: [],
    stats: { walked: 0, read: 0, gated: 0, analysed: 0, bytes: 0 },
    internalError: false,
  };
  const analyzeOptions: AnalyzeOptions = { severities: options.severities };
  let analyzer: Analyzer | undefined;

  function skip(path: string, reason: SkipReason, message: string): undefined {
    result.skipped.push({ path, reason, message });
    return undefined;
  }

  /** Reads and gates a file; returns its text when it is to be analysed. */
  function textToAnalyse(file: WalkedFile, shown: string): { text: string; languageId: string } | undefined {
    const languageId = file.languageId;
    if (languageId === undefined) return skip(shown, 'unsupported', 'not a Python, JavaScript, TypeScript or Jupyter notebook file');
    const javascriptLike = languageInfo(languageId)?.family === 'javascript';
    if (javascriptLike && hasMinifiedName(path.basename(file.absPath))) return skip(shown, 'minified', 'minified (by its name)');

    let bytes: Buffer;
    try {
      const read = readBounded(file.absPath, options.maxFileSize);
      if (read.kind === 'not-a-file') return skip(shown, 'unsupported', 'not a regular file');
      if (read.kind === 'too-large') return skip(shown, 'too large', overLimitMessage(read.size, options.maxFileSize));
      bytes = read.bytes;
    } catch (error) {
      return skip(shown, 'unreadable', `cannot read it: ${describeError(error)}`);
    }
    result.stats.read++;
    result.stats.bytes += bytes.length;
    if (isBinary(bytes)) return skip(shown, 'binary', 'binary (a NUL byte in the first 8 KB)');
    if (!mentionsClarifai(bytes)) {
      result.filesScanned++;
      return undefined;
    }
    result.stats.gated++;
    const minified = javascriptLike ? minifiedContentReason(bytes) : undefined;
    if (minified !== undefined) return skip(shown, 'minified', `minified (${minified})`);
    return { text: UTF8.decode(bytes), languageId };
  }

  /** The findings of one file, or undefined when the file was skipped as unparsable. */
  async function analyze(shown: string, text: string, languageId: string): Promise<ReportFinding[] | undefined> {
    analyzer ??= await createAnalyzer(options.loadWasm);
    if (languageId !== NOTEBOOK_LANGUAGE_ID) return textFileFindings(shown, text, await analyzer.analyzeText(text, languageId, analyzeOptions));
    let cells: StoredCell[];
    try {
      cells = readNotebook(text);
    } catch (error) {
      if (!(error instanceof NotebookFormatError)) throw error;
      return skip(shown, 'unparsable', `cannot parse it: ${error.message}`);
    }
    return notebookFindings(shown, text, cells, await analyzer.analyzeNotebook(cells, analyzeOptions));
  }

  const warn = (absPath: string, message: string) => result.warnings.push({ path: displayPath(absPath, options.cwd), message });
  for (const file of walkFiles(targets, options.useIgnoreFiles, warn)) {
    result.stats.walked++;
    const shown = displayPath(file.absPath, options.cwd);
    const gated = textToAnalyse(file, shown);
    if (gated !== undefined) {
      try {
        const found = await analyze(shown, gated.text, gated.languageId);
        if (found !== undefined) {
          result.findings.push(...found);
          result.stats.analysed++;
          result.filesScanned++;
        }
      } catch (error) {
        if (error instanceof WasmLoadError) throw error;
        result.internalError = true;
        skip(shown, 'internal error', `internal error while analysing it: ${describeError(error)}`);
      }
    }
    options.onProgress?.(result.stats.walked, result.findings.length);
  }

  result.findings.sort(compareFindings);
  result.skipped.sort((a, b) => compareCodeUnits(a.path, b.path));
  result.warnings.sort((a, b) => compareCodeUnits(a.path, b.path));
  return result;
}
