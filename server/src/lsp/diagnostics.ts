// Findings to LSP diagnostics: rule id as code, a link to the rule's documentation, source "Clarifai", fixes in `data`.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding, RuleId, Severity } from '../core/model';
import { ruleDocsUrl } from '../core/rules';

export const SOURCE = 'Clarifai';

/** A fix as carried in `Diagnostic.data`: edits by range, each in its document (cells of a notebook differ). */
export interface DataFix {
  title: string;
  edits: { uri: string; range: Range; newText: string }[];
  /** The fix takes a credential out of the source and reads it from `envName`: where it is written now. */
  removesCredential?: { uri: string; range: Range; envName: string };
}

/** What a diagnostic carries so that code actions need no server state. */
export interface DiagnosticData {
  v: 1;
  rule: RuleId;
  /** The document version the diagnostic (and its fixes) belong to. */
  version: number;
  fixes: DataFix[];
  /** An "ignore on this line" comment can go above it (not when the line starts inside a multi-line string). */
  lineComment: boolean;
}

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Pick<Finding, 'rule' | 'severity' | 'message' | 'lineComment'>, range: Range, version: number, fixes: DataFix[]): Diagnostic {
  const data: DiagnosticData = { v: 1, rule: finding.rule, version, fixes, lineComment: finding.lineComment };
  return {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  const data = value as Partial<DiagnosticData> | undefined;
  return !!data && data.v === 1 && typeof data.rule === 'string' && typeof data.version === 'number' && Array.isArray(data.fixes);
}
