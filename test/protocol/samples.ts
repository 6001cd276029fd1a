// Documents with known findings for the protocol tests (the same shapes as test/fixtures/python/grpc_pat.py,
// test/fixtures/python/secrets.py and test/fixtures/javascript/rest/axios-client.ts).

/** The credentials written into the samples: no diagnostic message may repeat them. */
export const PY_SECRET = 'd41c7a9e3b5f4e26a8c0917b5e2f3d6c';
export const TS_SECRET = '6b5feaa75705b4c965e975f76a767f8f';

/**
 * Line 3: `hardcoded-credential` (warning) on the secret; line 6: `missing-owner-ids` (error) on `stub.PostModelOutputs`.
 * Both have fixes.
 */
export const PYTHON = [
  'import os',
  'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc',
  '',
  `PAT = "${PY_SECRET}"`,
  'stub = service_pb2_grpc.V2Stub(None)',
  'metadata = (("authorization", "Key " + os.environ["CLARIFAI_PAT"]),)',
  'stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=metadata)',
  '',
].join('\n');

/** Line 2: `hardcoded-credential` (warning); line 6: `api-key-public-resource` (error) on `axios.post`. */
export const TYPESCRIPT = [
  "import axios from 'axios';",
  '',
  `const CLARIFAI_PAT = '${TS_SECRET}';`,
  'const KEY = process.env.CLARIFAI_API_KEY;',
  '',
  'export async function tags(url: string) {',
  "  return axios.post('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { inputs: [{ data: { image: { url } } }] }, { headers: { Authorization: `Key ${KEY}` } });",
  '}',
  '',
].join('\n');

/** A PAT read from the environment and a call without owner ids: one `missing-owner-ids` on the last line. */
export const PYTHON_CALL_ONLY = [
  'import os',
  'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc',
  'stub = service_pb2_grpc.V2Stub(None)',
  'metadata = (("authorization", "Key " + os.environ["CLARIFAI_PAT"]),)',
  'stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=metadata)',
  '',
].join('\n');

/**
 * Several fixable `hardcoded-credential` findings and no `import os` (every env-read fix wants to add it once), a
 * fixable `missing-owner-ids`, and one without a fix (the model is decommissioned: a PAT does not bring it back).
 */
export const FIXABLE_SECRETS = [
  '# Credentials written into source.',
  'from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc',
  '',
  'CLARIFAI_API_KEY = "5f3c9e1a7b2d4c8e9f0a1b6d3e7c2f48"',
  'PAT = "d41c7a9e3b5f4e26a8c0917b5e2f3d6c"',
  'settings = {"clarifai_token": "c7e2a9f04b1d4e3a8f6b5c2d9e0a7f13"}',
  '# An old key, kept for reference: CLARIFAI_KEY = "8e1f4a7c2b9d4f0e6a3c5b8d1e7f2a94"',
  'stub = service_pb2_grpc.V2Stub(None)',
  'literal = (("authorization", "Key 3a9d5e7c1f2b4a6e8d0c9b7a5f3e1d2c"),)',
  'stub.PostModelOutputs(',
  '    service_pb2.PostModelOutputsRequest(model_id="general-image-recognition"),',
  '    metadata=literal,',
  ')',
  'stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="travel-recognition"), metadata=literal)',
  '',
].join('\n');

/** The secrets of FIXABLE_SECRETS. */
export const FIXABLE_SECRET_VALUES = [
  '5f3c9e1a7b2d4c8e9f0a1b6d3e7c2f48',
  'd41c7a9e3b5f4e26a8c0917b5e2f3d6c',
  'c7e2a9f04b1d4e3a8f6b5c2d9e0a7f13',
  '8e1f4a7c2b9d4f0e6a3c5b8d1e7f2a94',
  '3a9d5e7c1f2b4a6e8d0c9b7a5f3e1d2c',
];

/** Notebook cells: imports (and the credential) in the first, the stub in the second, the call in the third. */
export const NOTEBOOK_CELLS = [
  ['import os', 'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc', 'KEY = os.environ["CLARIFAI_PAT"]', ''].join('\n'),
  ['stub = service_pb2_grpc.V2Stub(None)', 'metadata = (("authorization", "Key " + KEY),)', ''].join('\n'),
  ['response = stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="face-detection"), metadata=metadata)', 'print(response.status)', ''].join('\n'),
];

/** A `.ipynb` file with the given code cells (markdown first), as VS Code would store it. */
export function ipynb(cells: readonly string[]): string {
  const lines = (text: string) => text.split(/(?<=\n)/);
  return `${JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: lines('# Tagging with Clarifai\n') },
        ...cells.map((text, i) => ({ cell_type: 'code', execution_count: null, id: `c${i}`, metadata: {}, outputs: [], source: lines(text) })),
      ],
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`;
}
