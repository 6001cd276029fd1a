// `clarifai-go-grpc`: `client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{…})` on a V2Client, with the
// credential in the context's outgoing metadata (`metadata.AppendToOutgoingContext(ctx, "Authorization", "Key "+key)`,
// `metadata.NewOutgoingContext(ctx, md)`), followed through derived contexts to where it is set.
import type { Node } from '@vscode/tree-sitter-wasm';
import { grpcCallSite, grpcResource } from '../../clarifai/grpc';
import type { CallSite, ResourceKind } from '../../model';
import { reach } from '../../values/reach';
import { fieldIgnoreCase, knownText, memoize, objectOf, type Lazy, type ObjValue, type Value } from '../../values/value';
import { calleeLabel, namedArgs, spanOf } from '../syntax';
import { importsClarifaiApi, type GoContext } from './context';

const METADATA = 'google.golang.org/grpc/metadata';
/** Contexts derived from a parent keep its outgoing metadata. */
const DERIVED = new Set(['context.WithTimeout', 'context.WithCancel', 'context.WithDeadline', 'context.WithValue', 'context.WithoutCancel']);
const ROOTS = new Set(['context.Background', 'context.TODO']);
/** How far a chain of derived contexts is followed. */
const MAX_CHAIN = 12;

/** The V2 calls that reach a model or workflow, in a file that imports the Clarifai API package. */
export function detectGrpc(ctx: GoContext): CallSite[] {
  if (!importsClarifaiApi(ctx)) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    const method = fn?.type === 'selector_expression' ? fn.childForFieldName('field')?.text : undefined;
    // Generated Go clients name methods as the proto does, and take a context and a request.
    const resource = method && /^[A-Z]/.test(method) ? grpcResource(method) : undefined;
    if (!fn || !method || !resource || namedArgs(node.childForFieldName('arguments')).length < 2) continue;
    sites.push(grpcSite(ctx, node, fn, method, resource));
  }
  return sites;
}

function grpcSite(ctx: GoContext, node: Node, fn: Node, method: string, resource: ResourceKind): CallSite {
  const call = ctx.ev.callValue(node);
  const context = call.args[0]!();
  const request = protoMessage(call.args[1]!());
  const outgoing = outgoingAuthorization(context);
  return grpcCallSite({
    flavor: 'go-grpc',
    method,
    resource,
    callee: calleeLabel(fn),
    span: spanOf(fn),
    callSpan: spanOf(node),
    request,
    requestAt: call.argSpans[1],
    container: request?.kind === 'obj' ? ctx.ev.bodyOf(request) : undefined,
    authorization: outgoing.authorization,
    credential: outgoing.authorization ? undefined : outgoing.carrier,
    // The contexts and metadata on the way to the credential are the carrier's too: another call may share any of them.
    carrier: reach(call.argSpans[0], context, outgoing.via),
  });
}

/**
 * The `Key …` value a context sends as `authorization` metadata; otherwise the context or metadata we could not see
 * into (a parameter, a helper's result), or nothing for a context that carries no metadata at all.
 */
function outgoingAuthorization(context: Value): { authorization?: Value; carrier?: Value; via: string[] } {
  let value = context;
  const via: string[] = [];
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    if (depth > 0) via.push(...value.names);
    if (value.kind !== 'call') return { carrier: value, via };
    if (ROOTS.has(value.callee)) return { via };
    if (value.callee === `${METADATA}.AppendToOutgoingContext`) {
      const pairs = value.args.slice(1).map((a) => a());
      // A key appended later is read after the earlier ones; authorization is looked for from the end.
      for (let i = pairs.length - 2; i >= 0; i -= 2) if (knownText(pairs[i])?.toLowerCase() === 'authorization') return { authorization: pairs[i + 1], via };
    } else if (value.callee === `${METADATA}.NewOutgoingContext`) {
      const md = value.args[1]?.();
      const entries = md && metadataEntries(md);
      if (!entries) return { carrier: md, via };
      via.push(...md.names);
      const authorization = fieldIgnoreCase(entries, 'authorization');
      return authorization ? { authorization: firstValue(authorization), via } : { via };
    } else if (!DERIVED.has(value.callee)) return { carrier: value, via };
    const parent = value.args[0]?.();
    if (!parent) return { carrier: value, via };
    value = parent;
  }
  return { carrier: value, via };
}

/** `metadata.Pairs(k, v, …)`, `metadata.New(map[string]string{…})`, `metadata.MD{…}`, with later `md.Set(k, v)` folded in. */
export function metadataEntries(md: Value): ObjValue | undefined {
  if (md.kind === 'obj') return md;
  if (md.kind !== 'call') return undefined;
  const entries = new Map<string, Lazy<Value>>();
  if (md.callee === `${METADATA}.Pairs`) {
    for (let i = 0; i + 1 < md.args.length; i += 2) {
      const key = knownText(md.args[i]!());
      const value = md.args[i + 1]!;
      if (key === undefined) return undefined;
      entries.set(key, value);
    }
  } else if (md.callee === `${METADATA}.New`) {
    const initial = md.args[0]?.();
    if (initial?.kind !== 'obj') return undefined;
    for (const key of initial.keys) entries.set(key, () => initial.get(key)!);
  } else return undefined;
  for (const key of md.kwargNames) entries.set(key, memoize(() => md.kwarg(key)!));
  return { ...objectOf(entries, false, md.span), names: md.names };
}

/** A header or metadata value given as a list (`[]string{"Key …"}`, `{"Key …"}`) is its first item. */
export function firstValue(value: Value): Value {
  return value.kind === 'list' && value.items[0] ? value.items[0]() : value;
}

/** A request struct read with the proto's field names: `UserAppId` as `user_app_id`, inside nested messages too. */
function protoMessage(value: Value): Value {
  if (value.kind !== 'obj') return value;
  const goName = (key: string) => key.replace(/(?:^|_)([a-z])/g, (_, c: string) => c.toUpperCase());
  const protoName = (key: string) => key.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
  return {
    ...value,
    keys: value.keys.map(protoName),
    get: (key) => {
      const found = value.get(goName(key));
      return found && protoMessage(found);
    },
    at: (key) => value.at?.(goName(key)),
  };
}
