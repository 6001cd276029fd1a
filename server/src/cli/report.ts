// The scan's findings in report form: 1-based positions in the file as stored, sorted by path and position.
import type { NotebookFinding } from '../core/analyze';
import type { Finding, RuleId, Severity, Span } from '../core/model';
import type { StoredCell } from '../core/notebook';
import { LineIndex } from '../core/text';

export interface ReportFinding {
  /** Relative to the working directory, with `/` separators. */
  path: string;
  /** 1-based line and UTF-16 column of the first character. */
  line: number;
  column: number;
  /** 1-based line and UTF-16 column just after the last character. */
  endLine: number;
  endColumn: number;
  rule: RuleId;
  severity: Severity;
  message: string;
  fixable: boolean;
  /** Notebooks only: the 0-based index of the cell the finding is in. */
  cell?: number;
}

export type SeverityCounts = Record<Severity, number>;

/** Findings in a source file; spans are offsets into `text`. */
export function textFileFindings(path: string, text: string, findings: readonly Finding[]): ReportFinding[] {
  if (findings.length === 0) return [];
  const lines = new LineIndex(text);
  return findings.map((f) => reportFinding(path, lines, f.span, f));
}

/** Findings in a notebook; spans are relative to cell texts and are mapped to offsets in the stored file. */
export function notebookFindings(path: string, fileText: string, cells: readonly StoredCell[], findings: readonly NotebookFinding[]): ReportFinding[] {
  if (findings.length === 0) return [];
  const lines = new LineIndex(fileText);
  return findings.map((f) => ({ ...reportFinding(path, lines, cells[f.cell]!.fileSpan(f.span), f), cell: f.cell }));
}

/** Orders findings by path (by code unit, the same on every machine), then by position, then by rule. */
export function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return compareCodeUnits(a.path, b.path) || a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || compareCodeUnits(a.rule, b.rule);
}

/** How many findings there are of each severity. */
export function countBySeverity(findings: readonly ReportFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function reportFinding(path: string, lines: LineIndex, span: Span, finding: Finding | NotebookFinding): ReportFinding {
  const start = lines.positionOf(span.start);
  const end = lines.positionOf(Math.max(span.start, span.end));
  return {
    path,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    fixable: finding.fixes.length > 0,
  };
}

/** Compares strings by UTF-16 code unit: the same order on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
