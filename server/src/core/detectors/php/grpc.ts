// clarifai-php-grpc: `$client->PostModelOutputs(new PostModelOutputsRequest([...]), $metadata)->wait()`, requests as
// arrays of fields or built with setters, and metadata `['Authorization' => ['Key ' . $PAT]]`.
import type { Node } from '@vscode/tree-sitter-wasm';
import { grpcCallSite, grpcResource } from '../../clarifai/grpc';
import type { CallSite, ResourceKind, Span } from '../../model';
import { reach } from '../../values/reach';
import { describe, fieldIgnoreCase, unknown, type Value } from '../../values/value';
import { spanOf } from '../syntax';
import { calleeOf, methodName, usesClasses, type PhpContext } from './context';

const MEMBER_CALLS = new Set(['member_call_expression', 'nullsafe_member_call_expression']);
/**
 * The gRPC client's namespaces. The deprecated client lives in `Clarifai\API`: PHP ignores the case of names, but
 * composer's autoloader does not, so the spelling tells the two libraries apart.
 */
const GRPC_CLASSES = /^Clarifai\\(?:Api(?:\\|$)|ClarifaiClient$)/;

export function detectGrpc(ctx: PhpContext): CallSite[] {
  if (!usesGrpcClient(ctx)) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const method = MEMBER_CALLS.has(node.type) ? methodName(node) : undefined;
    // The generated V2Client names its methods as the proto does.
    const resource = method && /^[A-Z]/.test(method) ? grpcResource(method) : undefined;
    if (!method || !resource) continue;
    sites.push(grpcSite(ctx, node, method, resource));
  }
  return sites;
}

function grpcSite(ctx: PhpContext, node: Node, method: string, resource: ResourceKind): CallSite {
  const call = ctx.ev.callValue(node);
  const given = call.args[0]?.() ?? call.kwarg('argument');
  // A request from a helper's call is only known at run time; messages are `new` with their fields.
  const request = given?.kind === 'call' && !given.construct ? { ...unknown(describe(given) ?? 'the request', given.span), names: given.names } : given;
  const metadata = call.args[1]?.() ?? call.kwarg('metadata');
  const authorization = authorizationOf(metadata);
  const callee = calleeOf(node);
  return grpcCallSite({
    flavor: 'php-grpc',
    method,
    resource,
    callee: callee.label,
    span: callee.span,
    callSpan: spanOf(node),
    request,
    keywordMessages: true,
    requestAt: call.argSpans[0] ?? call.kwargSpan('argument'),
    container: request?.kind === 'call' ? fieldsArray(ctx.text, request.argSpans[0]) : undefined,
    authorization,
    credential: authorization ? undefined : metadata,
    carrier: reach(call.argSpans[1] ?? call.kwargSpan('metadata'), metadata),
  });
}

/** The value of the `Authorization` entry of gRPC metadata, whose values are lists: `['Authorization' => ['Key …']]`. */
function authorizationOf(metadata: Value | undefined): Value | undefined {
  const entry = fieldIgnoreCase(metadata, 'authorization');
  if (entry?.kind !== 'obj') return entry;
  const first = entry.keys[0];
  return first === undefined ? undefined : entry.get(first);
}

/** The brackets of a message's array of fields written at `new` (`[…]`, or the parentheses of `array(…)`). */
export function fieldsArray(text: string, at: Span | undefined): Span | undefined {
  if (!at) return undefined;
  if (text[at.start] === '[') return at;
  const open = /^array\s*\(/i.exec(text.slice(at.start, at.end));
  return open ? { start: at.start + open[0].length - 1, end: at.end } : undefined;
}

/** The gRPC client imported, or one of its classes written with its full name. */
function usesGrpcClient(ctx: PhpContext): boolean {
  return usesClasses(ctx, GRPC_CLASSES);
}
