// Pull diagnostics (`textDocument/diagnostic`): what a diagnostic carries, incremental edits, and pulls that a
// change supersedes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import {
  cancellable,
  codes,
  comparable,
  dataOf,
  ERROR,
  messageOf,
  rangeOf,
  sequentialChanges,
  TestClient,
  textOf,
  VSCODE,
  type TextOp,
} from './client';
import { PY_SECRET, PYTHON, TS_SECRET, TYPESCRIPT } from './samples';

const DOCS = 'https://github.com/clarifai-pat-lint/clarifai-pat-lint#';

/** What every Clarifai diagnostic carries, for a document at `version`. */
function assertWellFormed(diagnostics: readonly Diagnostic[], version: number, text: string): void {
  const secrets = text.match(/\b[0-9a-f]{32}\b/g) ?? [];
  for (const d of diagnostics) {
    assert.equal(typeof d.code, 'string');
    assert.equal(d.source, 'Clarifai');
    assert.deepEqual(d.codeDescription, { href: DOCS + String(d.code) });
    const data = dataOf(d);
    assert.equal(data.v, 1);
    assert.equal(data.rule, d.code);
    assert.equal(data.version, version, `data.version of ${d.code}`);
    assert.ok(Array.isArray(data.fixes));
    for (const secret of secrets) assert.ok(!messageOf(d).includes(secret), `the message of ${d.code} does not repeat a credential`);
  }
}

describe('pull diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ variant: VSCODE });
  });
  after(() => client.dispose());

  /** Opens `text` at a new URI and pulls its diagnostics: a fresh analysis to compare with. */
  let fresh = 0;
  async function freshAnalysis(languageId: string, text: string, extension: string): Promise<Diagnostic[]> {
    const uri = `file:///workspace/fresh/${fresh++}.${extension}`;
    await client.open(uri, languageId, text);
    try {
      return await client.pull(uri);
    } finally {
      await client.close(uri);
    }
  }

  test('a Python file: codes, ranges, severities, links, source, version; no credential in a message', async () => {
    const uri = 'file:///workspace/pull/app.py';
    await client.open(uri, 'python', PYTHON);
    const diagnostics = await client.pull(uri);
    assert.deepEqual(codes(diagnostics), ['hardcoded-credential', 'missing-owner-ids']);
    const [secret, call] = diagnostics as [Diagnostic, Diagnostic];
    assert.deepEqual(secret.range, rangeOf(PYTHON, PY_SECRET));
    assert.equal(secret.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(call.range, rangeOf(PYTHON, 'stub.PostModelOutputs'));
    assert.equal(call.severity, DiagnosticSeverity.Error);
    assertWellFormed(diagnostics, 1, PYTHON);
    assert.ok(!messageOf(secret).includes(PY_SECRET));
    // Each carries its fix, with edits in this document.
    assert.equal(dataOf(secret).fixes[0]?.title, 'Read it from CLARIFAI_PAT instead');
    assert.ok(dataOf(secret).fixes[0]!.edits.every((e) => e.uri === uri));
    assert.equal(dataOf(call).fixes[0]?.title, 'Add user_app_id clarifai/main');
    assert.ok(dataOf(call).fixes[0]!.edits.every((e) => e.uri === uri));
  });

  test('a TypeScript file: codes, ranges, severities, links, source, version; no credential in a message', async () => {
    const uri = 'file:///workspace/pull/client.ts';
    await client.open(uri, 'typescript', TYPESCRIPT, 7);
    const diagnostics = await client.pull(uri);
    assert.deepEqual(codes(diagnostics), ['hardcoded-credential', 'api-key-public-resource']);
    const [secret, call] = diagnostics as [Diagnostic, Diagnostic];
    assert.deepEqual(secret.range, rangeOf(TYPESCRIPT, TS_SECRET));
    assert.equal(secret.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(call.range, rangeOf(TYPESCRIPT, 'axios.post'));
    assert.equal(call.severity, DiagnosticSeverity.Error);
    assertWellFormed(diagnostics, 7, TYPESCRIPT);
    assert.ok(!messageOf(secret).includes(TS_SECRET));
  });

  test('several incremental changes in one didChange fix one finding and introduce another', async () => {
    const uri = 'file:///workspace/pull/incremental.py';
    await client.open(uri, 'python', PYTHON);
    assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential', 'missing-owner-ids']);

    const { changes, result } = sequentialChanges(PYTHON, [
      // A line above everything, with characters outside the BMP and outside ASCII.
      { find: 'import os\n', replace: 'import os\n# 🚀 Überprüfung — 检查\n' },
      // The credential read from the environment instead: fixes hardcoded-credential.
      { find: `"${PY_SECRET}"`, replace: 'os.environ["CLARIFAI_PAT"]' },
      // An app API key sent to the public model: missing-owner-ids becomes api-key-public-resource.
      { find: '"CLARIFAI_PAT"]),)', replace: '"CLARIFAI_API_KEY"]),)' },
      // Code inserted before the call on the same line, with a surrogate pair, shifts its columns.
      { find: 'stub.PostModelOutputs', replace: 'x = "🚀"; stub.PostModelOutputs' },
    ]);
    const version = await client.change(uri, changes);
    assert.equal(client.text(uri), result);

    const diagnostics = await client.pull(uri);
    assert.deepEqual(codes(diagnostics), ['api-key-public-resource']);
    assert.deepEqual(diagnostics[0]!.range, rangeOf(result, 'stub.PostModelOutputs'));
    assertWellFormed(diagnostics, version, result);

    // The same text sent whole is parsed from scratch: the results must be the same.
    const full = await client.replace(uri, result);
    assert.deepEqual((await client.pull(uri)).map(comparable), diagnostics.map(comparable));
    assert.deepEqual((await freshAnalysis('python', result, 'py')).map(comparable), diagnostics.map(comparable));
    assertWellFormed(await client.pull(uri), full, result);
  });

  test('typing and deleting character by character keeps the incremental parse in step with the text', async () => {
    const uri = 'file:///workspace/pull/typing.ts';
    await client.open(uri, 'typescript', TYPESCRIPT);
    const line = `\nconst settings = { clarifaiToken: '0b7e4d1a9c3f4a8e2d6b5c1f7e9a3d40' }; // ✓ 🚀\n`;
    // Type a new line at the end, one character per didChange (several per notification now and then).
    let at = client.doc(uri).positionAt(client.text(uri).length);
    for (let i = 0; i < line.length; ) {
      const piece = line.slice(i, i + (i % 7 === 0 ? 3 : 1));
      await client.change(uri, [{ range: { start: at, end: at }, text: piece }]);
      i += piece.length;
      at = client.doc(uri).positionAt(client.text(uri).length);
    }
    const typed = await client.pull(uri);
    assert.deepEqual(codes(typed), ['hardcoded-credential', 'api-key-public-resource', 'hardcoded-credential']);
    assert.deepEqual(typed[2]!.range, rangeOf(client.text(uri), '0b7e4d1a9c3f4a8e2d6b5c1f7e9a3d40'));
    assert.deepEqual(typed.map(comparable), (await freshAnalysis('typescript', client.text(uri), 'ts')).map(comparable));

    // Delete the credential backwards, one character at a time, pulling now and then.
    const text = client.text(uri);
    const end = text.indexOf("' };");
    for (let offset = end; offset > end - 32; offset--) {
      const doc = client.doc(uri);
      await client.change(uri, [{ range: { start: doc.positionAt(offset - 1), end: doc.positionAt(offset) }, text: '' }]);
      if (offset % 8 === 0) {
        const pulled = await client.pull(uri);
        assert.deepEqual(pulled.map(comparable), (await freshAnalysis('typescript', client.text(uri), 'ts')).map(comparable), `after deleting to ${offset}`);
      }
    }
    assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential', 'api-key-public-resource']);
  });

  test('multi-line edits in one notification (join, split, delete a block) match a fresh analysis', async () => {
    const uri = 'file:///workspace/pull/multiline.py';
    await client.open(uri, 'python', PYTHON);
    const steps: TextOp[][] = [
      // Split the call over several lines and add owner ids: the call is now correct.
      [
        { find: 'service_pb2.PostModelOutputsRequest(model_id="face-detection")', replace: 'service_pb2.PostModelOutputsRequest(\n    model_id="face-detection",\n    user_app_id=ids,\n)' },
        { find: 'stub = ', replace: 'from clarifai_grpc.grpc.api import resources_pb2\nids = resources_pb2.UserAppIDSet(user_id="clarifai", app_id="main")\nstub = ' },
      ],
      // Delete the owner ids block across lines: missing-owner-ids comes back.
      [{ find: '\n    user_app_id=ids,', replace: '' }],
      // Join the lines again and drop the first two lines.
      [
        { find: '(\n    model_id="face-detection",\n)', replace: '(model_id="face-detection")' },
        { find: 'import os\nfrom clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc\n', replace: '' },
      ],
    ];
    const expected = [['hardcoded-credential'], ['hardcoded-credential', 'missing-owner-ids'], ['hardcoded-credential', 'missing-owner-ids']];
    for (const [i, ops] of steps.entries()) {
      const { changes, result } = sequentialChanges(client.text(uri), ops);
      const version = await client.change(uri, changes);
      assert.equal(client.text(uri), result);
      const pulled = await client.pull(uri);
      assert.deepEqual(codes(pulled), expected[i], `step ${i}`);
      assertWellFormed(pulled, version, result);
      for (const d of pulled) if (d.code === 'missing-owner-ids') assert.equal(textOf(result, d.range), 'stub.PostModelOutputs');
      assert.deepEqual(pulled.map(comparable), (await freshAnalysis('python', result, 'py')).map(comparable), `step ${i}`);
    }
  });

  test('a pull overtaken by a change is cancelled with ServerCancelled/retriggerRequest, or answers for the latest text', async () => {
    const uri = 'file:///workspace/pull/superseded.py';
    await client.open(uri, 'python', PYTHON);
    await client.pull(uri);

    // Settings forgotten: the next pull waits for workspace/configuration, which the client holds back until the
    // document has changed under it.
    await client.didChangeConfiguration({});
    await client.roundTrip();
    const release = client.holdConfiguration();
    const asked = client.configurationRequests.length;
    const pending = client.pull(uri).then(
      (items) => ({ items }),
      (error: { code?: number; data?: { retriggerRequest?: boolean } }) => ({ error }),
    );
    await client.waitFor(() => client.configurationRequests.length > asked, 'the pull to ask for settings');
    const { changes, result } = sequentialChanges(PYTHON, [{ find: `"${PY_SECRET}"`, replace: 'os.environ["CLARIFAI_PAT"]' }]);
    const latest = await client.change(uri, changes);
    await client.roundTrip().catch(() => undefined);
    release();

    const outcome = await pending;
    if ('error' in outcome) {
      assert.equal(outcome.error.code, ERROR.ServerCancelled);
      assert.equal(outcome.error.data?.retriggerRequest, true);
    } else {
      // Answered: then for the latest text only.
      assert.deepEqual(codes(outcome.items), ['missing-owner-ids']);
      assertWellFormed(outcome.items, latest, result);
    }
    const now = await client.pull(uri);
    assert.deepEqual(codes(now), ['missing-owner-ids']);
    assertWellFormed(now, latest, result);
  });

  test('pulls racing with changes never answer with diagnostics of an older text as current', async () => {
    const uri = 'file:///workspace/pull/race.py';
    const withSecret = PYTHON;
    const withoutSecret = PYTHON.replace(`"${PY_SECRET}"`, 'os.environ["CLARIFAI_PAT"]');
    await client.open(uri, 'python', withSecret);
    for (let round = 0; round < 20; round++) {
      // Every few rounds the settings are forgotten, so the pull waits for workspace/configuration.
      if (round % 4 === 0) await client.didChangeConfiguration({});
      const before = client.doc(uri).version;
      const pull = client.pull(uri).then(
        (items) => ({ items }),
        (error: { code?: number; data?: { retriggerRequest?: boolean } }) => ({ error }),
      );
      const next = round % 2 === 0 ? withoutSecret : withSecret;
      const latest = await client.replace(uri, next);
      const outcome = await pull;
      if ('error' in outcome) {
        assert.equal(outcome.error.code, ERROR.ServerCancelled, `round ${round}`);
        assert.equal(outcome.error.data?.retriggerRequest, true);
        continue;
      }
      // Answered for the text the server had when the pull arrived, or for the latest: labelled with that version,
      // and matching that text.
      const versions = new Set(outcome.items.map((d) => dataOf(d).version));
      assert.ok(versions.size === 1, `round ${round}: one version in ${[...versions]}`);
      const version = [...versions][0]!;
      assert.ok(version === before || version === latest, `round ${round}: version ${version}`);
      const text = client.textAt(uri, version)!;
      assert.deepEqual(codes(outcome.items), text.includes(PY_SECRET) ? ['hardcoded-credential', 'missing-owner-ids'] : ['missing-owner-ids'], `round ${round}`);
      for (const d of outcome.items) assert.ok(textOf(text, d.range).length > 0);
    }
  });

  test('a pull the client cancels ends with an error, and the next pull answers', async () => {
    const uri = 'file:///workspace/pull/cancelled.py';
    await client.open(uri, 'python', PYTHON);
    await client.didChangeConfiguration({});
    await client.roundTrip();
    const release = client.holdConfiguration();
    const asked = client.configurationRequests.length;
    const source = cancellable();
    const pending = client.pull(uri, source.token).then(
      (items) => ({ items }),
      (error: { code?: number }) => ({ error }),
    );
    await client.waitFor(() => client.configurationRequests.length > asked, 'the pull to ask for settings');
    source.cancel();
    await client.roundTrip().catch(() => undefined);
    release();
    const outcome = await pending;
    assert.ok('error' in outcome, 'a cancelled pull does not resolve with items');
    assert.ok(
      outcome.error.code === ERROR.RequestCancelled || outcome.error.code === ERROR.ServerCancelled,
      `cancelled with RequestCancelled or ServerCancelled, got ${outcome.error.code}`,
    );
    assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential', 'missing-owner-ids']);
  });
});
