// "Scan Workspace": analyses files from disk, open or not, into diagnostics of those files (a notebook's on the
// .ipynb file itself, at the stored positions).
import { fileURLToPath } from 'node:url';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { Analyzer } from '../core/analyze';
import { languageIdForPath, NOTEBOOK_LANGUAGE_ID } from '../core/languages';
import type { Finding, Span } from '../core/model';
import { NotebookFormatError, readNotebook } from '../core/notebook';
import { LineIndex } from '../core/text';
import { readForAnalysis } from '../node/fileGate';
import { analyzeOptions, type AnalysisSettings } from '../shared/settings';
import type { AnalyzeFilesResult } from '../shared/protocol';
import { AnalysisService } from './analysis';
import { toDiagnostic } from './diagnostics';

/** The same limit as the CLI's default: larger files are generated or vendored. */
const MAX_FILE_SIZE = 2 * 1024 * 1024;

export async function analyzeFiles(
  uris: readonly string[],
  analyzer: Analyzer,
  settingsOf: (uri: string) => Promise<AnalysisSettings>,
  token: CancellationToken,
): Promise<AnalyzeFilesResult> {
  const result: AnalyzeFilesResult = { files: [], skipped: [] };
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      result.skipped.push({ uri, reason: 'not a file on disk' });
      continue;
    }
    const languageId = languageIdForPath(file);
    const settings = await settingsOf(uri);
    if (!languageId || !AnalysisService.applies(settings, languageId === NOTEBOOK_LANGUAGE_ID ? 'python' : languageId)) continue;
    const read = readForAnalysis(file, languageId, MAX_FILE_SIZE);
    if (read.kind === 'skip') {
      result.skipped.push({ uri, reason: read.message });
      continue;
    }
    if (read.kind === 'no-mention') {
      result.files.push({ uri, diagnostics: [] });
      continue;
    }
    try {
      result.files.push({ uri, diagnostics: await diagnosticsOf(read.text, languageId, analyzer, settings) });
    } catch (error) {
      result.skipped.push({ uri, reason: error instanceof NotebookFormatError ? error.message : `analysis failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return result;
}

async function diagnosticsOf(text: string, languageId: string, analyzer: Analyzer, settings: AnalysisSettings): Promise<Diagnostic[]> {
  const lines = new LineIndex(text);
  const range = (span: Span) => ({ start: lines.positionOf(span.start), end: lines.positionOf(span.end) });
  // Fixes are left to the editor, where the file is open and versioned.
  const diagnostic = (f: Pick<Finding, 'rule' | 'severity' | 'message' | 'lineComment'>, span: Span) => toDiagnostic(f, range(span), 0, []);
  if (languageId !== NOTEBOOK_LANGUAGE_ID) return (await analyzer.analyzeText(text, languageId, analyzeOptions(settings))).map((f) => diagnostic(f, f.span));
  const cells = readNotebook(text);
  return (await analyzer.analyzeNotebook(cells, analyzeOptions(settings))).map((f) => diagnostic(f, cells[f.cell]!.fileSpan(f.span)));
}
