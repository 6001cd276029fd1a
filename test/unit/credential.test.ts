import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAuthorization } from '../../server/src/core/clarifai/credential';
import { mayHaveFindings } from '../../server/src/core/gate';
import { kindFromName } from '../../server/src/core/clarifai/names';
import { isClarifaiCredentialName, looksLikeSecret } from '../../server/src/core/clarifai/secrets';
import { knownText, str } from '../../server/src/core/values/value';

describe('kindFromName', () => {
  const cases: [string, string | undefined][] = [
    ['PAT', 'pat'],
    ['CLARIFAI_PAT', 'pat'],
    ['clarifaiPat', 'pat'],
    ['personal_access_token', 'pat'],
    ['CLARIFAI_PERSONAL_ACCESS_TOKEN', 'pat'],
    ['CLARIFAI_SESSION_TOKEN', 'pat'],
    ['api_key', 'api-key'],
    ['apiKey', 'api-key'],
    ['YOUR_CLARIFAI_API_KEY', 'api-key'],
    ['self.api_key', 'api-key'],
    ['CLARIFAI_KEY', undefined],
    ['token', undefined],
    ['path', undefined],
    ['compatible', undefined],
  ];
  for (const [name, kind] of cases) it(`${name} → ${kind ?? 'nothing'}`, () => assert.equal(kindFromName(name), kind));
});

describe('looksLikeSecret', () => {
  it('accepts 32 random alphanumerics', () => assert.ok(looksLikeSecret('5f3c9e1a7b2d4c8e9f0a1b6d3e7c2f48')));
  it('rejects placeholders, words and low-entropy strings', () => {
    for (const text of ['YOUR_PAT_HERE', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '00000000000000000000000000000000', 'general-image-recognition', 'abcabcabcabcabcabcabcabc1', 'short1'])
      assert.ok(!looksLikeSecret(text), text);
  });
});

describe('isClarifaiCredentialName', () => {
  it('needs the name to say Clarifai and key/token, or PAT', () => {
    for (const name of ['CLARIFAI_API_KEY', 'clarifaiToken', 'PAT', 'clarifai_secret']) assert.ok(isClarifaiCredentialName(name), name);
    for (const name of ['API_KEY', 'OPENAI_API_KEY', 'CLARIFAI_USER_ID', 'MODEL_ID', 'token']) assert.ok(!isClarifaiCredentialName(name), name);
  });
});

describe('parseAuthorization', () => {
  it('strips the Key scheme from literal text', () => {
    const { scheme, credential } = parseAuthorization(str([{ text: 'Key abc', at: 10 }]));
    assert.equal(scheme, 'key');
    assert.equal(knownText(credential), 'abc');
    assert.equal(credential.kind === 'str' && 'at' in credential.parts[0]! ? credential.parts[0].at : undefined, 14);
  });
  it('returns the run-time value after the scheme', () => {
    const env = { kind: 'env' as const, name: 'CLARIFAI_PAT', names: [] };
    const { credential } = parseAuthorization(str([{ text: 'Key ' }, { hole: env }]));
    assert.equal(credential, env);
  });
  it('tells Bearer tokens apart', () => assert.equal(parseAuthorization(str([{ text: 'Bearer x' }])).scheme, 'bearer'));
});

describe('text gates', () => {
  it('passes files that import a client, name a Clarifai URL or hold a credential-shaped token', () => {
    for (const text of [
      'from clarifai_grpc.grpc.api import service_pb2',
      "const Clarifai = require('clarifai');",
      'import { Model } from "clarifai-nodejs";',
      'from clarifai.client.model import Model',
      'import clarifai',
      'url = "https://api.clarifai.com/v2/models/x/outputs"',
      'base = os.environ["CLARIFAI_API_BASE"]',
      'CLARIFAI_PAT = "5f3c9e1a7b2d4c8e9f0a1b6d3e7c2f48"',
      "import { service } from './generated/clarifai/api/service';",
    ])
      assert.ok(mayHaveFindings(text), text);
  });
  it('keeps out files that only mention Clarifai in prose', () => {
    for (const text of ['# We used Clarifai before; see the docs.', 'const label = "Clarifai tags";', 'print("no clarifai here")']) assert.ok(!mayHaveFindings(text), text);
  });
});
