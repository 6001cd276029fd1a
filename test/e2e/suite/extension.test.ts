// The extension in a real VS Code: diagnostics in Python, JavaScript, TypeScript and notebook cells, a quick fix,
// fix-all, suppression comments, a setting that turns a rule off, and Scan Workspace on a file nobody opened.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../runner/wait';
import { clarifaiRules, EXTENSION_ID, open, waitForRules, workspaceUri } from './workspace';

describe('Clarifai PAT Lint in VS Code', function () {
  this.timeout(60_000);

  before(async function () {
    // The Restricted Mode run has its own suite.
    if (!vscode.workspace.isTrusted) this.skip();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await open('src/tagger.py');
    await waitFor(() => extension.isActive, { timeout: 20_000, message: 'the extension to activate' });
  });

  it('shows diagnostics in a Python file, with the rule id linking to its documentation', async () => {
    const document = await open('src/tagger.py');
    await waitForRules(document.uri, ['api-key-public-resource'], 'src/tagger.py');
    const [diagnostic] = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Clarifai');
    assert.ok(diagnostic && typeof diagnostic.code === 'object');
    assert.match(diagnostic.code.target.toString(), /#api-key-public-resource$/);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(diagnostic.range), 'stub.PostModelOutputs');
  });

  it('shows diagnostics in JavaScript and TypeScript files', async () => {
    const js = await open('web/faces.js');
    await waitForRules(js.uri, ['wrong-owner-ids'], 'web/faces.js');
    const ts = await open('web/moderate.ts');
    await waitForRules(ts.uri, ['api-key-public-resource'], 'web/moderate.ts');
  });

  it('shows diagnostics in a notebook cell', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(workspaceUri('notebooks/food.ipynb'));
    await vscode.window.showNotebookDocument(notebook);
    const cell = notebook.cellAt(2).document;
    await waitForRules(cell.uri, ['missing-owner-ids'], 'the third cell of notebooks/food.ipynb');
    assert.deepEqual(clarifaiRules(notebook.cellAt(1).document.uri), []);
  });

  it('applies a quick fix, and its diagnostic goes away', async () => {
    const document = await open('src/credentials.py');
    await waitForRules(document.uri, ['hardcoded-credential', 'hardcoded-credential', 'hardcoded-credential'], 'src/credentials.py');
    const target = vscode.languages.getDiagnostics(document.uri).find((d) => document.getText(d.range).startsWith('3b1f'));
    assert.ok(target, 'the CLARIFAI_PAT literal is flagged');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('Read it from CLARIFAI_PAT'));
    assert.ok(fix?.command, `a "Read it from CLARIFAI_PAT" fix among: ${actions.map((a) => a.title).join(' | ')}`);
    // The extension's command applies the edit, then asks whether to keep the PAT (see the suite on moving a PAT).
    const api = testApi();
    api.answerQuestions(() => 'Not now');
    try {
      await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    } finally {
      api.answerQuestions(undefined);
    }
    await waitForRules(document.uri, ['hardcoded-credential', 'hardcoded-credential'], 'src/credentials.py after the quick fix');
    assert.match(document.getText(), /^import os$/m);
    assert.match(document.getText(), /CLARIFAI_PAT = os\.environ\["CLARIFAI_PAT"\]/);
    assert.ok(!document.getText().includes('3b1f7e9c2a5d4e8f9c0a7b6d5e4f3a21'));
  });

  it('fixes every fixable problem of a file with fix-all', async () => {
    const document = await open('src/credentials.py');
    await waitFor(() => clarifaiRules(document.uri).length > 0, { message: 'findings left in src/credentials.py' });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.clarifai', 5);
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.clarifai');
    assert.ok(fixAll?.edit, 'a resolved fix-all action');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await waitForRules(document.uri, [], 'src/credentials.py after fix-all');
    assert.doesNotMatch(document.getText(), /[0-9a-f]{32}/);
    await document.save();
  });

  it('honours suppression comments', async () => {
    const document = await open('src/suppressed.py');
    await waitForRules(document.uri, ['api-key-public-resource'], 'src/suppressed.py');
    const [diagnostic] = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Clarifai');
    assert.equal(diagnostic?.range.start.line, 9, 'the unsuppressed call on line 10 is the one reported');
  });

  it('turns a rule off from the settings, and back on', async () => {
    const document = await open('web/faces.js');
    await waitForRules(document.uri, ['wrong-owner-ids'], 'web/faces.js before the setting');
    const config = vscode.workspace.getConfiguration('clarifai');
    await config.update('rules', { 'wrong-owner-ids': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForRules(document.uri, [], 'web/faces.js with wrong-owner-ids off');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForRules(document.uri, ['wrong-owner-ids'], 'web/faces.js with the setting removed');
  });

  it('reports a file that is not open with Scan Workspace', async () => {
    const uri = workspaceUri('scripts/not_open.py');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'scripts/not_open.py must not be open');
    await vscode.commands.executeCommand('clarifai.scanWorkspace');
    await waitForRules(uri, ['missing-owner-ids'], 'scripts/not_open.py after Scan Workspace');
  });

  it('starts with no PAT configured and keeps the server running', async function () {
    if (process.env.CLARIFAI_PAT) this.skip();
    const api = testApi();
    assert.ok(api.serverRunning());
    assert.equal(await api.patSource(), undefined);
  });

  it('puts the PAT into new terminals only when the setting asks, never persisted', async () => {
    const api = testApi();
    const token = randomBytes(16).toString('hex');
    await api.storePat(token);
    await waitFor(async () => (await api.patSource()) === 'secret-storage', { message: 'the PAT to be stored' });
    assert.equal(api.terminalGetsPat(), false, 'off by default');
    const config = vscode.workspace.getConfiguration('clarifai');
    await config.update('terminal.injectPat', true, vscode.ConfigurationTarget.Global);
    const file = path.join(os.tmpdir(), `clarifai-terminal-${process.pid}-${Date.now()}`);
    const terminal = vscode.window.createTerminal({ name: 'Clarifai PAT check' });
    try {
      await api.terminalSettled();
      assert.equal(api.terminalGetsPat(), true, 'the PAT is in the terminal environment once the change is handled');
      assert.equal(api.terminalEnvironmentPersists(), false);
      const fresh = vscode.window.createTerminal({ name: 'Clarifai PAT check 2' });
      fresh.sendText(`printf %s "$CLARIFAI_PAT" > '${file}'`);
      await waitFor(() => existsSync(file) && readFileSync(file, 'utf8') === token, { timeout: 20_000, message: 'a new terminal to see CLARIFAI_PAT' });
      fresh.dispose();
    } finally {
      terminal.dispose();
      rmSync(file, { force: true });
      await config.update('terminal.injectPat', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('clarifai.clearPat');
    }
    await waitFor(() => !api.terminalGetsPat(), { message: 'the PAT to leave the terminal environment' });
    assert.equal(await api.patSource(), undefined);
  });
});

interface TestApi {
  patSource(): Promise<string | undefined>;
  storePat(token: string): Promise<void>;
  serverRunning(): boolean;
  terminalGetsPat(): boolean;
  terminalSettled(): Promise<void>;
  terminalEnvironmentPersists(): boolean;
  answerQuestions(answer: ((question: string, answers: readonly string[]) => string | undefined) | undefined): void;
}

function testApi(): TestApi {
  const api = vscode.extensions.getExtension<TestApi | undefined>(EXTENSION_ID)?.exports;
  assert.ok(api, 'the extension returns its test API in test mode');
  return api;
}
