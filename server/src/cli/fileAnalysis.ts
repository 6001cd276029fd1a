// Analyses one gated file's text into report findings, and with `fix` also fixes it: the same work whether it
// runs here or in a worker thread.
import type { AnalyzeOptions, Analyzer, NotebookFinding } from '../core/analyze';
import { NOTEBOOK_LANGUAGE_ID } from '../core/languages';
import type { Finding } from '../core/model';
import { NotebookFormatError, readNotebook, type StoredCell } from '../core/notebook';
import { fixTextOnce, fixUntilSettled, type FixRun } from './fixPasses';
import { fixNotebookOnce } from './notebookFixes';
import { notebookFindings, textFileFindings, type ReportFinding } from './report';

export interface FileJob {
  /** The path as reports show it. */
  shown: string;
  text: string;
  languageId: string;
  severities: AnalyzeOptions['severities'];
  /** Apply the fixes and report what remains (`--fix`); the text is never written here. */
  fix: boolean;
}

/** The fixed text of a file that the fixes changed, to be written (or shown) by the main thread. */
export interface FileFix {
  text: string;
  /** How many findings' fixes were applied. */
  problems: number;
  /** False when the fixes did not settle within the pass limit. */
  settled: boolean;
  /** The findings of the text as read, for the report if the fixed text cannot be written. */
  before: ReportFinding[];
}

export type FileOutcome =
  /** With `fix`, `findings` are those of the fixed text. */
  | { kind: 'findings'; findings: ReportFinding[]; fix?: FileFix }
  /** A notebook that is not valid JSON. */
  | { kind: 'unparsable'; message: string };

interface NotebookAnalysis {
  cells: StoredCell[];
  findings: NotebookFinding[];
}

export async function analyzeFile(analyzer: Analyzer, job: FileJob): Promise<FileOutcome> {
  const options: AnalyzeOptions = { severities: job.severities };
  if (job.languageId !== NOTEBOOK_LANGUAGE_ID) {
    const analyse = (text: string) => analyzer.analyzeText(text, job.languageId, options);
    const report = (text: string, findings: readonly Finding[]) => textFileFindings(job.shown, text, findings);
    const first = await analyse(job.text);
    if (!job.fix) return { kind: 'findings', findings: report(job.text, first) };
    return fixOutcome(job.text, await fixUntilSettled(job.text, first, analyse, fixTextOnce), report);
  }
  let cells: StoredCell[];
  try {
    cells = readNotebook(job.text);
  } catch (error) {
    if (!(error instanceof NotebookFormatError)) throw error;
    return { kind: 'unparsable', message: `cannot parse it: ${error.message}` };
  }
  const first: NotebookAnalysis = { cells, findings: await analyzer.analyzeNotebook(cells, options) };
  const report = (text: string, { cells, findings }: NotebookAnalysis) => notebookFindings(job.shown, text, cells, findings);
  if (!job.fix) return { kind: 'findings', findings: report(job.text, first) };
  // The fixed text is written by this module's own code: a notebook it cannot read back is a bug, not a skip.
  const analyse = async (text: string): Promise<NotebookAnalysis> => {
    const cells = readNotebook(text);
    return { cells, findings: await analyzer.analyzeNotebook(cells, options) };
  };
  const run = await fixUntilSettled(job.text, first, analyse, (text, { cells, findings }) => fixNotebookOnce(text, cells, findings));
  return fixOutcome(job.text, run, report);
}

function fixOutcome<A>(original: string, run: FixRun<A>, report: (text: string, analysis: A) => ReportFinding[]): FileOutcome {
  const findings = report(run.text, run.last);
  if (run.text === original) return { kind: 'findings', findings };
  return { kind: 'findings', findings, fix: { text: run.text, problems: run.problems, settled: run.settled, before: report(original, run.first) } };
}
