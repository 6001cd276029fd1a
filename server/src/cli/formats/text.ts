// The text report: one `path:line:col severity rule message` line per finding, then a one-line summary.
import type { Severity } from '../../core/model';
import { countBySeverity } from '../report';
import type { SkipReason } from '../../node/fileGate';
import type { ScanResult } from '../scan';

export interface TextReportOptions {
  /** Use ANSI colours (only when writing to a terminal and NO_COLOR is unset). */
  color: boolean;
  /** Show error findings only; the summary still counts every finding. */
  quiet: boolean;
  elapsedMs: number;
}

const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 90 };
const SKIP_ORDER: readonly SkipReason[] = ['too large', 'binary', 'minified', 'unsupported', 'unreadable', 'unparsable', 'internal error'];

/** Renders the findings and the summary line, ending with a newline. */
export function formatText(result: ScanResult, options: TextReportOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines = result.findings
    .filter((f) => !options.quiet || f.severity === 'error')
    .map((f) => `${paint(1, `${f.path}:${f.line}:${f.column}`)} ${paint(SEVERITY_COLOR[f.severity], f.severity)} ${paint(2, f.rule)} ${f.message}`);
  lines.push(summary(result, options, paint));
  return lines.join('\n') + '\n';
}

function summary(result: ScanResult, options: TextReportOptions, paint: (code: number, text: string) => string): string {
  const counts = countBySeverity(result.findings);
  const findings = [
    plural(counts.error, 'error', 'errors'),
    plural(counts.warning, 'warning', 'warnings'),
    plural(counts.information, 'information', 'information'),
    plural(counts.hint, 'hint', 'hints'),
  ];
  if (counts.error > 0) findings[0] = paint(SEVERITY_COLOR.error, findings[0]!);
  if (counts.warning > 0) findings[1] = paint(SEVERITY_COLOR.warning, findings[1]!);
  const byReason = SKIP_ORDER.map((reason) => [reason, result.skipped.filter((s) => s.reason === reason).length] as const).filter(([, n]) => n > 0);
  const skipped = `${result.skipped.length} skipped` + (byReason.length > 0 ? ` (${byReason.map(([reason, n]) => `${n} ${reason}`).join(', ')})` : '');
  return `${findings.join(', ')}; ${plural(result.filesScanned, 'file', 'files')} scanned, ${skipped}; ${duration(options.elapsedMs)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}
