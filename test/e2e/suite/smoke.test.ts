// Smoke test of the integration harness: the vscode API is there, the test workspace is open, and the extension (once built) activates.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../runner/wait';

const EXTENSION_ID = 'clarifai-pat-lint.clarifai-pat-lint';

/** Opens the workspace's `sample.py` in an editor and waits until it is the active one. */
async function openSample(): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sample.py'));
  await vscode.window.showTextDocument(document);
  await waitFor(() => vscode.window.activeTextEditor?.document === document, { message: 'sample.py to be the active editor' });
  return document;
}

describe('harness smoke test', () => {
  it('runs in the extension host with the vscode API', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.equal(typeof vscode.languages.getDiagnostics, 'function');
  });

  it('opens the test workspace', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, `expected one workspace folder, got ${folders.map((f) => f.uri.toString()).join(', ') || 'none'}`);
    const document = await openSample();
    assert.equal(document.languageId, 'python');
  });

  it('loads the Clarifai extension, and activates it on a Python file once it is built', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded: check the extension folder (or .vsix) given to the driver`);
    const main = path.join(extension.extensionPath, String(extension.packageJSON.main));
    if (!existsSync(main) && !existsSync(`${main}.js`)) this.skip(); // the client is not built yet
    await openSample();
    await waitFor(() => extension.isActive, {
      timeout: 20_000,
      message: `${EXTENSION_ID} to activate on opening a Python file (an error in activate() is in the extension host log)`,
    });
  });
});
