// The sample project of the README, fixed: `--fix` leaves no error in it, and writes the changes a user expects.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli, runJson } from './helpers';

const SAMPLE = path.resolve(__dirname, '../../examples/photo-tagger');

describe('clarifai-pat-lint --fix on the sample project', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'clarifai-sample-'));
    cpSync(SAMPLE, root, { recursive: true });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('fixes every error, keeps the key where the app still needs it, and a second run changes nothing', () => {
    const errorsBefore = runJson(['--format', 'json', '.'], root).report.findings.filter((f) => f.severity === 'error');
    assert.ok(errorsBefore.length >= 4, 'the sample has errors to fix');

    const fix = runCli(['--fix', '.'], root);
    assert.equal(fix.status, 0, fix.stdout + fix.stderr);
    assert.match(fix.stderr, /fixed \d+ problems in \d+ files/);
    const left = runJson(['--format', 'json', '.'], root).report.findings;
    assert.deepEqual(left.filter((f) => f.severity !== 'information'), [], 'only the workflow hint is left');

    const server = readFileSync(path.join(root, 'api/server.js'), 'utf8');
    assert.match(server, /clarifaiPredict\('models', 'face-detection', req\.body\.input\)/, 'the legacy call is rewritten');
    assert.match(server, /apiKey: process\.env\.CLARIFAI_API_KEY/, 'the app keeps an API key for its own workflow');
    const tagger = readFileSync(path.join(root, 'api/tagger.py'), 'utf8');
    assert.match(tagger, /user_app_id=resources_pb2\.UserAppIDSet\(user_id=USER_ID, app_id=APP_ID\)/);
    assert.match(tagger, /metadata=pat_metadata/);
    const web = readFileSync(path.join(root, 'web/src/clarifai.ts'), 'utf8');
    assert.match(web, /const USER_ID = 'clarifai';\nconst APP_ID = 'main';/);
    const android = readFileSync(path.join(root, 'android/app/src/main/java/com/example/phototagger/TagRepository.kt'), 'utf8');
    assert.match(android, /"https:\/\/api\.clarifai\.com\/v2\/users\/clarifai\/apps\/main\/models\/\$GENERAL_MODEL\/outputs"/);
    assert.match(android, /"Key \$\{System\.getenv\("CLARIFAI_PAT"\)\}"/);
    const moderator = readFileSync(path.join(root, 'services/moderator/main.go'), 'utf8');
    assert.match(moderator, /UserAppId: &api\.UserAppIDSet\{UserId: "clarifai", AppId: "main"\}/);

    const again = runCli(['--fix', '.'], root);
    assert.equal(again.status, 0, again.stdout + again.stderr);
    assert.doesNotMatch(again.stderr, /fixed [1-9]/);
  });
});
