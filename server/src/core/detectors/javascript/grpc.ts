// `clarifai-nodejs-grpc`: `stub.PostModelOutputs(request, metadata, cb)` with `metadata.set("authorization", "Key " + PAT)`,
// requests as plain objects (snake_case, or camelCase from ts-proto) or as static protobuf messages with setters.
import type { Node } from '@vscode/tree-sitter-wasm';
import { grpcCallSite, grpcResource } from '../../clarifai/grpc';
import type { CallSite, ResourceKind } from '../../model';
import { fieldIgnoreCase } from '../../values/value';
import { reach } from '../../values/reach';
import { calleeLabel, spanOf } from '../syntax';
import { importsPackage, type JavaScriptContext } from './context';
import { withMethodSets } from './methodSets';

export function detectGrpc(ctx: JavaScriptContext): CallSite[] {
  if (!usesClarifaiProtos(ctx)) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    if (node.type !== 'call_expression' || fn?.type !== 'member_expression') continue;
    const method = fn.childForFieldName('property')?.text ?? '';
    const resource = grpcResource(method);
    if (!resource) continue;
    sites.push(grpcSite(ctx, node, fn, method, resource));
  }
  return sites;
}

function grpcSite(ctx: JavaScriptContext, node: Node, fn: Node, method: string, resource: ResourceKind): CallSite {
  const call = ctx.ev.callValue(node);
  const request = withMethodSets(ctx, call.args[0]?.(), node.startIndex);
  const metadata = withMethodSets(ctx, call.args[1]?.(), node.startIndex);
  const authorization = fieldIgnoreCase(metadata, 'authorization');
  return grpcCallSite({
    flavor: 'js-grpc',
    method,
    resource,
    callee: calleeLabel(fn),
    span: spanOf(fn),
    callSpan: spanOf(node),
    request,
    requestAt: call.argSpans[0],
    container: request?.kind === 'obj' && request.span && ctx.text[request.span.start] === '{' ? request.span : undefined,
    authorization,
    credential: authorization || metadata?.kind === 'obj' ? undefined : metadata,
    carrier: reach(call.argSpans[1], metadata),
  });
}

/** The Clarifai gRPC packages, or protos generated from Clarifai's API (`…/clarifai/api/service`, as ts-proto writes them). */
function usesClarifaiProtos(ctx: JavaScriptContext): boolean {
  if (importsPackage(ctx, 'clarifai-nodejs-grpc') || importsPackage(ctx, 'clarifai-web-grpc')) return true;
  for (const m of ctx.modules) if (/(^|\/)clarifai\/api\//.test(m)) return true;
  return false;
}
