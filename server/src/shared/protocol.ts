// Messages between the extension and the language server beyond standard LSP. The PAT is never among them.
import { RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';

/** What this extension's client sends as `initializationOptions`; other clients send none and get plain edits. */
export interface InitializationOptions {
  /** The client runs MOVE_CREDENTIAL_COMMAND, so a quick fix that takes a PAT out of the source can go through it. */
  moveCredentialCommand?: boolean;
}

export interface AnalyzeFilesParams {
  /** `file:` URIs of files on disk, open or not. */
  uris: string[];
}

export interface AnalyzeFilesResult {
  /** Every analysed file, with its diagnostics (possibly none). */
  files: { uri: string; diagnostics: Diagnostic[] }[];
  /** Files that were not analysed, and why (too large, binary, minified, unreadable). */
  skipped: { uri: string; reason: string }[];
}

/** Client → server: analyse files from disk for "Scan Workspace", whether or not they are open. */
export const AnalyzeFilesRequest = new RequestType<AnalyzeFilesParams, AnalyzeFilesResult, void>('clarifai/analyzeFiles');

/** The server's command that applies every auto-fix of one document. */
export const APPLY_ALL_FIXES_COMMAND = 'clarifai.applyAllFixes';

/**
 * The client's command behind a quick fix that takes a PAT out of the source: it reads the PAT from its own copy of
 * the document, applies the fix, then offers to keep the PAT in its secret storage.
 */
export const MOVE_CREDENTIAL_COMMAND = 'clarifai.moveCredentialToSecretStorage';

/** The argument of MOVE_CREDENTIAL_COMMAND: where the credential is written and the fix's edit, never the value. */
export interface MoveCredentialArgs {
  /** The document (or notebook cell) that holds the credential. */
  uri: string;
  /** Its version when the fix was computed; the client changes nothing at another version. */
  version: number;
  /** The credential's own characters. */
  range: Range;
  /** The quick fix's edit, exactly as the plain code action would carry it. */
  edit: WorkspaceEdit;
}
