// Plain REST and gRPC clients for testing the emulator's rules from the test process: real TLS connections to its port,
// checked against its CA under the name api.clarifai.com.
import * as grpc from '@grpc/grpc-js';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { API_HOST, type Emulator } from './emulator';
import { loadV2 } from './grpc';

interface Output {
  model: { id: string; user_id: string; app_id: string };
  data: { concepts?: Array<{ name: string; value: number }>; regions?: Array<{ region_info: { bounding_box: { top_row: number } } }> };
}

/** The parts of a Clarifai response the tests read. */
export interface ClarifaiResponse {
  status: { code: number; description: string; details?: string };
  outputs?: Output[];
  results?: Array<{ outputs: Output[] }>;
  model?: { id: string; output_info?: { data?: { concepts?: unknown[] } } };
}

export interface RestAnswer {
  httpStatus: number;
  body: ClarifaiResponse;
}

export function rest(
  emulator: Emulator,
  method: 'GET' | 'POST',
  path: string,
  options: { authorization?: string; body?: string | object } = {},
): Promise<RestAnswer> {
  const payload = typeof options.body === 'string' ? options.body : options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: emulator.host, port: emulator.port, servername: API_HOST, ca: readFileSync(emulator.caFile), method, path, headers, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ httpStatus: res.statusCode ?? 0, body: JSON.parse(text) as ClarifaiResponse }));
      },
    );
    req.once('error', reject);
    req.end(payload);
  });
}

export interface GrpcClient {
  call(rpc: 'PostModelOutputs' | 'PostWorkflowResults', message: object, authorization?: string): Promise<ClarifaiResponse>;
  close(): void;
}

/** A V2 client like clarifai-nodejs-grpc's, connected to the emulator. */
export function grpcClient(emulator: Emulator): GrpcClient {
  const V2 = loadV2();
  const client = new V2(`${emulator.host}:${emulator.port}`, grpc.credentials.createSsl(readFileSync(emulator.caFile)), {
    'grpc.ssl_target_name_override': API_HOST,
    'grpc.default_authority': API_HOST,
  });
  return {
    call(rpc, message, authorization) {
      const metadata = new grpc.Metadata();
      if (authorization !== undefined) metadata.set('authorization', authorization);
      const method = client[rpc] as (message: object, metadata: grpc.Metadata, callback: (error: Error | null, response: unknown) => void) => void;
      return new Promise((resolve, reject) => method.call(client, message, metadata, (error, response) => (error ? reject(error) : resolve(response as ClarifaiResponse))));
    },
    close: () => client.close(),
  };
}
