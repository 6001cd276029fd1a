// The one entry point of the core: text in, findings out. The language server and the CLI both call it.
import { DETECTORS } from './detectors';
import { buildFix, type FixContext } from './fixes';
import { mayHaveFindings } from './gate';
import { languageInfo, type LanguageInfo } from './languages';
import type { CallSite, Finding, RuleId, Severity, Span, TextEdit } from './model';
import { notebookProgram, type NotebookCell } from './notebook';
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import { Parsers, type WasmLoader } from './parsing/parser';
import { RULES } from './rules';
import type { RuleFinding } from './rules/rule';
import { applySuppressions, parseDirectives } from './suppressions';
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
  fixes: { title: string; edits: NotebookEdit[]; removesCredential?: { cell: number; span: Span; envName: string } }[];
}

export interface Analyzer {
  /** Analyses one file's text; languages we do not know give no findings. */
  analyzeText(text: string, languageId: string, options?: AnalyzeOptions): Promise<Finding[]>;
  /** A document kept open for repeated analysis, parsed incrementally from its edits; undefined for languages we do not know. */
  open(languageId: string): OpenDocument | undefined;
  /** Analyses a notebook's Python code cells as one program, in cell order. */
  analyzeNotebook(cells: readonly NotebookCell[], options?: AnalyzeOptions): Promise<NotebookFinding[]>;
}

export async function createAnalyzer(load: WasmLoader): Promise<Analyzer> {
  const parsers = await Parsers.create(load);

  async function run(text: string, language: LanguageInfo, options: AnalyzeOptions): Promise<Finding[]> {
    if (!mayHaveFindings(text)) return [];
    await parsers.prepare(language.grammar);
    const tree = parsers.parse(language.grammar, text);
    try {
      return findingsOf(tree.rootNode, text, language, options);
    } finally {
      tree.delete();
    }
  }

  return {
    async analyzeText(text, languageId, options = {}) {
      const language = languageInfo(languageId);
      return language ? run(text, language, options) : [];
    },
    open(languageId) {
      const language = languageInfo(languageId);
      return language ? new OpenDocument(parsers, language) : undefined;
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
          fixes: f.fixes.map((fix) => {
            const removed = fix.removesCredential;
            const at = removed && program.locate(removed.span.start);
            return {
              title: fix.title,
              edits: fix.edits.map((e) => {
                const from = program.locate(e.start);
                return { cell: from.cell, start: from.offset, end: from.offset + (e.end - e.start), newText: e.newText };
              }),
              ...(removed && at
                ? { removesCredential: { cell: at.cell, span: { start: at.offset, end: at.offset + (removed.span.end - removed.span.start) }, envName: removed.envName } }
                : {}),
            };
          }),
        };
      });
    },
  };
}

/**
 * Runs the detectors and rules over a syntax tree, drops suppressed findings, then builds the fixes of the rest:
 * a fix may edit a definition several calls share only when all of them are being fixed, never a call the file
 * suppresses or a rule turned off.
 */
function findingsOf(root: Node, text: string, language: LanguageInfo, options: AnalyzeOptions): Finding[] {
  const { model, comments, support } = DETECTORS[language.family](root, text);
  const intents = new Map<Finding, NonNullable<RuleFinding['fixes']>>();
  for (const rule of RULES) {
    const setting = options.severities?.[rule.meta.id];
    if (setting === 'off') continue;
    for (const f of rule.check(model)) {
      const finding: Finding = {
        rule: rule.meta.id,
        // A weaker finding keeps its lower severity unless the user set one for the rule.
        severity: setting ?? f.severity ?? rule.meta.defaultSeverity,
        span: f.span,
        message: f.message,
        fixes: [],
        lineComment: true,
      };
      intents.set(finding, f.fixes ?? []);
    }
  }
  const lines = new LineIndex(text);
  const kept = applySuppressions([...intents.keys()], parseDirectives(comments, lines), lines);
  const fixing = new Map<CallSite, { pat: boolean }>();
  for (const f of kept) for (const { intent } of intents.get(f)!) if (intent.kind === 'reach-main') fixing.set(intent.site, { pat: intent.pat });
  const fixContext: FixContext = { text, family: language.family, typed: language.grammar === 'typescript' || language.grammar === 'tsx', support, model, fixing };
  for (const f of kept) {
    f.fixes = intents.get(f)!.flatMap((fix) => buildFix(fix, fixContext) ?? []);
    f.lineComment = !startsInsideString(root, lines.lineStart(lines.lineOf(f.span.start)), language.stringTypes);
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
}

/** Whether an offset lies inside a string literal that started on an earlier line. */
function startsInsideString(root: Node, offset: number, stringTypes: ReadonlySet<string>): boolean {
  for (let node: Node | null = root.descendantForIndex(offset, offset); node; node = node.parent) {
    if (stringTypes.has(node.type)) return node.startIndex < offset;
  }
  return false;
}

/** A replacement of `[start, end)` in the text before the change. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * An open editor's document: keeps its syntax tree between analyses and edits it, so that a keystroke
 * re-parses only what changed. A document whose text never mentions Clarifai keeps no tree.
 */
export class OpenDocument {
  private tree: Tree | undefined;
  private text = '';

  constructor(
    private readonly parsers: Parsers,
    private readonly language: LanguageInfo,
  ) {}

  /** Replaces the whole text (on open, or when the client sends full text). */
  setText(text: string): void {
    this.text = text;
    this.dropTree();
  }

  /** Applies changes in order, each relative to the text left by the previous one. */
  applyChanges(changes: readonly TextChange[]): void {
    for (const change of changes) {
      if (this.tree) {
        const startPosition = treePoint(this.text, change.start);
        this.tree.edit({
          startIndex: change.start,
          oldEndIndex: change.end,
          newEndIndex: change.start + change.text.length,
          startPosition,
          oldEndPosition: treePoint(this.text, change.end),
          newEndPosition: pointAfter(startPosition, change.text),
        });
      }
      this.text = this.text.slice(0, change.start) + change.text + this.text.slice(change.end);
    }
  }

  get currentText(): string {
    return this.text;
  }

  async analyze(options: AnalyzeOptions = {}): Promise<Finding[]> {
    if (!mayHaveFindings(this.text)) {
      this.dropTree();
      return [];
    }
    await this.parsers.prepare(this.language.grammar);
    const tree = this.parsers.parse(this.language.grammar, this.text, this.tree);
    this.tree?.delete();
    this.tree = tree;
    return findingsOf(tree.rootNode, this.text, this.language, options);
  }

  dispose(): void {
    this.dropTree();
  }

  private dropTree(): void {
    this.tree?.delete();
    this.tree = undefined;
  }
}

/** Tree-sitter's point for an offset: rows count `\n` only, columns are UTF-16 units as in the text. */
function treePoint(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) row++;
  return { row, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
}

/** The point just after `inserted` when it is written at `start`. */
function pointAfter(start: { row: number; column: number }, inserted: string): { row: number; column: number } {
  const lastBreak = inserted.lastIndexOf('\n');
  if (lastBreak < 0) return { row: start.row, column: start.column + inserted.length };
  let breaks = 0;
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) breaks++;
  return { row: start.row + breaks, column: inserted.length - lastBreak - 1 };
}
