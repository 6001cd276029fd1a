// Analyses open documents and notebooks, caches the results per version, and turns them into diagnostics.
import type { Diagnostic, NotebookDocument } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from '../core/analyze';
import { applyEdits, editsBetween, mergeFixes } from '../core/fixes/fixAll';
import type { Finding, Span, TextEdit } from '../core/model';
import { analyzeOptions, type AnalysisSettings } from '../shared/settings';
import type { SyncedDocument } from './documents';
import { isDiagnosticData, SEVERITY, toDiagnostic, type DataFix } from './diagnostics';

/** Fix-all stops after this many passes even if fixes still change the text. */
const MAX_FIX_PASSES = 10;

interface Cached {
  version: number;
  settings: AnalysisSettings;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export interface CellText {
  /** The cell's text document, for positions. */
  document: TextDocument;
  kind: 'code' | 'markdown';
}

export class AnalysisService {
  private readonly documents = new Map<string, Cached>();
  private readonly notebooks = new Map<string, { key: string; byCell: Map<string, Diagnostic[]> }>();

  constructor(private readonly analyzer: Analyzer) {}

  /** Whether the settings ask for this language at all. */
  static applies(settings: AnalysisSettings, languageId: string): boolean {
    return settings.enable && settings.languages.includes(languageId);
  }

  /** Findings and diagnostics of a text document at its current version (cached per version and settings). */
  async analyze(doc: SyncedDocument, settings: AnalysisSettings): Promise<Cached> {
    const cached = this.documents.get(doc.uri);
    if (cached && cached.version === doc.version && cached.settings === settings) return cached;
    const version = doc.version;
    const findings = doc.analysis && AnalysisService.applies(settings, doc.languageId) ? await doc.analysis.analyze(analyzeOptions(settings)) : [];
    const rangeOf = (span: Span) => ({ start: doc.text.positionAt(span.start), end: doc.text.positionAt(span.end) });
    const diagnostics = findings.map((f) =>
      toDiagnostic(
        f,
        rangeOf(f.span),
        version,
        f.fixes.map(({ title, edits, removesCredential: removed }) => ({
          title,
          edits: edits.map((e) => ({ uri: doc.uri, range: rangeOf(e), newText: e.newText })),
          ...(removed ? { removesCredential: { uri: doc.uri, range: rangeOf(removed.span), envName: removed.envName } } : {}),
        })),
      ),
    );
    const result = { version, settings, findings, diagnostics };
    this.documents.set(doc.uri, result);
    return result;
  }

  /**
   * Fix-all for a text document at its current version: the preferred fix of every finding, applied and analysed
   * again until nothing changes (a fix that overlapped another waits a pass), as edits of the current text.
   */
  async fixAll(doc: SyncedDocument, settings: AnalysisSettings): Promise<TextEdit[]> {
    const first = await this.analyze(doc, settings);
    const original = doc.text.getText();
    const edits = mergeFixes(first.findings);
    let text = applyEdits(original, edits);
    if (text === original) return [];
    for (let pass = 1; pass < MAX_FIX_PASSES; pass++) {
      const next = applyEdits(text, mergeFixes(await this.analyzer.analyzeText(text, doc.languageId, analyzeOptions(settings))));
      if (next === text) break;
      text = next;
    }
    return editsBetween(original, text);
  }

  /**
   * The last diagnostics of a document, whatever its version, as the current settings show them: for
   * `run: onSave` between saves (a rule turned off since still disappears at once).
   */
  held(uri: string, languageId: string, settings: AnalysisSettings): Diagnostic[] {
    const last = this.documents.get(uri);
    return last && AnalysisService.applies(settings, languageId) ? underSettings(last.diagnostics, settings) : [];
  }

  /** The last diagnostics of a notebook cell, as `held` gives them for documents. */
  heldCell(notebookUri: string, cellUri: string, settings: AnalysisSettings): Diagnostic[] {
    const last = this.notebooks.get(notebookUri)?.byCell.get(cellUri);
    return last && AnalysisService.applies(settings, 'python') ? underSettings(last, settings) : [];
  }

  /** Diagnostics of every cell of a notebook, its Python code cells analysed as one program. */
  async analyzeNotebook(notebook: NotebookDocument, cells: readonly CellText[], settings: AnalysisSettings): Promise<Map<string, Diagnostic[]>> {
    const key = `${notebook.version}:${cells.map((c) => `${c.document.uri}@${c.document.version}`).join(',')}`;
    const cached = this.notebooks.get(notebook.uri);
    if (cached?.key === key) return cached.byCell;
    const byCell = new Map<string, Diagnostic[]>(cells.map((c) => [c.document.uri, []]));
    if (AnalysisService.applies(settings, 'python')) {
      const findings = await this.analyzer.analyzeNotebook(
        cells.map((c) => ({ kind: c.kind, language: c.document.languageId, text: c.document.getText() })),
        analyzeOptions(settings),
      );
      for (const f of findings) {
        const cell = cells[f.cell]!.document;
        const fixes: DataFix[] = f.fixes.map((fix) => {
          const removed = fix.removesCredential;
          const holder = removed && cells[removed.cell]!.document;
          return {
            title: fix.title,
            edits: fix.edits.map((e) => {
              const target = cells[e.cell]!.document;
              return { uri: target.uri, range: { start: target.positionAt(e.start), end: target.positionAt(e.end) }, newText: e.newText };
            }),
            ...(removed && holder
              ? { removesCredential: { uri: holder.uri, range: { start: holder.positionAt(removed.span.start), end: holder.positionAt(removed.span.end) }, envName: removed.envName } }
              : {}),
          };
        });
        byCell.get(cell.uri)!.push(toDiagnostic(f, { start: cell.positionAt(f.span.start), end: cell.positionAt(f.span.end) }, cell.version, fixes));
      }
    }
    this.notebooks.set(notebook.uri, { key, byCell });
    return byCell;
  }

  forget(uri: string): void {
    this.documents.delete(uri);
    this.notebooks.delete(uri);
  }
}

/** Diagnostics with the severities the settings give now, rules turned off left out. */
function underSettings(diagnostics: readonly Diagnostic[], settings: AnalysisSettings): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const rule = isDiagnosticData(d.data) ? d.data.rule : undefined;
    const setting = rule ? settings.rules[rule] : undefined;
    if (setting === 'off') return [];
    return setting && setting !== 'default' ? [{ ...d, severity: SEVERITY[setting] }] : [d];
  });
}
