// The SARIF 2.1.0 report: one run, the rule catalogue as the driver's rules, paths relative to %SRCROOT%.
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/model';
import { RULES, ruleDocsUrl } from '../../core/rules';
import type { ReportFinding } from '../report';
import type { ScanResult } from '../scan';
import { TOOL_HOME, TOOL_NAME, TOOL_VERSION } from '../toolInfo';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Renders the SARIF log, ending with a newline; `cwd` becomes %SRCROOT%. */
export function formatSarif(result: ScanResult, cwd: string): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: TOOL_HOME,
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              name: pascalCase(meta.id),
              shortDescription: { text: meta.title },
              fullDescription: { text: meta.description },
              helpUri: ruleDocsUrl(meta.id),
              defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((f) => sarifResult(f, ruleIndex.get(f.rule)!)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function sarifResult(f: ReportFinding, ruleIndex: number) {
  const sarif = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
  };
  return f.cell === undefined ? sarif : { ...sarif, properties: { cell: f.cell } };
}

/** `api-key-public-resource` → `ApiKeyPublicResource`, SARIF's conventional rule name. */
function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

/** A relative path (with `/` separators) as a URI reference: each segment percent-encoded. */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const uri = pathToFileURL(dir).href;
  return uri.endsWith('/') ? uri : uri + '/';
}
