// `clarifai/analyzeFiles`: files read from disk, open or not; diagnostics on the file itself (for a notebook, at the
// positions in the .ipynb file), and skip reasons for what is not analysed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { RequestType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import type { AnalyzeFilesParams, AnalyzeFilesResult } from '../../server/src/shared/protocol';
import { codes, messageOf, rangeOf, TestClient, textOf, VSCODE } from './client';
import { NOTEBOOK_CELLS, PY_SECRET, PYTHON, ipynb } from './samples';

/** The request as the wire names it (not imported from the server, so a rename shows up here). */
const AnalyzeFiles = new RequestType<AnalyzeFilesParams, AnalyzeFilesResult, void>('clarifai/analyzeFiles');

describe('clarifai/analyzeFiles', () => {
  let client: TestClient;
  let dir: string;
  const files: Record<string, string | Buffer> = {};
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'clarifai-protocol-'));
    files['app.py'] = PYTHON;
    files['analysis.ipynb'] = ipynb(NOTEBOOK_CELLS);
    files['binary.py'] = Buffer.concat([Buffer.from('import clarifai\n'), Buffer.from([0, 1, 2, 0, 255]), Buffer.from(PYTHON)]);
    files['huge.py'] = `import clarifai\n${'# padding padding padding padding padding padding padding padding\n'.repeat(40_000)}`;
    files['clean.py'] = 'print("no mention here")\n';
    files['broken.ipynb'] = '{"cells": [{"cell_type": "code", "source": ["import clarifai\\n"';
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    client = await TestClient.start({ variant: VSCODE });
  });
  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a Python file, a notebook, a binary file and an oversized file', async () => {
    assert.ok(Buffer.byteLength(files['huge.py'] as string) > 2 * 1024 * 1024, 'huge.py is over the 2 MB limit');
    const names = ['app.py', 'analysis.ipynb', 'binary.py', 'huge.py'];
    const result = await client.connection.sendRequest(AnalyzeFiles, { uris: names.map(uri) });

    assert.deepEqual(result.files.map((f) => f.uri).sort(), [uri('analysis.ipynb'), uri('app.py')].sort());
    assert.deepEqual(result.skipped.map((s) => s.uri).sort(), [uri('binary.py'), uri('huge.py')].sort());

    const app = result.files.find((f) => f.uri === uri('app.py'))!;
    assert.deepEqual(codes(app.diagnostics), ['hardcoded-credential', 'missing-owner-ids']);
    assert.deepEqual(app.diagnostics[0]!.range, rangeOf(PYTHON, PY_SECRET));
    assert.deepEqual(app.diagnostics[1]!.range, rangeOf(PYTHON, 'stub.PostModelOutputs'));
    assert.ok(app.diagnostics.every((d) => d.source === 'Clarifai' && !messageOf(d).includes(PY_SECRET)));

    // The same text open in the editor gives the same diagnostics (fixes and versions are the editor's business).
    const open = 'file:///workspace/analyze/app-open.py';
    await client.open(open, 'python', PYTHON);
    const pulled = await client.pull(open);
    const strip = ({ data: _data, ...rest }: Diagnostic) => rest;
    assert.deepEqual(app.diagnostics.map(strip), pulled.map(strip));

    // A notebook's diagnostic is placed in the .ipynb file as stored.
    const stored = files['analysis.ipynb'] as string;
    const notebook = result.files.find((f) => f.uri === uri('analysis.ipynb'))!;
    assert.deepEqual(codes(notebook.diagnostics), ['missing-owner-ids']);
    assert.deepEqual(notebook.diagnostics[0]!.range, rangeOf(stored, 'stub.PostModelOutputs'));
    assert.equal(textOf(stored, notebook.diagnostics[0]!.range), 'stub.PostModelOutputs');

    const reason = (name: string) => result.skipped.find((s) => s.uri === uri(name))!.reason;
    assert.match(reason('binary.py'), /binary/i);
    assert.match(reason('huge.py'), /limit|large/i);
  });

  test('files without a Clarifai mention, missing files, broken notebooks and non-file URIs', async () => {
    const result = await client.connection.sendRequest(AnalyzeFiles, {
      uris: [uri('clean.py'), uri('missing.py'), uri('broken.ipynb'), 'untitled:Untitled-1.py'],
    });
    assert.deepEqual(result.files, [{ uri: uri('clean.py'), diagnostics: [] }]);
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.uri, s.reason]));
    assert.deepEqual(Object.keys(reasons).sort(), [uri('broken.ipynb'), uri('missing.py'), 'untitled:Untitled-1.py'].sort());
    for (const reason of Object.values(reasons)) assert.ok(reason.length > 0);
    assert.match(reasons[uri('broken.ipynb')]!, /notebook|JSON/i);
  });

  test('settings apply: a language left out is not analysed', async () => {
    await client.didChangeConfiguration({ languages: ['typescript'] });
    try {
      const result = await client.connection.sendRequest(AnalyzeFiles, { uris: [uri('app.py'), uri('analysis.ipynb')] });
      assert.deepEqual(result.files.flatMap((f) => f.diagnostics), []);
    } finally {
      await client.didChangeConfiguration({});
    }
  });
});
