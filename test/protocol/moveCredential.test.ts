// The quick fix that takes a PAT out of the source, for the extension's own client (`initializationOptions:
// { moveCredentialCommand: true }`): a command to the client that carries where the PAT is written and the fix's
// edit, never the PAT itself. Other clients, fixes that read CLARIFAI_API_KEY and fix-all keep plain edits.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Command, Diagnostic, Range, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { allEdits, BASIC, codes, currentDiagnostics, editsFor, isCodeAction, rangeOf, textOf, TestClient, VSCODE, withClient } from './client';
import { FIXABLE_SECRET_VALUES, FIXABLE_SECRETS, PY_SECRET, PYTHON } from './samples';

const OWN_CLIENT = { moveCredentialCommand: true };
const MOVE_COMMAND = 'clarifai.moveCredentialToSecretStorage';
const PAT_FIX = 'Clarifai (hardcoded-credential): Read it from CLARIFAI_PAT instead';
const API_KEY_FIX = 'Clarifai (hardcoded-credential): Read it from CLARIFAI_API_KEY instead';

/** An app API key written into a client that only takes keys, used on its own app: its fix reads CLARIFAI_API_KEY. */
const APP_KEY = '9d3e6a1c4f7b4e2a8c5d0b3f6e9a2c71';
const APP_KEY_PYTHON = ['from clarifai.rest import ClarifaiApp', '', `app = ClarifaiApp(api_key="${APP_KEY}")`, 'app.inputs.create_image_from_url("https://example.com/x.jpg")', ''].join('\n');

/** A PAT written into the second cell and no `import os`: its fix edits the first cell too. */
const CELL_PAT = '7c4e1a9f3b2d4e6a8f0c5b7d9e1a3c25';
const PAT_CELLS = [
  'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc',
  `stub = service_pb2_grpc.V2Stub(None)\nmetadata = (("authorization", "Key ${CELL_PAT}"),)`,
  'stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=metadata)',
];

const EVERY_SECRET = [PY_SECRET, APP_KEY, CELL_PAT, ...FIXABLE_SECRET_VALUES];

interface MoveCredentialArgs {
  uri: string;
  version: number;
  range: Range;
  edit: WorkspaceEdit;
}

function actionTitled(actions: (Command | CodeAction)[], title: string): CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(action && isCodeAction(action), `a code action titled ${JSON.stringify(title)} among ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

/** The single argument of the move command, checked for its shape. */
function moveArgs(action: CodeAction): MoveCredentialArgs {
  assert.equal(action.edit, undefined, 'the client applies the edit itself, after reading the credential');
  assert.equal(action.command?.command, MOVE_COMMAND);
  assert.equal(action.command.title, action.title);
  assert.equal(action.command.arguments?.length, 1);
  const args = action.command.arguments[0] as MoveCredentialArgs;
  assert.deepEqual(Object.keys(args).sort(), ['edit', 'range', 'uri', 'version']);
  return args;
}

async function diagnosticOf(client: TestClient, uri: string, rule: string): Promise<Diagnostic> {
  const found = (await currentDiagnostics(client, uri)).find((d) => d.code === rule);
  assert.ok(found, `a ${rule} diagnostic in ${uri}`);
  return found;
}

for (const [name, variant] of [
  ['VS Code-like client', VSCODE],
  ['client without pull and resolve support', BASIC],
] as const) {
  describe(`the PAT quick fix for the extension's client (${name})`, () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ variant, initializationOptions: OWN_CLIENT, trace: 'verbose' });
    });
    after(() => client.dispose());

    let count = 0;
    const uriOf = (extension: string) => `file:///workspace/move/${variant.pull ? 'pull' : 'push'}-${count++}.${extension}`;
    const actionsFor = (uri: string, d: Diagnostic) => client.codeActions(uri, d.range, [d]);

    test('is a command carrying the uri, version and range of the PAT and the fix\'s edit, but not the PAT', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', PYTHON);
      const secret = await diagnosticOf(client, uri, 'hardcoded-credential');
      const actions = await actionsFor(uri, secret);
      const fix = actionTitled(actions, PAT_FIX);
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true);
      assert.deepEqual(fix.diagnostics, [secret]);
      const args = moveArgs(fix);
      assert.equal(args.uri, uri);
      assert.equal(args.version, client.doc(uri).version);
      assert.deepEqual(args.range, rangeOf(PYTHON, PY_SECRET));
      assert.equal(textOf(client.text(uri), args.range), PY_SECRET, 'the client finds the PAT in its own copy');
      if (variant.documentChanges) assert.ok(args.edit.documentChanges && !args.edit.changes, 'a versioned edit');
      else assert.ok(args.edit.changes && !args.edit.documentChanges, 'plain changes');
      assert.ok(!JSON.stringify(actions).includes(PY_SECRET), 'no code action holds the PAT');

      await client.applyWorkspaceEdit(args.edit);
      assert.deepEqual(client.editProblems, []);
      assert.ok(!client.text(uri).includes(PY_SECRET));
      assert.ok(client.text(uri).includes('PAT = os.environ["CLARIFAI_PAT"]'));
      assert.deepEqual(codes(await currentDiagnostics(client, uri)), ['missing-owner-ids']);
    });

    test('an app API key keeps the plain edit that reads CLARIFAI_API_KEY', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', APP_KEY_PYTHON);
      const fix = actionTitled(await actionsFor(uri, await diagnosticOf(client, uri, 'hardcoded-credential')), API_KEY_FIX);
      assert.equal(fix.command, undefined);
      assert.ok(fix.edit);
      await client.applyWorkspaceEdit(fix.edit);
      assert.deepEqual(client.editProblems, []);
      assert.ok(!client.text(uri).includes(APP_KEY));
      assert.ok(client.text(uri).includes('os.environ["CLARIFAI_API_KEY"]'));
    });

    test('fix-all stays one plain edit that takes every credential out', async () => {
      const uri = uriOf('py');
      await client.open(uri, 'python', FIXABLE_SECRETS);
      await currentDiagnostics(client, uri);
      const [listed] = (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll'], 2)) as CodeAction[];
      assert.ok(listed, 'a fix-all action');
      const fixAll = variant.resolve ? await client.resolveCodeAction(listed) : listed;
      assert.equal(fixAll.command, undefined);
      assert.ok(fixAll.edit);
      await client.applyWorkspaceEdit(fixAll.edit);
      assert.deepEqual(client.editProblems, []);
      assert.deepEqual(FIXABLE_SECRET_VALUES.filter((s) => client.text(uri).includes(s)), []);
    });

    test('in a notebook the command names the cell that holds the PAT, and its edit also adds the import to the first cell', async () => {
      const notebook = await client.openNotebook(`file:///workspace/move/${variant.pull ? 'pull' : 'push'}.ipynb`, PAT_CELLS.map((text) => ({ text })));
      const [first, second] = notebook.cells.map((c) => c.uri) as [string, string, string];
      const secret = await diagnosticOf(client, second, 'hardcoded-credential');
      const actions = await actionsFor(second, secret);
      const args = moveArgs(actionTitled(actions, PAT_FIX));
      assert.equal(args.uri, second);
      assert.equal(args.version, client.doc(second).version);
      assert.deepEqual(args.range, rangeOf(PAT_CELLS[1]!, CELL_PAT));
      assert.ok(editsFor(args.edit, first).length > 0, 'the import goes into the first cell');
      assert.ok(!JSON.stringify(actions).includes(CELL_PAT), 'no code action holds the PAT');

      await client.applyWorkspaceEdit(args.edit);
      assert.deepEqual(client.editProblems, []);
      assert.ok(!client.text(second).includes(CELL_PAT));
      assert.match(client.text(first), /^import os$/m);
      assert.deepEqual(codes(await currentDiagnostics(client, second)), []);
    });

    test('nothing the server sent (a verbose trace included) or wrote to stderr holds a credential', async () => {
      await client.roundTrip();
      assert.ok(client.stdout.includes(MOVE_COMMAND), 'the capture holds the code actions sent');
      for (const secret of EVERY_SECRET) {
        assert.ok(!client.stdout.includes(secret), `the server sent ${secret}`);
        assert.ok(!client.stderr.includes(secret), `the server logged ${secret}`);
      }
    });
  });
}

describe('the PAT quick fix for other clients', () => {
  for (const [name, initializationOptions] of [
    ['no initialization options', undefined],
    ['another client\'s options', { moveCredentialCommand: 'yes' }],
  ] as const) {
    test(`${name}: the plain edit`, () =>
      withClient({ variant: VSCODE, initializationOptions }, async (client) => {
        const uri = 'file:///workspace/move/other.py';
        await client.open(uri, 'python', PYTHON);
        const fix = actionTitled(await client.codeActions(uri, rangeOf(PYTHON, PY_SECRET), [await diagnosticOf(client, uri, 'hardcoded-credential')]), PAT_FIX);
        assert.equal(fix.command, undefined);
        assert.ok(allEdits(fix.edit).length > 0);
        await client.applyWorkspaceEdit(fix.edit!);
        assert.ok(!client.text(uri).includes(PY_SECRET));
      }));
  }
});
