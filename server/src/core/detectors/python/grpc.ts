// Python `clarifai_grpc`: V2 stub calls that take a model or workflow, their metadata and their request.
import type { Node } from '@vscode/tree-sitter-wasm';
import { grpcCallSite, grpcResource } from '../../clarifai/grpc';
import type { CallSite, ResourceKind } from '../../model';
import { knownText, type Value } from '../../values/value';
import { reach } from '../../values/reach';
import { calleeLabel, spanOf } from '../syntax';
import { importsUnder, type PythonContext } from './context';

export function detectGrpc(ctx: PythonContext): CallSite[] {
  if (!importsUnder(ctx, 'clarifai_grpc')) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    // Python stubs name methods as the proto does: `post_model_outputs` is some other object's method.
    const resource = method && /^[A-Z]/.test(method) ? grpcResource(method) : undefined;
    if (!fn || !method || !resource) continue;
    sites.push(grpcSite(ctx, node, fn, method, resource));
  }
  return sites;
}

function grpcSite(ctx: PythonContext, node: Node, fn: Node, method: string, resource: ResourceKind): CallSite {
  const call = ctx.ev.callValue(node);
  const request = call.args[0]?.() ?? call.kwarg('request');
  const metadata = call.kwarg('metadata') ?? call.args[1]?.();
  const authorization = authorizationEntry(metadata);
  return grpcCallSite({
    flavor: 'python-grpc',
    method,
    resource,
    callee: calleeLabel(fn),
    span: spanOf(fn),
    callSpan: spanOf(node),
    request,
    keywordMessages: true,
    requestAt: call.argSpans[0] ?? call.kwargSpan('request'),
    container: request?.kind === 'call' ? request.argsSpan : undefined,
    authorization,
    credential: authorization ? undefined : metadata,
    carrier: reach(call.kwargSpan('metadata') ?? call.argSpans[1], metadata),
  });
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
