// Reads Clarifai gRPC calls in any client language: which V2 methods take a model or workflow, and the call site of
// one from its request message and the credential it sends. Detectors resolve the request into a value whose fields
// carry the proto's names (`model_id`, `user_app_id`; the camelCase and PascalCase spellings generated code uses are
// read too).
import type { CallSite, ClientFlavor, Reach, ResourceKind, Span, UserAppId } from '../model';
import { nested, reach } from '../values/reach';
import { describe, field, fieldAt, type Value } from '../values/value';
import { classifyCredential, parseAuthorization } from './credential';
import { targetOf, userAppIdFrom } from './target';

const RESOURCE_OF_METHOD: Readonly<Record<string, ResourceKind>> = {
  postmodeloutputs: 'model',
  generatemodeloutputs: 'model',
  streammodeloutputs: 'model',
  getmodel: 'model',
  getmodeloutputinfo: 'model',
  listmodelversions: 'model',
  getmodelversion: 'model',
  postworkflowresults: 'workflow',
  postworkflowresultssimilarity: 'workflow',
  getworkflow: 'workflow',
  listworkflowversions: 'workflow',
  getworkflowversion: 'workflow',
};

/**
 * The resource a V2 method reaches, by its name in any spelling (`PostModelOutputs`, `postModelOutputs`,
 * `PostModelOutputsAsync`, `post_model_outputs`); undefined for methods that reach neither.
 */
export function grpcResource(method: string): ResourceKind | undefined {
  return RESOURCE_OF_METHOD[method.replace(/_/g, '').replace(/Async$/, '').toLowerCase()];
}

export interface GrpcCall {
  flavor: ClientFlavor;
  method: string;
  resource: ResourceKind;
  callee: string;
  /** The callee, which a diagnostic marks. */
  span: Span;
  callSpan: Span;
  /**
   * The request message as an object of its fields; anything else (a parameter, a helper's result) means the
   * target is only known at run time.
   */
  request: Value | undefined;
  /** Messages are constructor calls whose keyword arguments are their fields (Python's protobuf classes). */
  keywordMessages?: boolean;
  /** Where the call writes the request. */
  requestAt?: Span;
  /** Where a missing user_app_id is added: the request literal's braces or argument list. */
  container?: Span;
  /** The `Key …` authorization value the call sends, when it is found in metadata or headers. */
  authorization?: Value;
  /** Otherwise the credential itself (`new ClarifaiCallCredentials(key)`), or the carrier we could not see into. */
  credential?: Value;
  /** The argument or binding that carries the credential (metadata, a context, call options). */
  carrier?: Reach;
}

/** Whether a message's fields are known (an object, or a keyword constructor), not only at run time. */
function knownMessage(message: Value | undefined, keywordMessages: boolean): message is Value {
  return message?.kind === 'obj' || (keywordMessages && message?.kind === 'call');
}

export function grpcCallSite(call: GrpcCall): CallSite {
  const { request, resource, authorization } = call;
  const credential = authorization
    ? classifyCredential(parseAuthorization(authorization).credential, { span: authorization.span })
    : classifyCredential(call.credential, { span: call.credential?.span });
  const keywords = call.keywordMessages ?? false;
  const known = knownMessage(request, keywords);
  const ids = known ? field(request, 'user_app_id', 'userAppId', 'UserAppId') : undefined;
  const userAppId: UserAppId = !known ? { state: 'runtime' } : ids ? ownerOf(ids, keywords) : { state: 'absent' };
  const idKeys = resource === 'model' ? ['model_id', 'modelId', 'ModelId'] : ['workflow_id', 'workflowId', 'WorkflowId'];
  const id = known ? field(request, ...idKeys) : undefined;
  return {
    flavor: call.flavor,
    endpoint: call.method,
    callee: call.callee,
    span: call.span,
    callSpan: call.callSpan,
    credential,
    target: targetOf({
      resource,
      id,
      version: known ? field(request, 'version_id', 'versionId', 'VersionId') : undefined,
      label: known ? undefined : `the ${resource} of request \`${(request && describe(request)) ?? '?'}\``,
      owner: userAppId,
      span: id?.span,
    }),
    userAppId,
    places: {
      credential: authorization?.span,
      userAppId: ids?.span,
      container: known ? call.container : undefined,
      carrier: call.carrier,
      header: nested(authorization, call.carrier),
      request: reach(call.requestAt, request),
      ids: known ? reach(fieldAt(request, 'user_app_id', 'userAppId', 'UserAppId'), ids) : undefined,
    },
  };
}

/** The owner a user_app_id message names with its `user_id` and `app_id` fields. */
function ownerOf(ids: Value, keywordMessages: boolean): UserAppId {
  if (ids.kind === 'obj') return userAppIdFrom(field(ids, 'user_id', 'userId', 'UserId'), field(ids, 'app_id', 'appId', 'AppId'), ids.span);
  if (keywordMessages && ids.kind === 'call') return userAppIdFrom(field(ids, 'user_id', 'UserId') ?? ids.args[0]?.(), field(ids, 'app_id', 'AppId') ?? ids.args[1]?.(), ids.span);
  return { state: 'runtime', span: ids.span };
}
