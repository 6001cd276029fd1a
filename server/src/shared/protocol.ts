// Messages between the extension and the language server beyond standard LSP. The PAT is never among them.
import { RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-protocol';

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
