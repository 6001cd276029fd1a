// What the client can do (read once from `initialize`) and what the server offers in return.
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';
import { APPLY_ALL_FIXES_COMMAND, type InitializationOptions } from '../shared/protocol';
import { FIX_ALL_KIND } from './codeActions';

export interface ClientSupport {
  /** Pull diagnostics (`textDocument/diagnostic`); otherwise the server publishes them. */
  pull: boolean;
  /** `workspace/diagnostic/refresh`, to make a pull client ask again after a settings change. */
  refresh: boolean;
  /** Code actions resolved lazily: fix-all computes its edit only when chosen. */
  resolveEdits: boolean;
  /** Versioned `documentChanges` in workspace edits. */
  documentChanges: boolean;
  /** `workspace/configuration`, for settings per resource. */
  configuration: boolean;
  /** Registering for `workspace/didChangeConfiguration` after initialize. */
  configurationRegistration: boolean;
  /** Our own client: it runs MOVE_CREDENTIAL_COMMAND (see `InitializationOptions`). */
  moveCredentialCommand: boolean;
}

export function clientSupport({ capabilities: caps, initializationOptions }: Pick<InitializeParams, 'capabilities' | 'initializationOptions'>): ClientSupport {
  const options = (typeof initializationOptions === 'object' && initializationOptions !== null ? initializationOptions : {}) as InitializationOptions;
  return {
    pull: !!caps.textDocument?.diagnostic,
    refresh: !!caps.workspace?.diagnostics?.refreshSupport,
    resolveEdits: !!caps.textDocument?.codeAction?.dataSupport && !!caps.textDocument.codeAction.resolveSupport?.properties.includes('edit'),
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    configuration: !!caps.workspace?.configuration,
    configurationRegistration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    moveCredentialCommand: options.moveCredentialCommand === true,
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    notebookDocumentSync: { notebookSelector: [{ notebook: '*', cells: [{ language: 'python' }] }] },
    diagnosticProvider: support.pull ? { identifier: 'clarifai', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
    executeCommandProvider: { commands: [APPLY_ALL_FIXES_COMMAND] },
  };
}
