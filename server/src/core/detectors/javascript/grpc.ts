// `clarifai-nodejs-grpc`: `stub.PostModelOutputs(request, metadata, cb)` with `metadata.set("authorization", "Key " + PAT)`,
// requests as plain objects (snake_case, or camelCase from ts-proto) or as static protobuf messages with setters.
import type { Node } from '@vscode/tree-sitter-wasm';
import { classifyCredential, parseAuthorization } from '../../clarifai/credential';
import { targetOf, userAppIdFrom } from '../../clarifai/target';
import type { CallSite, ResourceKind, UserAppId } from '../../model';
import { describe, field, fieldAt, fieldIgnoreCase, type Value } from '../../values/value';
import { nested, reach } from '../../values/reach';
import { calleeLabel, spanOf } from '../syntax';
import { importsPackage, type JavaScriptContext } from './context';
import { withMethodSets } from './methodSets';

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

export function detectGrpc(ctx: JavaScriptContext): CallSite[] {
  if (!usesClarifaiProtos(ctx)) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    if (node.type !== 'call_expression' || fn?.type !== 'member_expression') continue;
    const method = fn.childForFieldName('property')?.text ?? '';
    const resource = RESOURCE_OF_METHOD[method.toLowerCase()];
    if (!resource) continue;
    sites.push(grpcSite(ctx, node, fn, method, resource));
  }
  return sites;
}

function grpcSite(ctx: JavaScriptContext, node: Node, fn: Node, method: string, resource: ResourceKind): CallSite {
  const call = ctx.ev.callValue(node);
  const request = withMethodSets(ctx, call.args[0]?.(), node.startIndex);
  const metadata = withMethodSets(ctx, call.args[1]?.(), node.startIndex);
  const header = fieldIgnoreCase(metadata, 'authorization');
  const carrier = reach(call.argSpans[1], metadata);
  const credential = header
    ? classifyCredential(parseAuthorization(header).credential, { span: header.span })
    : classifyCredential(metadata?.kind === 'obj' ? undefined : metadata, { span: metadata?.span });
  const known = request?.kind === 'obj';
  const ids = known ? field(request, 'user_app_id', 'userAppId') : undefined;
  const userAppId: UserAppId = !known ? { state: 'runtime' } : ids ? ownerOf(ids) : { state: 'absent' };
  const idKeys = resource === 'model' ? ['model_id', 'modelId'] : ['workflow_id', 'workflowId'];
  const id = known ? field(request, ...idKeys) : undefined;
  return {
    flavor: 'js-grpc',
    endpoint: method,
    callee: calleeLabel(fn),
    span: spanOf(fn),
    callSpan: spanOf(node),
    credential,
    target: targetOf({
      resource,
      id,
      version: known ? field(request, 'version_id', 'versionId') : undefined,
      label: known ? undefined : `the ${resource} of request \`${(request && describe(request)) ?? '?'}\``,
      owner: userAppId,
      span: id?.span,
    }),
    userAppId,
    places: {
      credential: header?.span,
      userAppId: ids?.span,
      container: known && request.span && ctx.text[request.span.start] === '{' ? request.span : undefined,
      carrier,
      header: nested(header, carrier),
      request: reach(call.argSpans[0], request),
      ids: known ? reach(fieldAt(request, 'user_app_id', 'userAppId'), ids) : undefined,
    },
  };
}

/** The Clarifai gRPC packages, or protos generated from Clarifai's API (`…/clarifai/api/service`, as ts-proto writes them). */
function usesClarifaiProtos(ctx: JavaScriptContext): boolean {
  if (importsPackage(ctx, 'clarifai-nodejs-grpc') || importsPackage(ctx, 'clarifai-web-grpc')) return true;
  for (const m of ctx.modules) if (/(^|\/)clarifai\/api\//.test(m)) return true;
  return false;
}

function ownerOf(ids: Value): UserAppId {
  if (ids.kind === 'obj') return userAppIdFrom(field(ids, 'user_id', 'userId'), field(ids, 'app_id', 'appId'), ids.span);
  return { state: 'runtime', span: ids.span };
}
