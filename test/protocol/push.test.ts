// Push diagnostics (`textDocument/publishDiagnostics`) for a client without pull support: the version published,
// debouncing a burst of changes, and clearing on close.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { BASIC, codes, comparable, dataOf, messageOf, rangeOf, TestClient } from './client';
import { PY_SECRET, PYTHON, TYPESCRIPT } from './samples';

describe('push diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ variant: BASIC });
  });
  after(() => client.dispose());

  test('open publishes the diagnostics with the opened version', async () => {
    const uri = 'file:///workspace/push/open.py';
    await client.open(uri, 'python', PYTHON, 3);
    const publish = await client.waitForPublish(uri, () => true, 'a publish after open');
    assert.equal(publish.version, 3);
    assert.deepEqual(codes(publish.diagnostics), ['hardcoded-credential', 'missing-owner-ids']);
    assert.deepEqual(publish.diagnostics[0]!.range, rangeOf(PYTHON, PY_SECRET));
    assert.equal(publish.diagnostics[1]!.severity, DiagnosticSeverity.Error);
    assert.ok(publish.diagnostics.every((d) => dataOf(d).version === 3 && d.source === 'Clarifai'));
    assert.ok(publish.diagnostics.every((d) => !messageOf(d).includes(PY_SECRET)));
    // Every publish of this document so far is for version 3.
    assert.ok(client.publishesFor(uri).every((p) => p.version === 3));
  });

  test('a burst of changes gives one publish, for the last version', async () => {
    const uri = 'file:///workspace/push/burst.py';
    await client.open(uri, 'python', PYTHON);
    await client.waitForPublish(uri, (p) => p.version === 1, 'the publish after open');

    // Type a suppression comment above the call, one character per didChange, without waiting in between.
    const directive = '# clarifai-ignore-next-line missing-owner-ids\n';
    const start = client.doc(uri).positionAt(client.text(uri).indexOf('stub.PostModelOutputs'));
    const first = client.doc(uri).version + 1;
    let last = first;
    for (let i = 0; i < directive.length; i++) {
      const at = { line: start.line, character: i };
      last = await client.change(uri, [{ range: { start: at, end: at }, text: directive[i]! }]);
    }
    const burst = await client.waitForPublish(uri, (p) => p.version === last, `the publish for version ${last}`);
    assert.deepEqual(codes(burst.diagnostics), ['hardcoded-credential'], 'the finished directive silences the call');
    assert.ok(burst.diagnostics.every((d) => dataOf(d).version === last));

    // One more change flushes anything still under way; it publishes too.
    const flush = await client.change(uri, [{ range: { start, end: { line: start.line + 1, character: 0 } }, text: '' }]);
    const flushed = await client.waitForPublish(uri, (p) => p.version === flush, `the publish for version ${flush}`);
    assert.deepEqual(codes(flushed.diagnostics), ['hardcoded-credential', 'missing-owner-ids']);

    const versions = client.publishesFor(uri).map((p) => p.version!);
    assert.deepEqual(
      versions.filter((v) => v >= first && v < last),
      [],
      `no publish for an intermediate version of the burst (${first}..${last - 1}); published: ${versions}`,
    );
    assert.equal(versions.filter((v) => v === last).length, 1, `one publish for version ${last}; published: ${versions}`);
    // Publishes come in version order.
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  });

  test('the published diagnostics match the text of the version they name', async () => {
    const uri = 'file:///workspace/push/versions.ts';
    await client.open(uri, 'typescript', TYPESCRIPT);
    await client.waitForPublish(uri, (p) => p.version === 1, 'the publish after open');
    const version = await client.change(uri, [{ range: rangeOf(client.text(uri), "const CLARIFAI_PAT = '6b5feaa75705b4c965e975f76a767f8f';"), text: '' }]);
    const publish = await client.waitForPublish(uri, (p) => p.version === version, `the publish for version ${version}`);
    assert.deepEqual(codes(publish.diagnostics), ['api-key-public-resource']);
    assert.deepEqual(publish.diagnostics[0]!.range, rangeOf(client.text(uri), 'axios.post'));

    // The same text opened elsewhere gives the same diagnostics.
    const other = 'file:///workspace/push/versions-copy.ts';
    await client.open(other, 'typescript', client.text(uri));
    const copy = await client.waitForPublish(other, (p) => p.version === 1, 'the publish of the copy');
    assert.deepEqual(copy.diagnostics.map(comparable), publish.diagnostics.map(comparable));
  });

  test('close clears the diagnostics', async () => {
    const uri = 'file:///workspace/push/close.py';
    await client.open(uri, 'python', PYTHON);
    await client.waitForPublish(uri, (p) => p.version === 1 && p.diagnostics.length > 0, 'the publish after open');
    // Close right after a change: the pending analysis must not publish after the clearing.
    await client.change(uri, [{ range: rangeOf(client.text(uri), 'import os'), text: 'import os  # edited' }]);
    const index = client.published.length;
    await client.close(uri);
    await client.waitForPublish(uri, (p) => p.diagnostics.length === 0, 'an empty publish after close', index);
    // Wait for another document's debounced publish: anything the closed one had pending would have come by then.
    const sentinel = 'file:///workspace/push/close-sentinel.py';
    await client.open(sentinel, 'python', PYTHON);
    await client.waitForPublish(sentinel, (p) => p.version === 1, 'the sentinel publish');
    const sentinelVersion = await client.change(sentinel, [{ range: rangeOf(PYTHON, 'import os'), text: 'import os  # edited' }]);
    await client.waitForPublish(sentinel, (p) => p.version === sentinelVersion, 'the sentinel publish after a change');
    const last = client.publishesFor(uri).at(-1)!;
    assert.deepEqual(last.diagnostics, [], 'the last publish of the closed document is empty');
  });
});
