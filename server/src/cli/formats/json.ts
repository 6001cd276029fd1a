// The JSON report: {"version":1,"filesScanned":N,"findings":[…]} with exactly the documented keys.
import type { ReportFinding } from '../report';
import type { ScanResult } from '../scan';

/** Renders the JSON report, ending with a newline. `cell` appears only on notebook findings. */
export function formatJson(result: ScanResult): string {
  const report = {
    version: 1,
    filesScanned: result.filesScanned,
    findings: result.findings.map(jsonFinding),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

function jsonFinding(f: ReportFinding) {
  const { path, line, column, endLine, endColumn, rule, severity, message, fixable } = f;
  const finding = { path, line, column, endLine, endColumn, rule, severity, message, fixable };
  return f.cell === undefined ? finding : { ...finding, cell: f.cell };
}
