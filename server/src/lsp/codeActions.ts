// Code actions: each diagnostic's fixes, "ignore" comments for the line or the file, the rule's documentation,
// and fix-all (`source.fixAll.clarifai`) over the current text.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageInfo } from '../core/languages';
import { ruleDocsUrl } from '../core/rules';
import { isDiagnosticData, SOURCE, type DataFix } from './diagnostics';

export const FIX_ALL_KIND = 'source.fixAll.clarifai';
export const OPEN_DOCS_COMMAND = 'clarifai.openRuleDocs';

/** How the server writes workspace edits for this client. */
export interface EditStyle {
  documentChanges: boolean;
  /** The current version of an open document, for versioned edits. */
  versionOf(uri: string): number | null;
}

/** Whether a request's `only` filter asks for our fix-all kind (`source`, `source.fixAll`, or the kind itself). */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
  return !!only && only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`));
}

export function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  return !only || only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === '');
}

/** Quick fixes, ignore comments and documentation for the Clarifai diagnostics of one document at its current version. */
export function quickFixes(document: TextDocument, diagnostics: readonly Diagnostic[], style: EditStyle): CodeAction[] {
  const actions: CodeAction[] = [];
  const docs = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || !isDiagnosticData(diagnostic.data) || diagnostic.data.version !== document.version) continue;
    const { rule, fixes, lineComment } = diagnostic.data;
    fixes.forEach((fix, i) => {
      actions.push({
        title: `Clarifai (${rule}): ${fix.title}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: workspaceEdit(fix.edits, style),
      });
    });
    if (lineComment) {
      actions.push({
        title: `Clarifai: Ignore ${rule} on this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit([ignoreLineEdit(document, diagnostic.range.start.line, rule)], style),
      });
    }
    actions.push({
      title: `Clarifai: Ignore ${rule} in this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit([ignoreFileEdit(document, rule)], style),
    });
    if (!docs.has(rule)) {
      docs.add(rule);
      const title = `Clarifai: Show documentation for ${rule}`;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: OPEN_DOCS_COMMAND, arguments: [ruleDocsUrl(rule)] } });
    }
  }
  return actions;
}

/** A workspace edit in the form the client supports; versioned when it can be. */
export function workspaceEdit(edits: DataFix['edits'], style: EditStyle): WorkspaceEdit {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), { range: e.range, newText: e.newText }]);
  if (style.documentChanges) {
    return { documentChanges: [...byUri].map(([uri, textEdits]) => ({ textDocument: { uri, version: style.versionOf(uri) }, edits: textEdits })) };
  }
  return { changes: Object.fromEntries(byUri) };
}

const NEXT_LINE_DIRECTIVE = /^(\s*(?:#|\/\/)\s*clarifai-ignore-next-line\s+)([a-z-]+(?:\s*,\s*[a-z-]+)*)/;

/** `# clarifai-ignore-next-line <rule>` above the line, with its indentation; extends a directive already there. */
export function ignoreLineEdit(document: TextDocument, line: number, rule: string): DataFix['edits'][number] {
  const text = lineText(document, line);
  const previous = line > 0 ? lineText(document, line - 1) : '';
  const existing = NEXT_LINE_DIRECTIVE.exec(previous);
  if (existing && !existing[2]!.split(/\s*,\s*/).includes(rule)) {
    const at = { line: line - 1, character: existing[0].length };
    return { uri: document.uri, range: { start: at, end: at }, newText: `, ${rule}` };
  }
  const indent = /^\s*/.exec(text)![0];
  const at = { line, character: 0 };
  return { uri: document.uri, range: { start: at, end: at }, newText: `${indent}${commentToken(document)} clarifai-ignore-next-line ${rule}${eol(document)}` };
}

/** `# clarifai-ignore-file <rule>` at the top, after a shebang, an encoding line or a notebook cell magic (`%%time`). */
export function ignoreFileEdit(document: TextDocument, rule: string): DataFix['edits'][number] {
  let line = 0;
  while (line < document.lineCount - 1 && /^(#!|#.*coding[:=]|%%)/.test(lineText(document, line))) line++;
  const at = { line, character: 0 };
  return { uri: document.uri, range: { start: at, end: at }, newText: `${commentToken(document)} clarifai-ignore-file ${rule}${eol(document)}` };
}

function commentToken(document: TextDocument): string {
  return languageInfo(document.languageId)?.lineComment ?? '#';
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** The document's own line ending, so that inserted lines match it. */
function eol(document: TextDocument): string {
  const text = document.getText();
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
