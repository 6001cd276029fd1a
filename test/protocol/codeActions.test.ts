// Code actions: the quick fix of a hardcoded credential, "Ignore … on this line / in this file", "Show
// documentation", fix-all (`source.fixAll.clarifai`, resolved lazily or eager) and the `clarifai.applyAllFixes`
// command, for a VS Code-like client and for one without pull and resolve support.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Command, Diagnostic } from 'vscode-languageserver-protocol/node';
import {
  allEdits,
  BASIC,
  codes,
  currentDiagnostics,
  dataOf,
  editsFor,
  ERROR,
  isCodeAction,
  rangeOf,
  TestClient,
  VSCODE,
} from './client';
import { FIXABLE_SECRET_VALUES, FIXABLE_SECRETS, PY_SECRET, PYTHON, TYPESCRIPT } from './samples';

const DOCS = 'https://github.com/clarifai-pat-lint/clarifai-pat-lint#';
const FIX_ALL_KIND = 'source.fixAll.clarifai';
const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A CRLF file with a shebang and an encoding line, the call indented two levels deep. */
const CRLF_PYTHON = [
  '#!/usr/bin/env python3',
  '# -*- coding: utf-8 -*-',
  'import os',
  'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc',
  '',
  '',
  'def predict():',
  '    stub = service_pb2_grpc.V2Stub(None)',
  '    metadata = (("authorization", "Key " + os.environ["CLARIFAI_PAT"]),)',
  '    if stub:',
  '        return stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=metadata)',
  '',
].join('\r\n');

/** Two findings of different rules on one line. */
const TWO_ON_A_LINE = [
  'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc',
  'stub = service_pb2_grpc.V2Stub(None)',
  'def run():',
  '    return stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=(("authorization", "Key 3a9d5e7c1f2b4a6e8d0c9b7a5f3e1d2c"),))',
  '',
].join('\n');

function actionTitled(actions: (Command | CodeAction)[], title: string): CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `an action titled ${JSON.stringify(title)} among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(isCodeAction(action), `${title} is a CodeAction`);
  return action;
}

for (const [name, variant] of [
  ['VS Code-like client', VSCODE],
  ['client without pull and resolve support', BASIC],
] as const) {
  describe(`code actions (${name})`, () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ variant });
    });
    after(() => client.dispose());

    let count = 0;
    const uriOf = (extension: string) => `file:///workspace/actions/${variant.pull ? 'pull' : 'push'}-${count++}.${extension}`;
    const diagnosticsOf = (uri: string) => currentDiagnostics(client, uri);
    const diagnostic = async (uri: string, rule: string): Promise<Diagnostic> => {
      const found = (await diagnosticsOf(uri)).find((d) => d.code === rule);
      assert.ok(found, `a ${rule} diagnostic`);
      return found;
    };
    const actionsFor = (uri: string, d: Diagnostic, only?: string[]) => client.codeActions(uri, d.range, [d], only);

    /** The edit of a workspace edit in the form this client asked for, versioned for the document's current version. */
    function assertEditForm(action: CodeAction, uri: string): void {
      assert.ok(action.edit, `${action.title} has an edit`);
      if (variant.documentChanges) {
        assert.equal(action.edit.changes, undefined);
        for (const change of action.edit.documentChanges ?? []) {
          assert.ok('textDocument' in change);
          assert.equal(change.textDocument.uri, uri);
          assert.equal(change.textDocument.version, client.doc(uri).version);
        }
      } else {
        assert.equal(action.edit.documentChanges, undefined);
        assert.deepEqual(Object.keys(action.edit.changes ?? {}), [uri]);
      }
    }

    test('the quick fix for a hardcoded credential applies cleanly and the finding goes away', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', PYTHON);
      const secret = await diagnostic(uri, 'hardcoded-credential');
      const actions = await actionsFor(uri, secret);
      const fix = actionTitled(actions, 'Clarifai (hardcoded-credential): Read it from CLARIFAI_PAT instead');
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true);
      assert.deepEqual(fix.diagnostics, [secret]);
      assertEditForm(fix, uri);

      await client.applyWorkspaceEdit(fix.edit!);
      assert.deepEqual(client.editProblems, []);
      assert.ok(!client.text(uri).includes(PY_SECRET));
      assert.ok(client.text(uri).includes('PAT = os.environ["CLARIFAI_PAT"]'));
      assert.deepEqual(codes(await diagnosticsOf(uri)), ['missing-owner-ids']);
    });

    test('in a CRLF file without import os, the quick fix adds the import with the file\'s line ending', async () => {
      const uri = uriOf('py');
      const text = ['"""Reads the key."""', 'from clarifai.rest import ClarifaiApp', '', 'app = ClarifaiApp(api_key="9d3e6a1c4f7b4e2a8c5d0b3f6e9a2c71")', 'app.inputs.create_image_from_url("https://example.com/x.jpg")', ''].join('\r\n');
      await client.open(uri, 'python', text);
      const secret = await diagnostic(uri, 'hardcoded-credential');
      const fix = (await actionsFor(uri, secret)).find((a) => a.title.startsWith('Clarifai (hardcoded-credential): Read it from'));
      assert.ok(fix && isCodeAction(fix) && fix.edit, 'the quick fix');
      await client.applyWorkspaceEdit(fix.edit);
      assert.deepEqual(client.editProblems, []);
      assert.ok(/^import os\r\n/m.test(client.text(uri)), `import os with CRLF:\n${JSON.stringify(client.text(uri))}`);
      assert.ok(!/[^\r]\n/.test(client.text(uri)), 'every line still ends with CRLF');
      assert.ok(!client.text(uri).includes('9d3e6a1c4f7b4e2a8c5d0b3f6e9a2c71'));
      assert.deepEqual(codes(await diagnosticsOf(uri)), []);
    });

    test('"Ignore … on this line" keeps the indentation and the CRLF line ending, and silences the finding', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', CRLF_PYTHON);
      const call = await diagnostic(uri, 'missing-owner-ids');
      assert.deepEqual(call.range, rangeOf(CRLF_PYTHON, 'stub.PostModelOutputs'));
      const ignore = actionTitled(await actionsFor(uri, call), 'Clarifai: Ignore missing-owner-ids on this line');
      assert.equal(ignore.kind, 'quickfix');
      assertEditForm(ignore, uri);
      assert.deepEqual(
        allEdits(ignore.edit).map((e) => e.newText),
        ['        # clarifai-ignore-next-line missing-owner-ids\r\n'],
      );

      await client.applyWorkspaceEdit(ignore.edit!);
      const lines = client.text(uri).split('\r\n');
      assert.equal(lines[10], '        # clarifai-ignore-next-line missing-owner-ids');
      assert.ok(lines[11]!.startsWith('        return stub.PostModelOutputs('));
      assert.ok(!/[^\r]\n/.test(client.text(uri)), 'every line still ends with CRLF');
      assert.deepEqual(codes(await diagnosticsOf(uri)), []);
    });

    test('"Ignore … in this file" goes after the shebang and the encoding line, with the CRLF line ending', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', CRLF_PYTHON);
      const call = await diagnostic(uri, 'missing-owner-ids');
      const ignore = actionTitled(await actionsFor(uri, call), 'Clarifai: Ignore missing-owner-ids in this file');
      assertEditForm(ignore, uri);
      await client.applyWorkspaceEdit(ignore.edit!);
      const lines = client.text(uri).split('\r\n');
      assert.deepEqual(lines.slice(0, 4), ['#!/usr/bin/env python3', '# -*- coding: utf-8 -*-', '# clarifai-ignore-file missing-owner-ids', 'import os']);
      assert.ok(!/[^\r]\n/.test(client.text(uri)), 'every line still ends with CRLF');
      assert.deepEqual(codes(await diagnosticsOf(uri)), []);
    });

    test('"Ignore … on this line" extends a directive for another rule on the line above', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', TWO_ON_A_LINE);
      assert.deepEqual(codes(await diagnosticsOf(uri)), ['missing-owner-ids', 'hardcoded-credential']);

      const secret = await diagnostic(uri, 'hardcoded-credential');
      await client.applyWorkspaceEdit(actionTitled(await actionsFor(uri, secret), 'Clarifai: Ignore hardcoded-credential on this line').edit!);
      assert.equal(client.text(uri).split('\n')[3], '    # clarifai-ignore-next-line hardcoded-credential');
      assert.deepEqual(codes(await diagnosticsOf(uri)), ['missing-owner-ids']);

      const call = await diagnostic(uri, 'missing-owner-ids');
      await client.applyWorkspaceEdit(actionTitled(await actionsFor(uri, call), 'Clarifai: Ignore missing-owner-ids on this line').edit!);
      assert.equal(client.text(uri).split('\n')[3], '    # clarifai-ignore-next-line hardcoded-credential, missing-owner-ids');
      assert.deepEqual(client.editProblems, []);
      assert.deepEqual(codes(await diagnosticsOf(uri)), []);
    });

    test('"Ignore … on this line" for a credential inside a multi-line string does not edit the string', async () => {
      const uri = uriOf('py');
      const literal = '"""Key\n5f3c9e1a7b2d4c8e9f0a1b6d3e7c2f48"""';
      const text = `import clarifai\nheaders = {\n    "Authorization": ${literal},\n}\n`;
      await client.open(uri, 'python', text);
      const secret = await diagnostic(uri, 'hardcoded-credential');
      assert.equal(secret.range.start.line, 3, 'the credential is on the string\'s second line');
      const ignore = (await actionsFor(uri, secret)).find((a) => a.title === 'Clarifai: Ignore hardcoded-credential on this line');
      if (!ignore) return; // Not offering it where no comment can go is fine.
      assert.ok(isCodeAction(ignore) && ignore.edit);
      await client.applyWorkspaceEdit(ignore.edit);
      assert.ok(client.text(uri).includes(literal), `the string literal is unchanged:\n${client.text(uri)}`);
      assert.deepEqual(codes(await diagnosticsOf(uri)), [], 'the finding is silenced by a comment');
    });

    test('TypeScript ignore comments use // and the line\'s indentation', async () => {
      const uri = uriOf('ts');
      await client.open(uri, 'typescript', TYPESCRIPT);
      const call = await diagnostic(uri, 'api-key-public-resource');
      const actions = await actionsFor(uri, call);
      assert.deepEqual(allEdits(actionTitled(actions, 'Clarifai: Ignore api-key-public-resource on this line').edit).map((e) => e.newText), [
        '  // clarifai-ignore-next-line api-key-public-resource\n',
      ]);
      assert.deepEqual(allEdits(actionTitled(actions, 'Clarifai: Ignore api-key-public-resource in this file').edit).map((e) => e.newText), [
        '// clarifai-ignore-file api-key-public-resource\n',
      ]);
      await client.applyWorkspaceEdit(actionTitled(actions, 'Clarifai: Ignore api-key-public-resource in this file').edit!);
      assert.deepEqual(codes(await diagnosticsOf(uri)), ['hardcoded-credential']);
    });

    test('a code action request with a diagnostic of an older version yields no fix', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', PYTHON);
      const old = await diagnostic(uri, 'hardcoded-credential');
      // A line inserted above: the old diagnostic's range now points at the wrong text.
      await client.change(uri, [{ range: ORIGIN, text: '# moved down\n' }]);
      const actions = await client.codeActions(uri, old.range, [old]);
      const withEdits = actions.filter((a) => isCodeAction(a) && a.edit !== undefined);
      assert.deepEqual(withEdits.map((a) => a.title), [], 'no edit computed for an older version');
      // The current diagnostic still gets its fix.
      const current = await diagnostic(uri, 'hardcoded-credential');
      assert.equal(dataOf(current).version, client.doc(uri).version);
      actionTitled(await actionsFor(uri, current), 'Clarifai (hardcoded-credential): Read it from CLARIFAI_PAT instead');
    });

    test('"Show documentation" carries the command and the URL, once per rule', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', FIXABLE_SECRETS);
      const diagnostics = await diagnosticsOf(uri);
      const range = { start: { line: 0, character: 0 }, end: { line: client.doc(uri).lineCount, character: 0 } };
      const actions = await client.codeActions(uri, range, diagnostics);
      const docs = actions.filter((a) => a.title.startsWith('Clarifai: Show documentation'));
      assert.deepEqual(docs.map((a) => a.title).sort(), ['Clarifai: Show documentation for hardcoded-credential', 'Clarifai: Show documentation for missing-owner-ids']);
      for (const action of docs) {
        assert.ok(isCodeAction(action));
        assert.equal(action.edit, undefined);
        const rule = action.title.slice('Clarifai: Show documentation for '.length);
        assert.equal(action.command?.command, 'clarifai.openRuleDocs');
        assert.deepEqual(action.command?.arguments, [DOCS + rule]);
      }
    });

    test('only: quickfix gives no fix-all; only: source.fixAll gives exactly the fix-all action', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', FIXABLE_SECRETS);
      const diagnostics = await diagnosticsOf(uri);
      const quick = await client.codeActions(uri, diagnostics[0]!.range, diagnostics, ['quickfix']);
      assert.ok(quick.length > 0);
      assert.ok(quick.every((a) => isCodeAction(a) && a.kind === 'quickfix'));
      for (const only of [['source.fixAll'], ['source'], [FIX_ALL_KIND]]) {
        const fixAll = await client.codeActions(uri, ORIGIN, [], only, 2);
        assert.equal(fixAll.length, 1, `one action for only: ${only}`);
        assert.equal((fixAll[0] as CodeAction).kind, FIX_ALL_KIND);
      }
    });

    /** The fix-all action for a document, resolved when the client resolves; asserts the lazy or eager form. */
    async function fixAllAction(uri: string): Promise<CodeAction | undefined> {
      const actions = (await client.codeActions(uri, ORIGIN, [], ['source.fixAll'], 2)) as CodeAction[];
      assert.ok(actions.length <= 1, 'at most one fix-all action');
      const [action] = actions;
      if (!action) return undefined;
      assert.equal(action.kind, FIX_ALL_KIND);
      if (!variant.resolve) return action;
      assert.equal(action.edit, undefined, 'no edit before codeAction/resolve');
      assert.notEqual(action.data, undefined, 'data to resolve with');
      return client.resolveCodeAction(action);
    }

    test(`fix-all ${variant.resolve ? 'is resolved lazily' : 'comes with its edit'}, applies cleanly, and a second fix-all has no edit`, async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', PYTHON);
      assert.deepEqual(codes(await diagnosticsOf(uri)), ['hardcoded-credential', 'missing-owner-ids']);
      const fixAll = await fixAllAction(uri);
      assert.ok(fixAll, 'a fix-all action');
      assertEditForm(fixAll, uri);
      await client.applyWorkspaceEdit(fixAll.edit!);
      assert.deepEqual(client.editProblems, []);
      assert.ok(!client.text(uri).includes(PY_SECRET));
      assert.deepEqual(codes(await diagnosticsOf(uri)), [], 'nothing is left');
      const again = await fixAllAction(uri);
      assert.deepEqual(allEdits(again?.edit), [], 'a second fix-all has no edit');
    });

    test('one fix-all removes every fixable finding, also when several fixes add the same import', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', FIXABLE_SECRETS);
      assert.deepEqual(codes(await diagnosticsOf(uri)), ['hardcoded-credential', 'hardcoded-credential', 'hardcoded-credential', 'hardcoded-credential', 'hardcoded-credential', 'missing-owner-ids', 'missing-owner-ids']);
      const fixAll = await fixAllAction(uri);
      assert.ok(fixAll, 'a fix-all action');
      assertEditForm(fixAll, uri);
      await client.applyWorkspaceEdit(fixAll.edit!);
      assert.deepEqual(client.editProblems, []);
      const text = client.text(uri);
      assert.equal(text.match(/^import os$/gm)?.length, 1, 'import os added once');
      const left = FIXABLE_SECRET_VALUES.filter((secret) => text.includes(secret));
      assert.deepEqual(left, [], 'no credential is left after one fix-all');
      assert.deepEqual(codes(await diagnosticsOf(uri)), ['missing-owner-ids'], 'only the finding without a fix is left');
      const again = await fixAllAction(uri);
      assert.deepEqual(allEdits(again?.edit), [], 'a second fix-all has no edit');
    });

    if (variant.resolve) {
      test('a fix-all action resolved after the document changed has no edit for the old version', async () => {
        const uri = uriOf('py');
        await client.open(uri, 'python', FIXABLE_SECRETS);
        const [action] = (await client.codeActions(uri, ORIGIN, [], ['source.fixAll'], 2)) as CodeAction[];
        assert.ok(action);
        await client.change(uri, [{ range: ORIGIN, text: '# a new first line\n' }]);
        const resolved = await client.resolveCodeAction(action);
        for (const change of resolved.edit?.documentChanges ?? []) {
          assert.ok('textDocument' in change);
          assert.equal(change.textDocument.version, client.doc(uri).version, 'an edit, if any, names the current version');
        }
        if (resolved.edit) {
          await client.applyWorkspaceEdit(resolved.edit);
          assert.deepEqual(client.editProblems, []);
        }
      });
    }

    test('workspace/executeCommand clarifai.applyAllFixes makes the server send workspace/applyEdit', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', PYTHON);
      await diagnosticsOf(uri);
      const requests = client.applyEditRequests.length;
      await client.executeCommand('clarifai.applyAllFixes', [{ uri, version: client.doc(uri).version }]);
      assert.equal(client.applyEditRequests.length, requests + 1, 'one workspace/applyEdit');
      const request = client.applyEditRequests.at(-1)!;
      assert.ok(editsFor(request.edit, uri).length > 0);
      if (variant.documentChanges) assert.ok(request.edit.documentChanges, 'versioned edits for a client that supports them');
      else assert.ok(request.edit.changes, 'plain changes for a client without documentChanges');
      assert.deepEqual(client.editProblems, []);
      assert.ok(!client.text(uri).includes(PY_SECRET));
      assert.deepEqual(codes(await diagnosticsOf(uri)), []);

      // Nothing left to fix: no edit is sent.
      await client.executeCommand('clarifai.applyAllFixes', [{ uri, version: client.doc(uri).version }]);
      assert.equal(client.applyEditRequests.length, requests + 1, 'no workspace/applyEdit when nothing is fixable');
    });

    test('clarifai.applyAllFixes fixes every fixable finding in one workspace/applyEdit', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', FIXABLE_SECRETS);
      await diagnosticsOf(uri);
      const requests = client.applyEditRequests.length;
      await client.executeCommand('clarifai.applyAllFixes', [{ uri, version: client.doc(uri).version }]);
      assert.equal(client.applyEditRequests.length, requests + 1, 'one workspace/applyEdit');
      assert.deepEqual(client.editProblems, []);
      const text = client.text(uri);
      assert.deepEqual(FIXABLE_SECRET_VALUES.filter((secret) => text.includes(secret)), [], 'no credential is left');
      assert.deepEqual(codes(await diagnosticsOf(uri)), ['missing-owner-ids']);
    });

    test('clarifai.applyAllFixes for an older version sends no edit; without a uri it is an InvalidParams error', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', FIXABLE_SECRETS);
      const old = client.doc(uri).version;
      await client.change(uri, [{ range: ORIGIN, text: '# a new first line\n' }]);
      const requests = client.applyEditRequests.length;
      await client.executeCommand('clarifai.applyAllFixes', [{ uri, version: old }]);
      assert.equal(client.applyEditRequests.length, requests);
      await assert.rejects(client.executeCommand('clarifai.applyAllFixes', [{}]), (error: { code?: number }) => error.code === ERROR.InvalidParams);
      await assert.rejects(client.executeCommand('clarifai.applyAllFixes', []), (error: { code?: number }) => error.code === ERROR.InvalidParams);
    });
  });
}
