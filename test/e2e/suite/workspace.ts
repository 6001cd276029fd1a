// What the suites share: the test workspace's files, opening them, and waiting for the extension's diagnostics.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../runner/wait';

export const EXTENSION_ID = 'clarifai-pat-lint.clarifai-pat-lint';

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** The extension's diagnostics of a document, by rule id. */
export function clarifaiRules(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'Clarifai')
    .map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)))
    .sort();
}

export async function open(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

export async function waitForRules(uri: vscode.Uri, expected: string[], what: string): Promise<void> {
  await waitFor(() => JSON.stringify(clarifaiRules(uri)) === JSON.stringify([...expected].sort()), {
    timeout: 20_000,
    message: `${what}: expected [${expected.join(', ')}], have [${clarifaiRules(uri).join(', ')}]`,
  });
}
