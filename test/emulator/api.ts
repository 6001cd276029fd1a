// One API call, whichever front it came through: authenticate, authorize and find the target, check the inputs, answer.
import type { CredentialTable } from './credentials';
import { modelOutputs, singleModel, withRequestId, workflowResults, type RequestInput } from './responses';
import { authenticate, resolve, type CredentialSeen, type RequestedApp, type Target } from './rules';
import { BAD_REQUEST_FORMAT, INVALID_REQUEST, SUCCESS, type Outcome } from './status';

export type Rpc = 'PostModelOutputs' | 'PostWorkflowResults' | 'GetModel' | 'GetModelOutputInfo';

export interface Call {
  rpc: Rpc;
  /** The `authorization` header or metadata entry. */
  authorization: string | undefined;
  userAppId: RequestedApp;
  target: Target;
  /** The request's `inputs`, for the predict calls. */
  inputs?: unknown;
  /** Whether the request body could not be read (broken JSON); checked after the credential, as the API authenticates first. */
  unreadable?: boolean;
}

export interface Answer {
  credential: CredentialSeen;
  outcome: Outcome;
  /** The response message: a REST JSON body, or a gRPC response object. */
  body: object;
}

export function answer(call: Call, credentials: CredentialTable): Answer {
  const auth = authenticate(call.authorization, credentials);
  const fail = (outcome: Outcome): Answer => ({ credential: auth.seen, outcome, body: { status: withRequestId(outcome.status) } });
  if ('failure' in auth) return fail(auth.failure);
  if (call.unreadable) return fail(BAD_REQUEST_FORMAT('The request body is not a JSON object.'));
  const resolution = resolve(auth.credential, call.userAppId, call.target);
  if ('failure' in resolution) return fail(resolution.failure);

  const { app, resource } = resolution;
  const succeed = (body: object): Answer => ({ credential: auth.seen, outcome: SUCCESS(), body });
  if (call.rpc === 'GetModel' || call.rpc === 'GetModelOutputInfo') {
    // Only model routes map to these; a workflow target here would be a routing mistake.
    return resource.kind === 'model' ? succeed(singleModel(resource.model, resource.version, app)) : fail(INVALID_REQUEST());
  }
  const inputs = call.inputs;
  if (!Array.isArray(inputs) || inputs.length === 0) return fail(INVALID_REQUEST('The request has no inputs.'));
  return resource.kind === 'model'
    ? succeed(modelOutputs(resource.model, resource.version, app, inputs as RequestInput[]))
    : succeed(workflowResults(resource.workflow, app, inputs as RequestInput[]));
}
