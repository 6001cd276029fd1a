// Restricted Mode (run with the driver's --restricted): analysis and quick fixes work, a PAT a fix takes out of the code
// is not offered for storage, and the PAT stays out of terminals.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../runner/wait';

const EXTENSION_ID = 'clarifai-pat-lint.clarifai-pat-lint';

describe('Restricted Mode', function () {
  this.timeout(60_000);

  before(function () {
    if (vscode.workspace.isTrusted) this.skip();
  });

  it('analyses files and offers quick fixes', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'src/credentials.py'));
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Clarifai');
      return found.length === 3 ? found : undefined;
    }, { timeout: 20_000, message: 'three hardcoded-credential diagnostics' });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0]!.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((a) => a.title.includes('Read it from')), actions.map((a) => a.title).join(' | '));
  });

  it('applies the PAT quick fix without offering to store the PAT', async () => {
    const api = vscode.extensions.getExtension<{
      patSource(): Promise<string | undefined>;
      answerQuestions(answer: ((question: string) => string | undefined) | undefined): void;
    }>(EXTENSION_ID)!.exports;
    const token = '3b1f7e9c2a5d4e8f9c0a7b6d5e4f3a21';
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'src/credentials.py'));
    const target = await waitFor(() => vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'Clarifai' && document.getText(d.range) === token), {
      timeout: 20_000,
      message: 'the diagnostic of the CLARIFAI_PAT literal',
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('Read it from CLARIFAI_PAT'))?.command;
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const source = await api.patSource();
    const asked: string[] = [];
    api.answerQuestions((question) => {
      asked.push(question);
      return 'Store';
    });
    try {
      await vscode.commands.executeCommand(fix.command, ...(fix.arguments ?? []));
    } finally {
      api.answerQuestions(undefined);
    }
    assert.ok(!document.getText().includes(token), 'the fix is applied');
    assert.deepEqual(asked, [], 'nothing is offered');
    assert.equal(await api.patSource(), source);
  });

  it('reads the PAT from CLARIFAI_PAT when none is stored', async function () {
    if (!process.env.CLARIFAI_PAT) this.skip();
    const api = vscode.extensions.getExtension<{ patSource(): Promise<string | undefined> }>(EXTENSION_ID)!.exports;
    assert.equal(await api.patSource(), 'environment');
  });

  it('keeps the PAT out of terminals even when the setting asks', async () => {
    const api = vscode.extensions.getExtension<{ storePat(t: string): Promise<void>; terminalGetsPat(): boolean; terminalSettled(): Promise<void> }>(EXTENSION_ID)!.exports;
    await api.storePat('0123456789abcdef0123456789abcdef');
    const config = vscode.workspace.getConfiguration('clarifai');
    await config.update('terminal.injectPat', true, vscode.ConfigurationTarget.Global);
    try {
      assert.equal(vscode.workspace.getConfiguration('clarifai').get('terminal.injectPat'), true);
      // The same change that, trusted, puts the PAT into terminals (see the other suite).
      await api.terminalSettled();
      assert.equal(api.terminalGetsPat(), false);
    } finally {
      await config.update('terminal.injectPat', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('clarifai.clearPat');
    }
  });
});
