// The gRPC front: service clarifai.api.V2 from the .proto files that ship in clarifai-nodejs-grpc, loaded the way that
// client loads them (snake_case fields, enums as numbers). Like the real API, a refusal is a Clarifai status inside an OK
// gRPC response, not a gRPC error.
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import path from 'node:path';
import { answer, type Rpc } from './api';
import type { CredentialTable } from './credentials';
import { requestedApp, type RecordedRequest } from './recording';
import type { Target } from './rules';

/** The package's root: its .proto files import one another as `proto/clarifai/...` and `google/api/...` from there. */
const PACKAGE_ROOT = path.resolve(path.dirname(require.resolve('clarifai-nodejs-grpc')), '..');

/** The clarifai.api.V2 client constructor; its `service` is the service definition. */
export function loadV2(): grpc.ServiceClientConstructor {
  const definition = protoLoader.loadSync(
    ['status/status_code.proto', 'status/status.proto', 'resources.proto', 'service_processed.proto', 'utils/matrix.proto'].map(
      (file) => `proto/clarifai/api/${file}`,
    ),
    { keepCase: true, longs: String, enums: Number, defaults: true, oneofs: true, includeDirs: [PACKAGE_ROOT, path.join(__dirname, 'proto-stubs')] },
  );
  const api = grpc.loadPackageDefinition(definition).clarifai as grpc.GrpcObject;
  return (api.api as grpc.GrpcObject).V2 as grpc.ServiceClientConstructor;
}

interface PredictRequest {
  user_app_id: unknown;
  model_id?: string;
  workflow_id?: string;
  version_id: string;
  inputs: unknown[];
}

/** The V2 service with the predict calls implemented; grpc-js answers UNIMPLEMENTED for the rest. */
export function grpcServer(credentials: CredentialTable, requests: RecordedRequest[]): grpc.Server {
  const server = new grpc.Server();
  const predict = (rpc: Rpc, kind: Target['kind']): grpc.handleUnaryCall<PredictRequest, object> => (call, callback) => {
    const { request } = call;
    const id = (kind === 'model' ? request.model_id : request.workflow_id) ?? '';
    const target: Target = { kind, id, ...(request.version_id ? { version: request.version_id } : {}) };
    const userAppId = requestedApp(request.user_app_id);
    const [authorization] = call.metadata.get('authorization');
    const result = answer({ rpc, authorization: authorization?.toString(), userAppId, target, inputs: request.inputs }, credentials);
    requests.push({ protocol: 'grpc', method: 'POST', path: `/clarifai.api.V2/${rpc}`, rpc, userAppId, credential: result.credential, target, httpStatus: null, status: result.outcome.status });
    callback(null, result.body);
  };
  server.addService(loadV2().service, {
    PostModelOutputs: predict('PostModelOutputs', 'model'),
    PostWorkflowResults: predict('PostWorkflowResults', 'workflow'),
  });
  return server;
}
