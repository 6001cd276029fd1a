// The one entry point of the core: text in, findings out. The language server and the CLI both call it.
import { DETECTORS } from './detectors';
import { mayContainClarifai } from './gate';
import { languageInfo, type LanguageInfo } from './languages';
import type { Finding, RuleId, Severity, TextEdit } from './model';
import { notebookProgram, type NotebookCell } from './notebook';
import { Parsers, type WasmLoader } from './parsing/parser';
import { RULES } from './rules';
import { applySuppressions, parseDirectives, type Comment } from './suppressions';
import { LineIndex } from './text';

export interface AnalyzeOptions {
  /** Per-rule severity, or 'off'; rules not listed keep their default. */
  severities?: Partial<Record<RuleId, Severity | 'off'>>;
}

export interface NotebookEdit extends TextEdit {
  /** The cell the edit applies to; offsets are relative to that cell's text. */
  cell: number;
}

export interface NotebookFinding extends Omit<Finding, 'fixes'> {
  /** The 0-based index of the cell; the span is relative to that cell's text. */
  cell: number;
  fixes: { title: string; edits: NotebookEdit[] }[];
}

export interface Analyzer {
  /** Analyses one file's text; languages we do not know give no findings. */
  analyzeText(text: string, languageId: string, options?: AnalyzeOptions): Promise<Finding[]>;
  /** Analyses a notebook's Python code cells as one program, in cell order. */
  analyzeNotebook(cells: readonly NotebookCell[], options?: AnalyzeOptions): Promise<NotebookFinding[]>;
}

export async function createAnalyzer(load: WasmLoader): Promise<Analyzer> {
  const parsers = await Parsers.create(load);

  async function run(text: string, language: LanguageInfo, options: AnalyzeOptions): Promise<Finding[]> {
    if (!mayContainClarifai(text)) return [];
    await parsers.prepare(language.grammar);
    const tree = parsers.parse(language.grammar, text);
    try {
      const root = tree.rootNode;
      const model = DETECTORS[language.family](root);
      const findings: Finding[] = [];
      for (const rule of RULES) {
        const severity = options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
        if (severity === 'off') continue;
        const overridden = options.severities?.[rule.meta.id] !== undefined;
        for (const f of rule.check(model)) {
          findings.push({
            rule: rule.meta.id,
            // A weaker finding keeps its lower severity unless the user set one for the rule.
            severity: overridden ? severity : f.severity ?? severity,
            span: f.span,
            message: f.message,
            fixes: f.fixes ?? [],
          });
        }
      }
      const comments: Comment[] = root.descendantsOfType('comment').flatMap((n) => (n ? [{ text: n.text, span: { start: n.startIndex, end: n.endIndex } }] : []));
      const lines = new LineIndex(text);
      return applySuppressions(findings, parseDirectives(comments, lines), lines).sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
    } finally {
      tree.delete();
    }
  }

  return {
    async analyzeText(text, languageId, options = {}) {
      const language = languageInfo(languageId);
      return language ? run(text, language, options) : [];
    },
    async analyzeNotebook(cells, options = {}) {
      const program = notebookProgram(cells);
      const findings = await run(program.text, languageInfo('python')!, options);
      return findings.map((f) => {
        const start = program.locate(f.span.start);
        const end = program.locate(Math.max(f.span.start, f.span.end));
        return {
          ...f,
          cell: start.cell,
          span: { start: start.offset, end: end.cell === start.cell ? end.offset : cells[start.cell]!.text.length },
          fixes: f.fixes.map((fix) => ({
            title: fix.title,
            edits: fix.edits.map((e) => {
              const at = program.locate(e.start);
              return { cell: at.cell, start: at.offset, end: at.offset + (e.end - e.start), newText: e.newText };
            }),
          })),
        };
      });
    },
  };
}
