// Settings pulled with workspace/configuration (section `clarifai`, per resource): rule severities and `off`,
// `enable`, `languages`, and `run: onSave`, in pull and push mode.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { BASIC, codes, dataOf, rangeOf, sequentialChanges, TestClient, VSCODE } from './client';
import { NOTEBOOK_CELLS, PY_SECRET, PYTHON, TYPESCRIPT } from './samples';

/** Fixes the credential: hardcoded-credential goes. */
const FIX_SECRET = [{ find: `"${PY_SECRET}"`, replace: 'os.environ["CLARIFAI_PAT"]' }];

describe('settings (pull)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ variant: VSCODE });
  });
  after(() => client.dispose());

  /** Sends new settings and waits for the server's workspace/diagnostic/refresh. */
  async function reconfigure(settings: Parameters<TestClient['didChangeConfiguration']>[0]): Promise<void> {
    const refreshes = client.refreshCount;
    await client.didChangeConfiguration(settings);
    await client.waitFor(() => client.refreshCount > refreshes, 'workspace/diagnostic/refresh after the settings changed');
  }

  test('settings are asked for per document, section clarifai', async () => {
    const uri = 'file:///workspace/settings/scope.py';
    await client.open(uri, 'python', PYTHON);
    await client.pull(uri);
    const items = client.configurationRequests.flat();
    assert.ok(items.some((i) => i.scopeUri === uri && i.section === 'clarifai'), JSON.stringify(items));
  });

  test('a rule set to off disappears after didChangeConfiguration (with a refresh); a severity setting applies', async () => {
    const uri = 'file:///workspace/settings/rules.py';
    await reconfigure({});
    await client.open(uri, 'python', PYTHON);
    assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential', 'missing-owner-ids']);

    await reconfigure({ rules: { 'hardcoded-credential': 'off', 'missing-owner-ids': 'hint' } });
    const pulled = await client.pull(uri);
    assert.deepEqual(codes(pulled), ['missing-owner-ids']);
    assert.equal(pulled[0]!.severity, DiagnosticSeverity.Hint);

    await reconfigure({ rules: { 'hardcoded-credential': 'default', 'missing-owner-ids': 'default' } });
    const restored = await client.pull(uri);
    assert.deepEqual(codes(restored), ['hardcoded-credential', 'missing-owner-ids']);
    assert.deepEqual(restored.map((d) => d.severity), [DiagnosticSeverity.Warning, DiagnosticSeverity.Error]);
  });

  test('enable: false gives no diagnostics', async () => {
    const uri = 'file:///workspace/settings/disabled.py';
    await client.open(uri, 'python', PYTHON);
    await reconfigure({ enable: false });
    assert.deepEqual(await client.pull(uri), []);
    await reconfigure({});
    assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential', 'missing-owner-ids']);
  });

  test('languages without typescript gives none for a TypeScript file, still some for Python', async () => {
    const ts = 'file:///workspace/settings/languages.ts';
    const py = 'file:///workspace/settings/languages.py';
    await client.open(ts, 'typescript', TYPESCRIPT);
    await client.open(py, 'python', PYTHON);
    assert.equal((await client.pull(ts)).length, 2);
    await reconfigure({ languages: ['python', 'javascript'] });
    assert.deepEqual(await client.pull(ts), []);
    assert.equal((await client.pull(py)).length, 2);
    await reconfigure({});
  });

  test('settings apply per resource', async () => {
    const off = 'file:///workspace/settings/folder-a/off.py';
    const on = 'file:///workspace/settings/folder-b/on.py';
    client.settingsByUri[off] = { enable: false };
    try {
      await reconfigure({});
      await client.open(off, 'python', PYTHON);
      await client.open(on, 'python', PYTHON);
      assert.deepEqual(await client.pull(off), []);
      assert.equal((await client.pull(on)).length, 2);
    } finally {
      delete client.settingsByUri[off];
      await reconfigure({});
    }
  });

  test('run: onSave keeps the last results until didSave', async () => {
    const uri = 'file:///workspace/settings/onsave.py';
    await reconfigure({ run: 'onSave' });
    try {
      await client.open(uri, 'python', PYTHON);
      const saved = await client.pull(uri);
      assert.deepEqual(codes(saved), ['hardcoded-credential', 'missing-owner-ids']);

      const { changes, result } = sequentialChanges(PYTHON, FIX_SECRET);
      const version = await client.change(uri, changes);
      const unsaved = await client.pull(uri);
      assert.deepEqual(unsaved, saved, 'the results of the saved version, unchanged');

      await client.save(uri);
      const after = await client.pull(uri);
      assert.deepEqual(codes(after), ['missing-owner-ids']);
      assert.deepEqual(after[0]!.range, rangeOf(result, 'stub.PostModelOutputs'));
      assert.ok(after.every((d) => dataOf(d).version === version));
    } finally {
      await reconfigure({});
    }
  });

  test('run: onSave keeps the last results of a changed, unsaved document across a settings change that does not affect them', async () => {
    const uri = 'file:///workspace/settings/onsave-reconfigured.py';
    await reconfigure({ run: 'onSave' });
    try {
      await client.open(uri, 'python', PYTHON);
      const saved = await client.pull(uri);
      assert.deepEqual(codes(saved), ['hardcoded-credential', 'missing-owner-ids']);
      await client.change(uri, sequentialChanges(PYTHON, FIX_SECRET).changes);
      // The same settings again (VS Code sends this when any clarifai.* setting changes, e.g. clarifai.terminal.injectPat).
      await reconfigure({ run: 'onSave' });
      assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential', 'missing-owner-ids'], 'still the results of the saved version');
    } finally {
      await reconfigure({});
    }
  });

  test('run: onSave holds notebook cells too until the notebook is saved', async () => {
    await reconfigure({ run: 'onSave' });
    try {
      const notebook = await client.openNotebook('file:///workspace/settings/onsave.ipynb', NOTEBOOK_CELLS.map((text) => ({ text })));
      const [first, , third] = notebook.cells.map((c) => c.uri) as [string, string, string];
      assert.deepEqual(codes(await client.pull(third)), ['missing-owner-ids']);
      await client.changeCell(notebook.uri, first, sequentialChanges(client.text(first), [{ find: '"CLARIFAI_PAT"', replace: '"CLARIFAI_API_KEY"' }]).changes);
      assert.deepEqual(codes(await client.pull(third)), ['missing-owner-ids'], 'unsaved: still the results of the saved notebook');
      await client.saveNotebook(notebook.uri);
      assert.deepEqual(codes(await client.pull(third)), ['api-key-public-resource'], 'saved: the new results');
    } finally {
      await reconfigure({});
    }
  });
});

describe('settings (push)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ variant: BASIC });
  });
  after(() => client.dispose());

  test('a rule set to off, then enable: false, republish every open document', async () => {
    const uri = 'file:///workspace/settings/push-rules.py';
    await client.open(uri, 'python', PYTHON);
    await client.waitForPublish(uri, (p) => p.diagnostics.length === 2, 'the publish after open');

    let index = client.published.length;
    await client.didChangeConfiguration({ rules: { 'missing-owner-ids': 'off' } });
    const off = await client.waitForPublish(uri, () => true, 'a publish after the rule was turned off', index);
    assert.deepEqual(codes(off.diagnostics), ['hardcoded-credential']);
    assert.equal(off.version, client.doc(uri).version);

    index = client.published.length;
    await client.didChangeConfiguration({ enable: false });
    const disabled = await client.waitForPublish(uri, () => true, 'a publish after enable: false', index);
    assert.deepEqual(disabled.diagnostics, []);

    index = client.published.length;
    await client.didChangeConfiguration({});
    const back = await client.waitForPublish(uri, () => true, 'a publish after the defaults came back', index);
    assert.deepEqual(codes(back.diagnostics), ['hardcoded-credential', 'missing-owner-ids']);
  });

  test('run: onSave publishes nothing while typing, and the new results on didSave', async () => {
    const uri = 'file:///workspace/settings/push-onsave.py';
    const sentinel = 'file:///workspace/settings/push-ontype.py';
    client.settingsByUri[uri] = { run: 'onSave' };
    try {
      await client.didChangeConfiguration({});
      await client.open(uri, 'python', PYTHON);
      await client.open(sentinel, 'python', PYTHON);
      await client.waitForPublish(uri, (p) => p.version === 1, 'the publish after open');
      await client.waitForPublish(sentinel, (p) => p.version === 1, 'the sentinel publish after open');

      const index = client.published.length;
      const version = await client.change(uri, sequentialChanges(PYTHON, FIX_SECRET).changes);
      // The sentinel (run: onType), changed just after, publishes after the typing delay: a publish of the
      // onSave document caused by typing would have come by then.
      const sentinelVersion = await client.change(sentinel, sequentialChanges(PYTHON, FIX_SECRET).changes);
      await client.waitForPublish(sentinel, (p) => p.version === sentinelVersion, 'the sentinel publish after its change', index);
      assert.deepEqual(client.published.slice(index).filter((p) => p.uri === uri), [], 'no publish of the onSave document while typing');

      await client.save(uri);
      const saved = await client.waitForPublish(uri, () => true, 'a publish after didSave', index);
      assert.equal(saved.version, version);
      assert.deepEqual(codes(saved.diagnostics), ['missing-owner-ids']);
    } finally {
      delete client.settingsByUri[uri];
    }
  });
});
