// The SARIF 2.1.0 report: driver and rule metadata, result locations relative to %SRCROOT%, levels, notebook cells.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl } from '../../server/src/core/rules';
import { API_KEY_CALL, HARDCODED_PAT, makeProject, notebook, removeProject, runCli } from './helpers';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  properties?: { cell: number };
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: SarifResult[];
  }[];
}

const packageVersion = (JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

describe('--format sarif', () => {
  const root = makeProject({
    'my dir/app.py': API_KEY_CALL + HARDCODED_PAT.replace('import clarifai\n', ''),
    'nb.ipynb': notebook([
      ['markdown', '# Demo\n'],
      ['code', API_KEY_CALL],
    ]),
  });
  after(() => removeProject(root));

  function sarif(args: string[]): SarifLog {
    const run = runCli(['--format', 'sarif', ...args], root);
    assert.equal(run.status, 1, run.stderr);
    return JSON.parse(run.stdout) as SarifLog;
  }

  test('describes the tool and every rule', () => {
    const log = sarif(['.']);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0]!;
    const driver = run.tool.driver;
    assert.equal(driver.name, 'clarifai-pat-lint');
    assert.equal(driver.version, packageVersion);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      RULES.map((r) => r.meta.id),
    );
    for (const [i, rule] of driver.rules.entries()) {
      const meta = RULES[i]!.meta;
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
      assert.equal(rule.shortDescription.text, meta.title);
      assert.equal(rule.fullDescription.text, meta.description);
      assert.equal(rule.helpUri, ruleDocsUrl(meta.id));
      assert.equal(rule.defaultConfiguration.level, meta.defaultSeverity === 'error' ? 'error' : meta.defaultSeverity === 'warning' ? 'warning' : 'note');
    }
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds['%SRCROOT%']!.uri, pathToFileURL(root).href + '/');
  });

  test('locates results relative to %SRCROOT% with a rule index and a level', () => {
    const run = sarif(['my dir']).runs[0]!;
    assert.equal(run.results.length, 2);
    const [error, warning] = run.results;
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
      assert.ok(result.message.text.length > 0);
      const location = result.locations[0]!.physicalLocation;
      assert.deepEqual(location.artifactLocation, { uri: 'my%20dir/app.py', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(Object.keys(location.region).sort(), ['endColumn', 'endLine', 'startColumn', 'startLine']);
      assert.equal(result.properties, undefined);
    }
    assert.deepEqual([error!.ruleId, error!.level, error!.locations[0]!.physicalLocation.region.startLine], ['api-key-public-resource', 'error', 6]);
    assert.equal(error!.locations[0]!.physicalLocation.region.startColumn, 5);
    assert.deepEqual([warning!.ruleId, warning!.level], ['hardcoded-credential', 'warning']);
  });

  test('maps information and hint to note', () => {
    const run = sarif(['--rule', 'hardcoded-credential=information', 'my dir']).runs[0]!;
    assert.deepEqual(
      run.results.map((r) => [r.ruleId, r.level]),
      [
        ['api-key-public-resource', 'error'],
        ['hardcoded-credential', 'note'],
      ],
    );
    const hint = sarif(['--rule', 'hardcoded-credential=hint', 'my dir']).runs[0]!;
    assert.equal(hint.results[1]!.level, 'note');
  });

  test('puts the cell of a notebook result in its properties', () => {
    const run = sarif(['nb.ipynb']).runs[0]!;
    assert.equal(run.results.length, 1);
    assert.deepEqual(run.results[0]!.properties, { cell: 1 });
    assert.equal(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'nb.ipynb');
  });
});
