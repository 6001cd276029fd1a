// ClarifaiGrpc: `client.PostModelOutputs(request, metadata)` on a `V2.V2Client`, also `…Async`, with the request
// built in an object initializer or by property sets, and metadata given directly, as `headers:` or in CallOptions.
import type { Node } from '@vscode/tree-sitter-wasm';
import { grpcCallSite, grpcResource } from '../../clarifai/grpc';
import type { CallSite, ResourceKind } from '../../model';
import { reach } from '../../values/reach';
import { unknown, type CallValue, type Value } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import { createdAs, entryIgnoreCase, initializerSpan, simpleTypeName, usesNamespace, type CSharpContext } from './context';

/** The V2 client calls of a file that uses Clarifai.Api and reach a model or workflow. */
export function detectGrpc(ctx: CSharpContext): CallSite[] {
  if (!usesNamespace(ctx, 'Clarifai.Api')) return [];
  const sites: CallSite[] = [];
  for (const { node, fn, method, receiver } of ctx.methodCalls) {
    // The stubs name methods as the proto does: `postModelOutputs` is some other object's method.
    const resource = /^[A-Z]/.test(method) ? grpcResource(method) : undefined;
    if (!resource) continue;
    const call = ctx.ev.callValue(node);
    const request = call.args[0]?.() ?? call.kwarg('request');
    if (isV2Client(ctx, receiver, request, method)) sites.push(grpcSite(ctx, node, fn, call, request, method, resource));
  }
  return sites;
}

/**
 * A V2 client: created as one or declared as one; a receiver whose type the file does not show counts when the
 * request is the method's own message (`PostModelOutputs(new PostModelOutputsRequest { … })`).
 */
function isV2Client(ctx: CSharpContext, receiver: Node, request: Value | undefined, method: string): boolean {
  const type = simpleTypeName(ctx.ev.typeOf(receiver));
  if (type !== undefined) return type === 'V2Client';
  return createdAs(request, `${method.replace(/Async$/, '')}Request`) !== undefined;
}

/** The call site of a V2 method given `written` as its request. */
function grpcSite(ctx: CSharpContext, node: Node, fn: Node, call: CallValue, written: Value | undefined, method: string, resource: ResourceKind): CallSite {
  // A request built by a helper's call is only known at run time; one created here is read member by member.
  const request: Value | undefined = written?.kind === 'call' && !written.construct ? unknown(`${written.callee}(…)`, written.span) : written;
  const { metadata, at, outer } = metadataOf(call);
  const authorization = entryIgnoreCase(metadata, 'authorization');
  return grpcCallSite({
    flavor: 'csharp-grpc',
    method,
    resource,
    callee: calleeLabel(fn),
    span: spanOf(fn),
    callSpan: spanOf(node),
    request,
    keywordMessages: true,
    requestAt: call.argSpans[0] ?? call.kwargSpan('request'),
    container: initializerSpan(ctx, request),
    authorization,
    credential: authorization ? undefined : metadata,
    carrier: reach(at, metadata, outer),
  });
}

/**
 * The metadata a call sends: its second argument (or `headers:`), or the headers of the CallOptions it is given;
 * `outer` names the CallOptions binding it came through.
 */
function metadataOf(call: CallValue): { metadata?: Value; at?: { start: number; end: number }; outer: readonly string[] } {
  const given = call.kwarg('headers') ?? call.kwarg('options') ?? call.args[1]?.();
  const at = call.kwargSpan('headers') ?? call.kwargSpan('options') ?? call.argSpans[1];
  const options = createdAs(given, 'CallOptions');
  if (options) {
    return { metadata: options.kwarg('headers') ?? options.args[0]?.(), at: options.kwargSpan('headers') ?? options.argSpans[0], outer: options.names };
  }
  return { metadata: given, at, outer: [] };
}
