// The language client: starts the bundled server, says which documents and notebook cells it analyses, and pulls
// diagnostics on change or only on save, as `clarifai.run` says for each document.
import * as vscode from 'vscode';
import { DiagnosticPullMode, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/shared/protocol';
import { ANALYSED_LANGUAGES } from '../../server/src/shared/settings';

/** Editors and notebook cells the server analyses (files on disk and unsaved ones). */
export const DOCUMENT_SELECTOR: vscode.DocumentFilter[] = [
  ...ANALYSED_LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { notebookType: 'jupyter-notebook', scheme: 'vscode-notebook-cell', language: 'python' },
];

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR.map((f) => (f.notebookType ? { notebook: { notebookType: f.notebookType }, language: f.language } : f)) as LanguageClientOptions['documentSelector'],
    // The quick fix that takes a PAT out of the source runs our command, which offers to keep it in secret storage.
    initializationOptions: { moveCredentialCommand: true } satisfies InitializationOptions,
    outputChannel: log,
    traceOutputChannel: log,
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      // With `clarifai.run: onSave`, typing does not ask for diagnostics.
      filter: (document, mode) => mode === DiagnosticPullMode.onType && vscode.workspace.getConfiguration('clarifai', document).get('run') === 'onSave',
    },
  };
  return new LanguageClient('clarifai', 'Clarifai PAT Lint', serverOptions, clientOptions);
}
