// The emulator's rules, case by case, through real HTTPS and gRPC requests: each documented case over REST with the
// user_app_id in the JSON body, over REST with it in the URL path (where it names both ids), and over gRPC.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppId } from './catalog';
import { grpcClient, rest, type ClarifaiResponse, type GrpcClient } from './clients';
import { MAIN, OWN_APP, startEmulator, type Emulator } from './emulator';
import type { Secrets } from './credentials';
import type { CredentialSeen, Target } from './rules';

const IMAGE = { data: { image: { url: 'https://samples.clarifai.com/metro-north.jpg' } } };

interface Expected {
  http: number;
  code: number;
  description: string;
  details?: string;
}

interface Case {
  name: string;
  authorization: (secrets: Secrets) => string | undefined;
  credential: CredentialSeen;
  userAppId?: Partial<AppId>;
  target: Target;
  expected: Expected;
  /** Checks the response of a successful call. */
  shape?: (response: ClarifaiResponse) => void;
}

const pat = (secrets: Secrets) => `Key ${secrets.pat}`;
const appKey = (secrets: Secrets) => `Key ${secrets.apiKey}`;
const OK: Expected = { http: 200, code: 10000, description: 'Ok' };
const MODEL_DOES_NOT_EXIST: Expected = { http: 404, code: 21200, description: 'Model does not exist' };
const KEY_INVALID = 'Invalid API key or Invalid API key/application pair';
const MALFORMED: Expected = {
  http: 401,
  code: 11102,
  description: 'Invalid request',
  details: 'Empty or malformed authorization header. Please provide an API key or session token.',
};

const general: Target = { kind: 'model', id: 'general-image-recognition' };

function concepts(response: ClarifaiResponse): string[] {
  return response.outputs?.[0]?.data.concepts?.map((concept) => concept.name) ?? [];
}

const CASES: Case[] = [
  {
    name: 'a PAT with clarifai/main reaches a public model',
    authorization: pat, credential: 'pat', userAppId: MAIN, target: general, expected: OK,
    shape: (response) => {
      assert.deepEqual(concepts(response).slice(0, 2), ['train', 'railway']);
      assert.equal(response.outputs?.[0]?.model.user_id, 'clarifai');
    },
  },
  {
    name: 'a PAT with clarifai/main reaches a public model by its legacy hex id and a version',
    authorization: pat, credential: 'pat', userAppId: MAIN,
    target: { kind: 'model', id: 'aaa03c23b3724a16a56b629203edc62c', version: 'aa9ca48295b37401f8af92ad1af0d91d' }, expected: OK,
    shape: (response) => assert.equal(response.outputs?.[0]?.model.id, 'general-image-recognition'),
  },
  {
    name: 'a PAT with clarifai/main gets face regions from face-detection',
    authorization: pat, credential: 'pat', userAppId: MAIN,
    target: { kind: 'model', id: 'face-detection', version: '6dc7e46bc9124c5c8824be4822abe105' }, expected: OK,
    shape: (response) => {
      const regions = response.outputs?.[0]?.data.regions ?? [];
      assert.equal(regions.length, 2);
      assert.equal(typeof regions[0]?.region_info.bounding_box.top_row, 'number');
    },
  },
  {
    name: 'a PAT with clarifai/main reaches food-item-recognition',
    authorization: pat, credential: 'pat', userAppId: MAIN, target: { kind: 'model', id: 'food-item-recognition' }, expected: OK,
    shape: (response) => assert.equal(concepts(response)[0], 'pizza'),
  },
  ...(['General', 'Face-Sentiment', 'Demographics'] as const).map((id, index): Case => ({
    name: `a PAT with clarifai/main runs the ${id} workflow`,
    authorization: pat, credential: 'pat', userAppId: MAIN, target: { kind: 'workflow', id }, expected: OK,
    shape: (response) => assert.equal(response.results?.[0]?.outputs.length, index + 1),
  })),
  {
    name: 'an app key without user_app_id looks a public model up in its own app',
    authorization: appKey, credential: 'app-key', target: general,
    expected: { ...MODEL_DOES_NOT_EXIST, details: "Model 'general-image-recognition' not found in app jane/photo-app." },
  },
  {
    name: 'an app key with its own user_app_id does not find a public model either',
    authorization: appKey, credential: 'app-key', userAppId: OWN_APP, target: { kind: 'model', id: 'aaa03c23b3724a16a56b629203edc62c' },
    expected: MODEL_DOES_NOT_EXIST,
  },
  {
    name: 'an app key naming clarifai/main is refused: the key/app pair is invalid',
    authorization: appKey, credential: 'app-key', userAppId: MAIN, target: general,
    expected: { http: 401, code: 11008, description: KEY_INVALID, details: 'The API key cannot be used with app clarifai/main.' },
  },
  {
    name: 'an app key without user_app_id does not find a public workflow',
    authorization: appKey, credential: 'app-key', target: { kind: 'workflow', id: 'General' },
    expected: { http: 404, code: 22102, description: 'Workflow does not exist' },
  },
  {
    name: 'an app key naming clarifai/main for a workflow is refused',
    authorization: appKey, credential: 'app-key', userAppId: MAIN, target: { kind: 'workflow', id: 'Face-Sentiment' },
    expected: { http: 401, code: 11008, description: KEY_INVALID },
  },
  {
    name: "an app key reaches its own app's model",
    authorization: appKey, credential: 'app-key', target: { kind: 'model', id: 'my-custom-classifier' }, expected: OK,
    shape: (response) => assert.equal(concepts(response)[0], 'my-dog'),
  },
  {
    name: 'a PAT without user_app_id is refused: no app to authorize',
    authorization: pat, credential: 'pat', target: general,
    expected: { http: 401, code: 11008, description: KEY_INVALID, details: 'Must provide app external ID in API authorizer' },
  },
  {
    name: 'a PAT with a user id but no app id is refused the same way',
    authorization: pat, credential: 'pat', userAppId: { user_id: 'clarifai' }, target: general,
    expected: { http: 401, code: 11008, description: KEY_INVALID, details: 'Must provide app external ID in API authorizer' },
  },
  {
    name: "a PAT with the user's own app does not find a public model",
    authorization: pat, credential: 'pat', userAppId: OWN_APP, target: general, expected: MODEL_DOES_NOT_EXIST,
  },
  {
    name: "a PAT with the user's own app id alone reaches the app's own model",
    authorization: pat, credential: 'pat', userAppId: { app_id: OWN_APP.app_id }, target: { kind: 'model', id: 'my-custom-classifier' },
    expected: OK,
  },
  {
    name: 'a PAT with clarifai/main and an unknown model',
    authorization: pat, credential: 'pat', userAppId: MAIN, target: { kind: 'model', id: 'general-v1.3' }, expected: MODEL_DOES_NOT_EXIST,
  },
  {
    name: 'a PAT with clarifai/main and an unknown version',
    authorization: pat, credential: 'pat', userAppId: MAIN, target: { ...general, version: '0123456789abcdef0123456789abcdef' },
    expected: MODEL_DOES_NOT_EXIST,
  },
  {
    name: 'no authorization at all',
    authorization: () => undefined, credential: 'none', userAppId: MAIN, target: general, expected: MALFORMED,
  },
  {
    name: 'a token without the word Key',
    authorization: (secrets) => secrets.pat, credential: 'none', userAppId: MAIN, target: general, expected: MALFORMED,
  },
  {
    name: "'key' in lower case (clarifai-python-grpc #26)",
    authorization: (secrets) => `key ${secrets.pat}`, credential: 'none', userAppId: MAIN, target: general, expected: MALFORMED,
  },
  {
    name: 'a well-formed key the API does not know',
    authorization: () => `Key ${'0'.repeat(32)}`, credential: 'unknown', userAppId: MAIN, target: general,
    expected: { http: 401, code: 11009, description: 'API key not found' },
  },
  {
    name: 'a key of the wrong format',
    authorization: () => 'Key YOUR_CLARIFAI_API_KEY', credential: 'unknown', userAppId: MAIN, target: general,
    expected: { http: 401, code: 11008, description: KEY_INVALID, details: 'Invalid format of key.' },
  },
];

function restPath(target: Target, userAppId?: Partial<AppId>): string {
  const scope = userAppId ? `/users/${userAppId.user_id}/apps/${userAppId.app_id}` : '';
  const kind = target.kind === 'model' ? 'models' : 'workflows';
  const version = target.version ? `/versions/${target.version}` : '';
  return `/v2${scope}/${kind}/${target.id}${version}/${target.kind === 'model' ? 'outputs' : 'results'}`;
}

function assertStatus(response: ClarifaiResponse, expected: Expected): void {
  const { code, description, details } = response.status;
  assert.deepEqual({ code, description, ...(expected.details === undefined ? {} : { details }) }, {
    code: expected.code,
    description: expected.description,
    ...(expected.details === undefined ? {} : { details: expected.details }),
  });
}

describe('Clarifai emulator rules', () => {
  let emulator: Emulator;
  let grpcApi: GrpcClient;

  before(async () => {
    emulator = await startEmulator();
    grpcApi = grpcClient(emulator);
  });
  after(async () => {
    grpcApi.close();
    await emulator.close();
  });

  /** The request the emulator recorded last, which must be the one just made. */
  function lastRequest(count: number) {
    assert.equal(emulator.requests.length, count + 1, 'exactly one request recorded');
    return emulator.requests[count]!;
  }

  for (const testCase of CASES) {
    const { target, userAppId, expected } = testCase;
    const fullScope = userAppId?.user_id !== undefined && userAppId.app_id !== undefined;

    it(`REST, user_app_id in the body: ${testCase.name}`, async () => {
      const count = emulator.requests.length;
      const body = { ...(userAppId ? { user_app_id: userAppId } : {}), inputs: [IMAGE] };
      const answer = await rest(emulator, 'POST', restPath(target), { authorization: testCase.authorization(emulator.credentials), body });
      assert.equal(answer.httpStatus, expected.http);
      assertStatus(answer.body, expected);
      testCase.shape?.(answer.body);
      const recorded = lastRequest(count);
      assert.deepEqual(
        { protocol: recorded.protocol, credential: recorded.credential, userAppId: recorded.userAppId, target: recorded.target, httpStatus: recorded.httpStatus },
        { protocol: 'rest', credential: testCase.credential, userAppId: userAppId ?? null, target, httpStatus: expected.http },
      );
    });

    if (fullScope) {
      it(`REST, user_app_id in the path: ${testCase.name}`, async () => {
        const count = emulator.requests.length;
        const body = { inputs: [IMAGE] };
        const answer = await rest(emulator, 'POST', restPath(target, userAppId), { authorization: testCase.authorization(emulator.credentials), body });
        assert.equal(answer.httpStatus, expected.http);
        assertStatus(answer.body, expected);
        testCase.shape?.(answer.body);
        assert.deepEqual(lastRequest(count).userAppId, userAppId);
      });
    }

    it(`gRPC: ${testCase.name}`, async () => {
      const count = emulator.requests.length;
      const ids = target.kind === 'model' ? { model_id: target.id } : { workflow_id: target.id };
      const message = { ...(userAppId ? { user_app_id: userAppId } : {}), ...ids, version_id: target.version ?? '', inputs: [IMAGE] };
      const rpc = target.kind === 'model' ? 'PostModelOutputs' : 'PostWorkflowResults';
      const response = await grpcApi.call(rpc, message, testCase.authorization(emulator.credentials));
      assertStatus(response, expected);
      testCase.shape?.(response);
      const recorded = lastRequest(count);
      assert.deepEqual(
        { protocol: recorded.protocol, path: recorded.path, credential: recorded.credential, userAppId: recorded.userAppId, httpStatus: recorded.httpStatus },
        { protocol: 'grpc', path: `/clarifai.api.V2/${rpc}`, credential: testCase.credential, userAppId: userAppId ?? null, httpStatus: null },
      );
    });
  }

  it('REST: a request the API cannot read is refused after the credential is checked', async () => {
    const broken = await rest(emulator, 'POST', '/v2/models/general-image-recognition/outputs', { authorization: `Key ${emulator.credentials.pat}`, body: '{"inputs": [' });
    assert.equal(broken.httpStatus, 400);
    assertStatus(broken.body, { http: 400, code: 11100, description: 'Bad request format' });
    const anonymous = await rest(emulator, 'POST', '/v2/models/general-image-recognition/outputs', { body: '{"inputs": [' });
    assertStatus(anonymous.body, MALFORMED);
  });

  it('REST and gRPC: a predict call without inputs is an invalid request', async () => {
    const body = { user_app_id: MAIN };
    const answer = await rest(emulator, 'POST', '/v2/models/general-image-recognition/outputs', { authorization: `Key ${emulator.credentials.pat}`, body });
    assert.equal(answer.httpStatus, 400);
    assertStatus(answer.body, { http: 400, code: 11102, description: 'Invalid request', details: 'The request has no inputs.' });
    const response = await grpcApi.call('PostModelOutputs', { user_app_id: MAIN, model_id: 'general-image-recognition' }, `Key ${emulator.credentials.pat}`);
    assert.equal(response.status.code, 11102);
  });

  it('REST: an unknown route, and a short workflow path with a version, which no binding has', async () => {
    for (const path of ['/v2/modelz/general-image-recognition/outputs', '/v2/workflows/General/versions/1/results']) {
      const count = emulator.requests.length;
      const answer = await rest(emulator, 'POST', path, { authorization: `Key ${emulator.credentials.pat}`, body: { inputs: [IMAGE] } });
      assert.equal(answer.httpStatus, 404);
      assertStatus(answer.body, { http: 404, code: 11101, description: 'Resource does not exist' });
      assert.deepEqual({ ...lastRequest(count), status: undefined }, {
        protocol: 'rest', method: 'POST', path, rpc: null, userAppId: null, credential: 'pat', target: null, httpStatus: 404, status: undefined,
      });
    }
  });

  it("REST: the legacy client's GET model routes apply the same rules", async () => {
    const query = '?user_app_id.user_id=clarifai&user_app_id.app_id=main';
    const model = await rest(emulator, 'GET', `/v2/models/face-detection${query}`, { authorization: `Key ${emulator.credentials.pat}` });
    assert.equal(model.httpStatus, 200);
    assert.equal(model.body.model?.id, 'face-detection');
    const info = await rest(emulator, 'GET', `/v2/users/clarifai/apps/main/models/aaa03c23b3724a16a56b629203edc62c/output_info`, {
      authorization: `Key ${emulator.credentials.pat}`,
    });
    assert.equal(info.body.model?.output_info?.data?.concepts?.length, 7);
    const withKey = await rest(emulator, 'GET', '/v2/models/aaa03c23b3724a16a56b629203edc62c/output_info', { authorization: `Key ${emulator.credentials.apiKey}` });
    assert.equal(withKey.httpStatus, 404);
    assertStatus(withKey.body, MODEL_DOES_NOT_EXIST);
    assert.deepEqual(emulator.requests.slice(-3).map((request) => request.rpc), ['GetModel', 'GetModelOutputInfo', 'GetModelOutputInfo']);
  });

  it('records no credential value', () => {
    const recorded = JSON.stringify(emulator.requests);
    assert.ok(emulator.requests.length > CASES.length);
    assert.ok(!recorded.includes(emulator.credentials.pat) && !recorded.includes(emulator.credentials.apiKey));
  });
});
