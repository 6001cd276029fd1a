// Python `clarifai_grpc`: V2 stub calls that take a model or workflow, their metadata and their request.
import type { Node } from '@vscode/tree-sitter-wasm';
import { classifyCredential, parseAuthorization } from '../../clarifai/credential';
import { targetOf, userAppIdFrom } from '../../clarifai/target';
import type { CallSite, ResourceKind, UserAppId } from '../../model';
import { describe, field, fieldAt, knownText, type Value } from '../../values/value';
import { nested, reach } from '../../values/reach';
import { calleeLabel, spanOf } from '../syntax';
import { importsUnder, type PythonContext } from './context';

const RESOURCE_OF_METHOD: Readonly<Record<string, ResourceKind>> = {
  PostModelOutputs: 'model',
  GenerateModelOutputs: 'model',
  StreamModelOutputs: 'model',
  GetModel: 'model',
  GetModelOutputInfo: 'model',
  ListModelVersions: 'model',
  GetModelVersion: 'model',
  PostWorkflowResults: 'workflow',
  PostWorkflowResultsSimilarity: 'workflow',
  GetWorkflow: 'workflow',
  ListWorkflowVersions: 'workflow',
  GetWorkflowVersion: 'workflow',
};

export function detectGrpc(ctx: PythonContext): CallSite[] {
  if (!importsUnder(ctx, 'clarifai_grpc')) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    const resource = method ? RESOURCE_OF_METHOD[method] : undefined;
    if (!fn || !method || !resource) continue;
    sites.push(grpcSite(ctx, node, fn, method, resource));
  }
  return sites;
}

function grpcSite(ctx: PythonContext, node: Node, fn: Node, method: string, resource: ResourceKind): CallSite {
  const call = ctx.ev.callValue(node);
  const request = call.args[0]?.() ?? call.kwarg('request');
  const metadata = call.kwarg('metadata') ?? call.args[1]?.();
  const header = authorizationEntry(metadata);
  const carrier = reach(call.kwargSpan('metadata') ?? call.argSpans[1], metadata);
  const credential = header
    ? classifyCredential(parseAuthorization(header).credential, { span: header.span })
    : classifyCredential(metadata, { span: metadata?.span });
  const known = request?.kind === 'call';
  const ids = known ? field(request, 'user_app_id') : undefined;
  const userAppId: UserAppId = !known ? { state: 'runtime' } : ids ? ownerOf(ids) : { state: 'absent' };
  const idField = resource === 'model' ? 'model_id' : 'workflow_id';
  const target = targetOf({
    resource,
    id: known ? field(request, idField) : undefined,
    label: known ? undefined : `the ${resource} of request \`${(request && describe(request)) ?? '?'}\``,
    version: known ? field(request, 'version_id') : undefined,
    owner: userAppId,
    span: known ? request.kwargSpan(idField) : undefined,
  });
  return {
    flavor: 'python-grpc',
    endpoint: method,
    callee: calleeLabel(fn),
    span: spanOf(fn),
    callSpan: spanOf(node),
    credential,
    target,
    userAppId,
    places: {
      credential: header?.span,
      userAppId: ids?.span,
      container: known ? request.argsSpan : undefined,
      carrier,
      header: nested(header, carrier),
      request: reach(call.argSpans[0] ?? call.kwargSpan('request'), request),
      ids: known ? reach(fieldAt(request, 'user_app_id'), ids) : undefined,
    },
  };
}

function ownerOf(ids: Value): UserAppId {
  if (ids.kind === 'call') return userAppIdFrom(ids.kwarg('user_id') ?? ids.args[0]?.(), ids.kwarg('app_id') ?? ids.args[1]?.(), ids.span);
  return { state: 'runtime', span: ids.span };
}

/** The value paired with `authorization` in gRPC metadata: `(('authorization', 'Key ' + PAT),)`. */
function authorizationEntry(metadata: Value | undefined): Value | undefined {
  if (metadata?.kind !== 'list') return undefined;
  for (const item of metadata.items) {
    const pair = item();
    if (pair.kind !== 'list' || pair.items.length !== 2) continue;
    if (knownText(pair.items[0]!())?.toLowerCase() === 'authorization') return pair.items[1]!();
  }
  return undefined;
}
