// Notebooks: Python cells analysed as one program; diagnostics land on the cell that holds the call, pulled per cell
// URI or pushed per cell, and follow changes to other cells.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol/node';
import { BASIC, codes, dataOf, isCodeAction, rangeOf, sequentialChanges, TestClient, VSCODE } from './client';
import { NOTEBOOK_CELLS } from './samples';

const CALL = 'stub.PostModelOutputs';
/** Cell 1 reads an app API key instead of a PAT: the call in cell 3 becomes api-key-public-resource. */
const TO_API_KEY = [{ find: '"CLARIFAI_PAT"', replace: '"CLARIFAI_API_KEY"' }];
/** Cell 1 without the Clarifai import: nothing is a Clarifai call any more. */
const NO_IMPORT = [{ find: 'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc\n', replace: '' }];

/** A credential written into the second cell, and no `import os` anywhere: its fix edits two cells. */
const SECRET_CELLS = [
  'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc',
  'stub = service_pb2_grpc.V2Stub(None)\nmetadata = (("authorization", "Key 3a9d5e7c1f2b4a6e8d0c9b7a5f3e1d2c"),)',
  'stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=metadata)',
];

describe('notebooks (pull)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ variant: VSCODE });
  });
  after(() => client.dispose());

  test('three Python cells: the third cell\'s URI gets the diagnostic; a change to the first cell is reflected', async () => {
    const refreshes = client.refreshCount;
    const notebook = await client.openNotebook('file:///workspace/nb/pull.ipynb', NOTEBOOK_CELLS.map((text) => ({ text })));
    const [first, second, third] = notebook.cells.map((c) => c.uri) as [string, string, string];

    assert.deepEqual(await client.pull(first), []);
    assert.deepEqual(await client.pull(second), []);
    const diagnostics = await client.pull(third);
    assert.deepEqual(codes(diagnostics), ['missing-owner-ids']);
    assert.deepEqual(diagnostics[0]!.range, rangeOf(NOTEBOOK_CELLS[2]!, CALL));
    assert.equal(dataOf(diagnostics[0]!).version, 1);
    assert.equal(diagnostics[0]!.source, 'Clarifai');
    // The server asks the client to pull again once the notebook is there.
    await client.waitFor(() => client.refreshCount > refreshes, 'workspace/diagnostic/refresh after the notebook opened');

    // The first cell now reads an app API key: the third cell's finding changes, though the third cell did not.
    let refreshed = client.refreshCount;
    await client.changeCell(notebook.uri, first, sequentialChanges(client.text(first), TO_API_KEY).changes);
    await client.waitFor(() => client.refreshCount > refreshed, 'workspace/diagnostic/refresh after the first cell changed');
    const changed = await client.pull(third);
    assert.deepEqual(codes(changed), ['api-key-public-resource']);
    assert.deepEqual(changed[0]!.range, rangeOf(NOTEBOOK_CELLS[2]!, CALL));

    // Without the Clarifai import, no finding.
    refreshed = client.refreshCount;
    await client.changeCell(notebook.uri, first, sequentialChanges(client.text(first), NO_IMPORT).changes);
    await client.waitFor(() => client.refreshCount > refreshed, 'workspace/diagnostic/refresh after the import went');
    assert.deepEqual(await client.pull(third), []);
  });

  test('a quick fix in a cell may edit another cell; applied through the notebook, the finding goes away', async () => {
    const notebook = await client.openNotebook('file:///workspace/nb/fix.ipynb', SECRET_CELLS.map((text) => ({ text })));
    const [first, second, third] = notebook.cells.map((c) => c.uri) as [string, string, string];
    const secret = (await client.pull(second)).find((d) => d.code === 'hardcoded-credential');
    assert.ok(secret, 'a hardcoded-credential diagnostic on the second cell');
    assert.deepEqual(secret.range, rangeOf(SECRET_CELLS[1]!, '3a9d5e7c1f2b4a6e8d0c9b7a5f3e1d2c'));
    const actions = await client.codeActions(second, secret.range, [secret]);
    const fix = actions.find((a) => a.title === 'Clarifai (hardcoded-credential): Read it from CLARIFAI_PAT instead') as CodeAction | undefined;
    assert.ok(fix && isCodeAction(fix) && fix.edit, 'the quick fix with an edit');
    await client.applyWorkspaceEdit(fix.edit);
    assert.deepEqual(client.editProblems, []);
    assert.ok(client.text(first).startsWith('import os\n'), 'import os goes into the first cell');
    assert.ok(client.text(second).includes('"Key " + os.environ["CLARIFAI_PAT"]'));
    assert.deepEqual(await client.pull(second), []);
    assert.deepEqual(codes(await client.pull(third)), ['missing-owner-ids']);
  });

  test('"Ignore … in this file" from a cell that starts with a cell magic keeps the magic on the first line', async () => {
    const cells = [NOTEBOOK_CELLS[0]!, NOTEBOOK_CELLS[1]!, `%%time\n${NOTEBOOK_CELLS[2]!}`];
    const notebook = await client.openNotebook('file:///workspace/nb/magic.ipynb', cells.map((text) => ({ text })));
    const third = notebook.cells[2]!.uri;
    const [call] = await client.pull(third);
    assert.ok(call, 'the call is found below %%time');
    assert.deepEqual(call.range, rangeOf(cells[2]!, CALL));
    const ignore = (await client.codeActions(third, call.range, [call])).find((a) => a.title === 'Clarifai: Ignore missing-owner-ids in this file');
    assert.ok(ignore && isCodeAction(ignore) && ignore.edit);
    await client.applyWorkspaceEdit(ignore.edit);
    assert.ok(client.text(third).startsWith('%%time\n'), `a cell magic must stay the first line of its cell:\n${client.text(third)}`);
    for (const cell of notebook.cells) assert.deepEqual(await client.pull(cell.uri), []);
  });
});

describe('notebooks (push)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ variant: BASIC });
  });
  after(() => client.dispose());

  test('three Python cells: a publish per cell, the third with the diagnostic; a change to the first cell is reflected; close clears', async () => {
    const notebook = await client.openNotebook('file:///workspace/nb/push.ipynb', NOTEBOOK_CELLS.map((text) => ({ text })));
    const [first, second, third] = notebook.cells.map((c) => c.uri) as [string, string, string];

    const published = await client.waitForPublish(third, (p) => p.diagnostics.length > 0, 'a publish for the third cell');
    assert.equal(published.version, 1);
    assert.deepEqual(codes(published.diagnostics), ['missing-owner-ids']);
    assert.deepEqual(published.diagnostics[0]!.range, rangeOf(NOTEBOOK_CELLS[2]!, CALL));
    for (const cell of [first, second]) {
      assert.ok(client.publishesFor(cell).every((p) => p.diagnostics.length === 0), 'nothing on the other cells');
    }

    let index = client.published.length;
    await client.changeCell(notebook.uri, first, sequentialChanges(client.text(first), TO_API_KEY).changes);
    const changed = await client.waitForPublish(third, () => true, 'a publish for the third cell after the first changed', index);
    assert.deepEqual(codes(changed.diagnostics), ['api-key-public-resource']);
    assert.equal(changed.version, client.doc(third).version);

    index = client.published.length;
    await client.changeCell(notebook.uri, first, sequentialChanges(client.text(first), NO_IMPORT).changes);
    const cleared = await client.waitForPublish(third, () => true, 'a publish for the third cell after the import went', index);
    assert.deepEqual(cleared.diagnostics, []);

    // Back to a finding, then close: every cell is cleared.
    await client.changeCell(notebook.uri, first, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc\n' }]);
    await client.waitForPublish(third, (p) => p.diagnostics.length > 0, 'the finding again', index);
    index = client.published.length;
    await client.closeNotebook(notebook.uri);
    for (const cell of [first, second, third]) {
      await client.waitForPublish(cell, (p) => p.diagnostics.length === 0, `an empty publish for ${cell} after close`, index);
    }
  });
});
