// Robustness: documents the server cannot or need not analyse, broken code, requests about documents nobody opened
// and malformed requests never take the server down; shutdown and exit end it with the right code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeNotebookDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  ShutdownRequest,
  type CodeAction,
} from 'vscode-languageserver-protocol/node';
import { allEdits, BASIC, codes, comparable, currentDiagnostics, rangeOf, TestClient, VSCODE, withClient } from './client';
import { PYTHON } from './samples';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const InvalidRequest = -32600;

for (const [name, variant] of [
  ['pull', VSCODE],
  ['push', BASIC],
] as const) {
  describe(`robustness (${name})`, () => {
    let client: TestClient;
    const witness = `file:///workspace/robust/${name}-witness.py`;
    before(async () => {
      client = await TestClient.start({ variant });
      await client.open(witness, 'python', PYTHON);
    });
    after(() => client.dispose());

    /** The server is still running and still analyses a known document correctly. */
    async function assertAlive(): Promise<void> {
      assert.equal(client.exited, undefined, `the server is running\n${client.stderr}`);
      // A change and its undo: the server must still follow the text.
      await client.change(witness, [{ range: ORIGIN, text: '#' }]);
      await client.change(witness, [{ range: { start: ORIGIN.start, end: { line: 0, character: 1 } }, text: '' }]);
      assert.deepEqual(codes(await currentDiagnostics(client, witness)), ['hardcoded-credential', 'missing-owner-ids']);
    }
    let count = 0;
    const uriOf = (extension: string) => `file:///workspace/robust/${name}-${count++}.${extension}`;

    test('a document of an unknown language', async () => {
      const uri = uriOf('rs');
      await client.open(uri, 'rust', `// uses clarifai\nfn main() { let key = "Key 3a9d5e7c1f2b4a6e8d0c9b7a5f3e1d2c"; }\n`);
      await client.change(uri, [{ range: ORIGIN, text: 'use clarifai_grpc;\n' }]);
      assert.deepEqual(await currentDiagnostics(client, uri), []);
      assert.ok(Array.isArray(await client.codeActions(uri, ORIGIN, [], ['source.fixAll'], 2)));
      assert.ok(Array.isArray(await client.codeActions(uri, ORIGIN, [])));
      await client.close(uri);
      await assertAlive();
    });

    test('an empty document, filled and emptied again', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', '');
      assert.deepEqual(await currentDiagnostics(client, uri), []);
      await client.change(uri, [{ range: ORIGIN, text: PYTHON }]);
      assert.deepEqual(codes(await currentDiagnostics(client, uri)), ['hardcoded-credential', 'missing-owner-ids']);
      await client.replace(uri, '');
      assert.deepEqual(await currentDiagnostics(client, uri), []);
      const fixAll = (await client.codeActions(uri, ORIGIN, [], ['source.fixAll'], 2)) as CodeAction[];
      for (const action of fixAll) {
        const resolved = variant.resolve && !action.edit ? await client.resolveCodeAction(action) : action;
        assert.deepEqual(allEdits(resolved.edit), []);
      }
      await assertAlive();
    });

    test('a huge line, edited in the middle', async () => {
      const uri = uriOf('py');
      const text = `${PYTHON}x = "${'a'.repeat(3_000_000)}"\n`;
      await client.open(uri, 'python', text);
      assert.deepEqual(codes(await currentDiagnostics(client, uri)), ['hardcoded-credential', 'missing-owner-ids']);
      const middle = client.doc(uri).positionAt(PYTHON.length + 1_500_000);
      await client.change(uri, [{ range: { start: middle, end: { line: middle.line, character: middle.character + 10 } }, text: '"; y = 1; z = "' }]);
      assert.deepEqual(codes(await currentDiagnostics(client, uri)), ['hardcoded-credential', 'missing-owner-ids']);
      await client.close(uri);
      await assertAlive();
    });

    test('deeply nested and very long expressions', async () => {
      const uri = uriOf('py');
      const text = `${PYTHON}x = ${'('.repeat(20_000)}1${')'.repeat(20_000)}\nkey = "Key " + ${Array(50_000).fill('a').join(' + ')}\n`;
      await client.open(uri, 'python', text);
      assert.deepEqual(codes(await currentDiagnostics(client, uri)), ['hardcoded-credential', 'missing-owner-ids']);
      await client.close(uri);
      await assertAlive();
    });

    test('files with syntax errors still get their findings', async () => {
      const broken = readFileSync(path.join(FIXTURES, 'python/broken.py'), 'utf8');
      const py = uriOf('py');
      await client.open(py, 'python', broken);
      const diagnostics = await currentDiagnostics(client, py);
      assert.ok(codes(diagnostics).includes('api-key-public-resource'), `api-key-public-resource in ${codes(diagnostics)}`);
      assert.deepEqual(diagnostics.find((d) => d.code === 'api-key-public-resource')!.range, rangeOf(broken, 'stub.PostModelOutputs'));

      const tsText = readFileSync(path.join(FIXTURES, 'javascript/broken/duplicate-and-syntax-error.ts'), 'utf8');
      const ts = uriOf('ts');
      await client.open(ts, 'typescript', tsText);
      await currentDiagnostics(client, ts);
      const jsx = uriOf('jsx');
      await client.open(jsx, 'javascriptreact', readFileSync(path.join(FIXTURES, 'javascript/broken/unclosed-tag.jsx'), 'utf8'));
      await currentDiagnostics(client, jsx);

      // Break a good document half-way through typing, then mend it: the results come back as they were.
      const half = uriOf('py');
      await client.open(half, 'python', PYTHON);
      const before = await currentDiagnostics(client, half);
      const at = rangeOf(PYTHON, 'model_id=').start;
      await client.change(half, [{ range: { start: at, end: at }, text: '"""((' }]);
      await currentDiagnostics(client, half);
      await client.change(half, [{ range: { start: at, end: { line: at.line, character: at.character + 5 } }, text: '' }]);
      const after = await currentDiagnostics(client, half);
      assert.deepEqual(after.map(comparable), before.map(comparable));
      await assertAlive();
    });

    test('changes with positions past the end of a line or of the document are clamped like the client clamps them', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', PYTHON);
      await client.change(uri, [
        { range: { start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, text: '  # past the end of line 1' },
        { range: { start: { line: 400, character: 0 }, end: { line: 400, character: 3 } }, text: '\nprint("past the end")\n' },
      ]);
      const diagnostics = await currentDiagnostics(client, uri);
      const fresh = uriOf('py');
      await client.open(fresh, 'python', client.text(uri));
      assert.deepEqual(diagnostics.map(comparable), (await currentDiagnostics(client, fresh)).map(comparable));
      await assertAlive();
    });

    test('requests and notifications about documents nobody opened', async () => {
      const nowhere = 'file:///workspace/robust/never-opened.py';
      if (variant.pull) {
        const report = await client.pullReport(nowhere);
        assert.equal(report.kind, 'full');
        assert.deepEqual('items' in report ? report.items : [], []);
        await client.pullReport('vscode-notebook-cell:/workspace/robust/never.ipynb#W0sZmlsZQ%3D%3D');
      }
      assert.deepEqual(await client.codeActions(nowhere, ORIGIN, []), []);
      assert.ok(Array.isArray(await client.codeActions(nowhere, ORIGIN, [], ['source.fixAll'])));
      const bogus = await client.resolveCodeAction({ title: 'Clarifai: Fix all auto-fixable problems', kind: 'source.fixAll.clarifai', data: { uri: nowhere, version: 1 } });
      assert.equal(bogus.edit, undefined);
      await client.resolveCodeAction({ title: 'not ours', kind: 'quickfix', data: 42 });
      const applyEdits = client.applyEditRequests.length;
      await client.executeCommand('clarifai.applyAllFixes', [{ uri: nowhere }]);
      await client.executeCommand('clarifai.applyAllFixes', [{ uri: nowhere, version: 3 }]);
      assert.equal(client.applyEditRequests.length, applyEdits);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: nowhere, version: 2 },
        contentChanges: [{ range: ORIGIN, text: 'import clarifai\n' }],
      });
      await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: nowhere } });
      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: nowhere } });
      await client.connection.sendNotification(DidChangeNotebookDocumentNotification.type, {
        notebookDocument: { uri: 'file:///workspace/robust/never.ipynb', version: 2 },
        change: { cells: { textContent: [{ document: { uri: 'vscode-notebook-cell:/workspace/robust/never.ipynb#W0', version: 2 }, changes: [{ text: 'x' }] }] } },
      });
      await client.roundTrip();
      assert.ok(client.publishesFor(nowhere).every((p) => p.diagnostics.length === 0));
      await assertAlive();
    });

    test('malformed requests get an error response, unknown methods MethodNotFound', async () => {
      await assert.rejects(client.connection.sendRequest(DocumentDiagnosticRequest.type, {} as never), (e: { code?: number }) => typeof e.code === 'number');
      await assert.rejects(client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: witness } } as never), (e: { code?: number }) => typeof e.code === 'number');
      await assert.rejects(client.connection.sendRequest('clarifai/noSuchRequest', {}), (e: { code?: number }) => e.code === -32601);
      await client.connection.sendNotification('clarifai/noSuchNotification', { any: 'thing' });
      await assertAlive();
    });
  });
}

describe('shutdown and exit', () => {
  test('shutdown then exit ends the process with code 0', () =>
    withClient({ variant: VSCODE }, async (client) => {
      await client.open('file:///workspace/robust/exit.py', 'python', PYTHON);
      await client.pull('file:///workspace/robust/exit.py');
      assert.equal(await client.shutdown(), 0);
    }));

  test('shutdown then exit ends a push server with code 0, with work pending', () =>
    withClient({ variant: BASIC }, async (client) => {
      await client.open('file:///workspace/robust/exit.py', 'python', PYTHON);
      await client.change('file:///workspace/robust/exit.py', [{ range: ORIGIN, text: '# pending\n' }]);
      assert.equal(await client.shutdown(), 0);
    }));

  test('exit without shutdown ends the process with code 1', () =>
    withClient({ variant: VSCODE }, async (client) => {
      await client.connection.sendNotification(ExitNotification.type);
      assert.equal((await client.waitForExit()).code, 1);
    }));

  test('requests after shutdown fail with InvalidRequest', () =>
    withClient({ variant: VSCODE }, async (client) => {
      const uri = 'file:///workspace/robust/after-shutdown.py';
      await client.open(uri, 'python', PYTHON);
      await client.connection.sendRequest(ShutdownRequest.type);
      await assert.rejects(client.pull(uri), (e: { code?: number }) => e.code === InvalidRequest, 'a pull after shutdown is an InvalidRequest error');
      await client.connection.sendNotification(ExitNotification.type);
      assert.equal((await client.waitForExit()).code, 0);
    }));
});
