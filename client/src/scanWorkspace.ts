// "Scan Workspace": analyses every supported file of the workspace, with progress and cancellation, and shows
// what it finds in the Problems panel; open editors keep their own, live diagnostics.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { supportedExtensions } from '../../server/src/core/languages';
import { AnalyzeFilesRequest } from '../../server/src/shared/protocol';

const INCLUDE = `**/*.{${supportedExtensions().map((e) => e.slice(1)).join(',')}}`;
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/*.d.ts}';
const BATCH = 40;

export class WorkspaceScan implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('clarifai-workspace');
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly client: () => LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // Once a file is open, the language server reports it live: drop its scan result.
    this.subscription = vscode.workspace.onDidOpenTextDocument((doc) => this.diagnostics.delete(doc.uri));
  }

  async run(): Promise<void> {
    const files = await vscode.workspace.findFiles(INCLUDE, EXCLUDE);
    if (files.length === 0) {
      void vscode.window.showInformationMessage('Clarifai: no Python, JavaScript, TypeScript, shell or notebook files in this workspace.');
      return;
    }
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    this.diagnostics.clear();
    let problems = 0;
    let withProblems = 0;
    let done = 0;
    const cancelled = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Clarifai: scanning the workspace', cancellable: true },
      async (progress, token) => {
        for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
          const batch = files.slice(i, i + BATCH);
          const result = await this.client().sendRequest(AnalyzeFilesRequest, { uris: batch.map((u) => u.toString()) }, token);
          for (const { uri, diagnostics } of result.files) {
            if (diagnostics.length === 0 || open.has(uri)) continue;
            const converted = await this.client().protocol2CodeConverter.asDiagnostics(diagnostics);
            this.diagnostics.set(vscode.Uri.parse(uri), converted);
            problems += converted.length;
            withProblems++;
          }
          for (const { uri, reason } of result.skipped) this.log.info(`Scan Workspace skipped ${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}: ${reason}`);
          done += batch.length;
          progress.report({ message: `${done} of ${files.length} files`, increment: (100 * batch.length) / files.length });
        }
        return token.isCancellationRequested;
      },
    );
    const summary = `${cancelled ? 'Stopped after' : 'Scanned'} ${done} files: ${problems} ${problems === 1 ? 'problem' : 'problems'} in ${withProblems} ${withProblems === 1 ? 'file' : 'files'} that are not open.`;
    this.log.info(`Scan Workspace: ${summary}`);
    // Not awaited: the command is done when the scan is, whether or not anyone reads the message.
    void vscode.window.showInformationMessage(`Clarifai: ${summary}`, ...(problems > 0 ? ['Show Problems'] : [])).then((show) => {
      if (show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.diagnostics.dispose();
  }
}
