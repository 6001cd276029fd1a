// Analyses one gated file's text into report findings: the same work whether it runs here or in a worker thread.
import type { AnalyzeOptions, Analyzer } from '../core/analyze';
import { NOTEBOOK_LANGUAGE_ID } from '../core/languages';
import { NotebookFormatError, readNotebook, type StoredCell } from '../core/notebook';
import { notebookFindings, textFileFindings, type ReportFinding } from './report';

export interface FileJob {
  /** The path as reports show it. */
  shown: string;
  text: string;
  languageId: string;
  severities: AnalyzeOptions['severities'];
}

export type FileOutcome =
  | { kind: 'findings'; findings: ReportFinding[] }
  /** A notebook that is not valid JSON. */
  | { kind: 'unparsable'; message: string };

export async function analyzeFile(analyzer: Analyzer, job: FileJob): Promise<FileOutcome> {
  const options: AnalyzeOptions = { severities: job.severities };
  if (job.languageId !== NOTEBOOK_LANGUAGE_ID) {
    return { kind: 'findings', findings: textFileFindings(job.shown, job.text, await analyzer.analyzeText(job.text, job.languageId, options)) };
  }
  let cells: StoredCell[];
  try {
    cells = readNotebook(job.text);
  } catch (error) {
    if (!(error instanceof NotebookFormatError)) throw error;
    return { kind: 'unparsable', message: `cannot parse it: ${error.message}` };
  }
  return { kind: 'findings', findings: notebookFindings(job.shown, job.text, cells, await analyzer.analyzeNotebook(cells, options)) };
}
