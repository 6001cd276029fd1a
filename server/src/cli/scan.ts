// The scan loop: reads the walked files, gates them on their raw bytes, and hands only the files that mention
// Clarifai to the analyst (this thread or worker threads), which works while the walk goes on.
import type { AnalyzeOptions } from '../core/analyze';
import { readForAnalysis, type SkipReason } from '../node/fileGate';
import { describeError } from '../node/fsErrors';
import { WasmLoadError } from '../node/wasm';
import type { Analyst } from './analysts';
import type { FileFix, FileOutcome } from './fileAnalysis';
import { compareCodeUnits, compareFindings, type ReportFinding } from './report';
import { displayPath, type Target } from './targets';
import { walkFiles, type WalkedFile } from './walk';

/** How much gated text may wait for analysis before the walk pauses. */
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

export interface ScanOptions {
  /** Paths in the report are relative to this folder. */
  cwd: string;
  severities: AnalyzeOptions['severities'];
  maxFileSize: number;
  useIgnoreFiles: boolean;
  /** Fix the files (in memory: the caller writes them) and report what remains. */
  fix: boolean;
  analyst: Analyst;
  /** Called after each file, for a progress display. */
  onProgress?: (filesDone: number, findings: number) => void;
}


export interface SkippedFile {
  path: string;
  reason: SkipReason;
  /** Why, for the stderr line `skipped <path>: <message>`. */
  message: string;
}

/** A file the fixes changed, to be written back, or shown as a diff. */
export interface PendingFix extends FileFix {
  absPath: string;
  shown: string;
  /** The text that was read and analysed. */
  original: string;
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
  /** Sorted by path, then position. With `fix`, those of the fixed texts. */
  findings: ReportFinding[];
  /** With `fix`: the files the fixes changed, sorted by path. */
  fixes: PendingFix[];
  /** Files read and checked (gated out or analysed); skipped files are not counted. */
  filesScanned: number;
  /** Sorted by path. */
  skipped: SkippedFile[];
  warnings: ScanWarning[];
  stats: ScanStats;
  /** True when the analyser failed on some file: an internal error, exit code 2. */
  internalError: boolean;
}


/**
 * Scans the targets: the walk, the reads and the text gate are synchronous (fastest on a warm page cache), and
 * only files that mention clarifai reach the analyst, at most MAX_BYTES_IN_FLIGHT of them at a time.
 * Per-file problems become skipped files; only a broken installation throws.
 */
export async function scan(targets: readonly Target[], options: ScanOptions): Promise<ScanResult> {
  const result: ScanResult = {
    findings: [],
    fixes: [],
    filesScanned: 0,
    skipped: [],
    warnings: [],
    stats: { walked: 0, read: 0, gated: 0, analysed: 0, bytes: 0 },
    internalError: false,
  };

  function skip(path: string, reason: SkipReason, message: string): undefined {
    result.skipped.push({ path, reason, message });
    return undefined;
  }

  /** Reads and gates a file; returns its text when it is to be analysed. */
  function textToAnalyse(file: WalkedFile, shown: string): { text: string; languageId: string } | undefined {
    const languageId = file.languageId;
    if (languageId === undefined) return skip(shown, 'unsupported', 'not a file of a language the analysis reads');
    const outcome = readForAnalysis(file.absPath, languageId, options.maxFileSize);
    if (outcome.kind !== 'skip' || outcome.bytes !== undefined) {
      result.stats.read++;
      result.stats.bytes += outcome.bytes ?? 0;
    }
    switch (outcome.kind) {
      case 'skip':
        return skip(shown, outcome.reason, outcome.message);
      case 'no-mention':
        result.filesScanned++;
        return undefined;
      case 'analyse':
        result.stats.gated++;
        return { text: outcome.text, languageId };
    }
  }

  /** Records one file's outcome. */
  function record(file: WalkedFile, shown: string, original: string, outcome: FileOutcome): void {
    if (outcome.kind === 'unparsable') {
      skip(shown, 'unparsable', outcome.message);
      return;
    }
    result.findings.push(...outcome.findings);
    if (outcome.fix) result.fixes.push({ ...outcome.fix, absPath: file.absPath, shown, original });
    result.stats.analysed++;
    result.filesScanned++;
  }

  const warn = (absPath: string, message: string) => result.warnings.push({ path: displayPath(absPath, options.cwd), message });
  const inFlight: { done: Promise<void>; bytes: number }[] = [];
  let bytesInFlight = 0;
  let fatal: WasmLoadError | undefined;
  for (const file of walkFiles(targets, options.useIgnoreFiles, warn)) {
    if (fatal) break;
    result.stats.walked++;
    const shown = displayPath(file.absPath, options.cwd);
    const gated = textToAnalyse(file, shown);
    if (gated !== undefined) {
      const bytes = gated.text.length;
      const done = options.analyst.analyze({ shown, text: gated.text, languageId: gated.languageId, severities: options.severities, fix: options.fix }).then(
        (outcome) => record(file, shown, gated.text, outcome),
        (error: unknown) => {
          if (error instanceof WasmLoadError) fatal = error;
          result.internalError = true;
          skip(shown, 'internal error', `internal error while analysing it: ${describeError(error)}`);
        },
      );
      inFlight.push({ done, bytes });
      bytesInFlight += bytes;
      while (bytesInFlight > MAX_BYTES_IN_FLIGHT) {
        const oldest = inFlight.shift()!;
        await oldest.done;
        bytesInFlight -= oldest.bytes;
      }
    }
    options.onProgress?.(result.stats.walked, result.findings.length);
  }
  await Promise.all(inFlight.map((f) => f.done));
  if (fatal) throw fatal;

  result.findings.sort(compareFindings);
  result.fixes.sort((a, b) => compareCodeUnits(a.shown, b.shown));
  result.skipped.sort((a, b) => compareCodeUnits(a.path, b.path));
  result.warnings.sort((a, b) => compareCodeUnits(a.path, b.path));
  return result;
}
