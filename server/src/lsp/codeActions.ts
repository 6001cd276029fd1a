// Code actions: each diagnostic's fixes, "ignore" comments for the line or the file, the rule's documentation,
// and fix-all (`source.fixAll.clarifai`) over the current text.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageInfo } from '../core/languages';
import { ruleDocsUrl } from '../core/rules';
import { MOVE_CREDENTIAL_COMMAND, type MoveCredentialArgs } from '../shared/protocol';
import { isDiagnosticData, SOURCE, type DataFix } from './diagnostics';

export const FIX_ALL_KIND = 'source.fixAll.clarifai';
export const OPEN_DOCS_COMMAND = 'clarifai.openRuleDocs';
/** The environment variable a PAT is read from; the client's secret storage keeps the same PAT. */
const PAT_ENV_NAME = 'CLARIFAI_PAT';

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

/** What the client runs besides edits. */
export interface ClientCommands {
  /** MOVE_CREDENTIAL_COMMAND (only our own client has it). */
  moveCredentialCommand: boolean;
}

/** Quick fixes, ignore comments and documentation for the Clarifai diagnostics of one document at its current version. */
export function quickFixes(document: TextDocument, diagnostics: readonly Diagnostic[], style: EditStyle, commands: ClientCommands): CodeAction[] {
  const actions: CodeAction[] = [];
  const docs = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || !isDiagnosticData(diagnostic.data) || diagnostic.data.version !== document.version) continue;
    const { rule, fixes, lineComment } = diagnostic.data;
    fixes.forEach((fix, i) => {
      const title = `Clarifai (${rule}): ${fix.title}`;
      const edit = workspaceEdit(fix.edits, style);
      const move = commands.moveCredentialCommand ? moveCredentialArgs(fix, edit, style) : undefined;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        ...(move ? { command: { title, command: MOVE_CREDENTIAL_COMMAND, arguments: [move] } } : { edit }),
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

/**
 * For a fix that takes a PAT out of the source, what the client's command needs to apply it and then offer to keep
 * the PAT in its secret storage: where the PAT is written, never its value. A fix that reads `CLARIFAI_API_KEY`
 * keeps its plain edit: an app key is not a PAT, so storing it as one would break what reads the PAT, and an edit
 * needs no round trip; its diagnostic already says to revoke the key.
 */
function moveCredentialArgs(fix: DataFix, edit: WorkspaceEdit, style: EditStyle): MoveCredentialArgs | undefined {
  const removed = fix.removesCredential;
  if (removed?.envName !== PAT_ENV_NAME) return undefined;
  const version = style.versionOf(removed.uri);
  return version === null ? undefined : { uri: removed.uri, version, range: removed.range, edit };
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
