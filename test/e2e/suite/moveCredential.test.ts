// The quick fix that takes a PAT out of the code, in a trusted workspace: it applies the fix and offers to keep the PAT
// in secret storage; "Store" keeps it there (new terminals then get it in CLARIFAI_PAT, which the fixed code reads),
// "Not now" keeps nothing, a stored PAT is replaced only when the user says so, and a document that changed since the
// fix was offered is left alone. Every file holds a fresh random token.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../runner/wait';

const EXTENSION_ID = 'clarifai-pat-lint.clarifai-pat-lint';
const PAT_FIX = 'Read it from CLARIFAI_PAT instead';
const QUESTION = "Store the removed credential as your Clarifai PAT in VS Code's secret storage?";

interface TestApi {
  patSource(): Promise<string | undefined>;
  storePat(token: string): Promise<void>;
  terminalSettled(): Promise<void>;
  answerQuestions(answer: ((question: string, answers: readonly string[]) => string | undefined) | undefined): void;
}

function testApi(): TestApi {
  const api = vscode.extensions.getExtension<TestApi | undefined>(EXTENSION_ID)?.exports;
  assert.ok(api, 'the extension returns its test API in test mode');
  return api;
}

function newToken(): string {
  return randomBytes(16).toString('hex');
}

/** A Python file of the workspace, written now, that keeps a PAT in the source. */
function writePythonFile(name: string, token: string): vscode.Uri {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'src', name);
  writeFileSync(uri.fsPath, ['# Tags images with Clarifai.', '', `PAT = "${token}"`, 'print(PAT)', ''].join('\n'));
  return uri;
}

/** The hardcoded-credential diagnostic on `token` in a document, once the server has reported it. */
async function credentialDiagnostic(document: vscode.TextDocument, token: string): Promise<vscode.Diagnostic> {
  return waitFor(() => vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'Clarifai' && document.getText(d.range) === token), {
    timeout: 20_000,
    message: `the hardcoded-credential diagnostic in ${path.basename(document.uri.path)}`,
  });
}

/** The PAT quick fix for a diagnostic: a command (the edit travels in its arguments), never the token. */
async function patFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, token: string): Promise<vscode.Command> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title.endsWith(PAT_FIX));
  assert.ok(fix?.command, `a "${PAT_FIX}" command among: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(fix.edit, undefined);
  assert.equal(fix.isPreferred, true);
  assert.ok(!JSON.stringify(fix.command.arguments).includes(token), 'the command does not carry the token');
  return fix.command;
}

/** Runs the fix's command, answering its question (if any) with `answer`; resolves with the questions asked. */
async function runFix(fix: vscode.Command, answer: string): Promise<string[]> {
  const api = testApi();
  const asked: string[] = [];
  api.answerQuestions((question, answers) => {
    asked.push(question);
    assert.ok(answers.includes(answer), `"${answer}" among the answers ${answers.join(', ')}`);
    return answer;
  });
  try {
    await vscode.commands.executeCommand(fix.command, ...(fix.arguments ?? []));
  } finally {
    api.answerQuestions(undefined);
  }
  return asked;
}

/** What a new terminal sees in CLARIFAI_PAT once the PAT is injected. */
async function terminalPat(): Promise<string> {
  const api = testApi();
  const file = path.join(os.tmpdir(), `clarifai-moved-${process.pid}-${Date.now()}`);
  const config = vscode.workspace.getConfiguration('clarifai');
  await config.update('terminal.injectPat', true, vscode.ConfigurationTarget.Global);
  const terminal = vscode.window.createTerminal({ name: 'Clarifai moved PAT' });
  try {
    await api.terminalSettled();
    terminal.sendText(`printf %s "$CLARIFAI_PAT" > '${file}'`);
    return await waitFor(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 20_000, message: 'the terminal to write CLARIFAI_PAT' });
  } finally {
    terminal.dispose();
    rmSync(file, { force: true });
    await config.update('terminal.injectPat', undefined, vscode.ConfigurationTarget.Global);
  }
}

/** Every place settings live that the extension host can read: the `clarifai` section at every level, and the workspace's settings file. */
function settingsText(): string {
  const settingsFile = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, '.vscode', 'settings.json').fsPath;
  return JSON.stringify(vscode.workspace.getConfiguration().inspect('clarifai')) + (existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : '');
}

describe('Moving a written-in PAT to secret storage', function () {
  this.timeout(60_000);

  before(async function () {
    // Restricted Mode offers nothing: its suite checks that.
    if (!vscode.workspace.isTrusted) this.skip();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('clarifai.clearPat');
  });

  it('"Not now" applies the fix and stores nothing', async function () {
    if (process.env.CLARIFAI_PAT) this.skip();
    const api = testApi();
    const token = newToken();
    const document = await vscode.workspace.openTextDocument(writePythonFile('not_now.py', token));
    await vscode.window.showTextDocument(document);
    const fix = await patFix(document, await credentialDiagnostic(document, token), token);

    assert.deepEqual(await runFix(fix, 'Not now'), [QUESTION], 'no PAT is stored yet: nothing to replace');
    assert.ok(!document.getText().includes(token));
    assert.match(document.getText(), /^PAT = os\.environ\["CLARIFAI_PAT"\]$/m);
    assert.equal(await api.patSource(), undefined);
  });

  it('"Store" replaces the stored PAT with the removed one, which new terminals get; the file and settings never hold it', async () => {
    const api = testApi();
    await api.storePat(newToken());
    await waitFor(async () => (await api.patSource()) === 'secret-storage', { message: 'the earlier PAT to be stored' });
    const token = newToken();
    const document = await vscode.workspace.openTextDocument(writePythonFile('store.py', token));
    await vscode.window.showTextDocument(document);
    const fix = await patFix(document, await credentialDiagnostic(document, token), token);

    const asked = await runFix(fix, 'Store');
    assert.equal(asked.length, 1);
    assert.ok(asked[0]!.startsWith(QUESTION) && /replaces the Clarifai PAT stored there/.test(asked[0]!), asked[0]);
    assert.ok(!document.getText().includes(token));
    assert.match(document.getText(), /^import os$/m);
    await document.save();
    assert.ok(!readFileSync(document.uri.fsPath, 'utf8').includes(token), 'the saved file does not hold the token');
    assert.equal(await api.patSource(), 'secret-storage');
    assert.equal(await terminalPat(), token, 'new terminals get the moved PAT in CLARIFAI_PAT, which the fixed code reads');
    assert.ok(!settingsText().includes(token), 'no setting holds the token');
  });

  it('changes nothing when the document changed since the fix was offered', async function () {
    if (process.env.CLARIFAI_PAT) this.skip();
    const api = testApi();
    const token = newToken();
    const document = await vscode.workspace.openTextDocument(writePythonFile('stale.py', token));
    const editor = await vscode.window.showTextDocument(document);
    const fix = await patFix(document, await credentialDiagnostic(document, token), token);
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# edited after the fix was offered\n')));
    const before = document.getText();

    assert.deepEqual(await runFix(fix, 'Store'), [], 'no question');
    assert.equal(document.getText(), before, 'the document is unchanged');
    assert.equal(await api.patSource(), undefined);
  });

  it('moves a PAT out of a notebook cell, the import going into the first code cell', async () => {
    const api = testApi();
    const token = newToken();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'notebooks', 'moved_pat.ipynb');
    const cell = (source: string[]) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source });
    writeFileSync(
      uri.fsPath,
      JSON.stringify({
        cells: [cell(['from clarifai.client.model import Model']), cell([`model = Model(model_id='food-item-recognition', user_id='clarifai', app_id='main', pat='${token}')`])],
        metadata: { language_info: { name: 'python' } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
    );
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(notebook);
    const holder = notebook.cellAt(1).document;
    const fix = await patFix(holder, await credentialDiagnostic(holder, token), token);

    assert.deepEqual(await runFix(fix, 'Store'), [QUESTION]);
    assert.ok(!holder.getText().includes(token));
    assert.match(holder.getText(), /pat=os\.environ\[["']CLARIFAI_PAT["']\]/);
    assert.match(notebook.cellAt(0).document.getText(), /^import os$/m);
    assert.equal(await api.patSource(), 'secret-storage');
  });
});
