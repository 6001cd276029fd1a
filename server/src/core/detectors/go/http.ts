// Go `net/http` requests to api.clarifai.com: `http.NewRequest(method, url, body)` sent with `client.Do(req)`, its
// headers set with `req.Header.Set(…)`/`Add(…)`, `req.Header[…] = …` or `req.Header = http.Header{…}`, and the
// `http.Post`/`http.Get` shorthands (which send no credential). Bodies are read through `bytes.NewBuffer`,
// `json.Marshal` of maps and tagged structs, and JSON written in a string.
import type { Node } from '@vscode/tree-sitter-wasm';
import { jsonValue } from '../../clarifai/jsonBody';
import { foreignHost, mayHaveClarifaiUrl, restCallSite, type RestCall } from '../../clarifai/rest';
import type { CallSite, Reach, Span } from '../../model';
import { reach } from '../../values/reach';
import { knownText, memoize, objectOf, type CallValue, type Lazy, type Value } from '../../values/value';
import { calleeLabel, namedArgs, spanOf } from '../syntax';
import type { GoContext } from './context';
import { firstValue } from './grpc';

const NEW_REQUEST = new Set(['net/http.NewRequest', 'net/http.NewRequestWithContext']);
/** `http.Post(url, contentType, body)` and its siblings, on the package or on a client. */
const SHORTHANDS: Readonly<Record<string, string>> = { Get: 'GET', Head: 'HEAD', Post: 'POST', PostForm: 'POST' };
const CLIENT = /^net\/http\.(?:DefaultClient|Client)$/;

/** Clarifai REST calls, and the header values of requests to other hosts (whose `Key …` values are not Clarifai's). */
export function detectHttp(ctx: GoContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  if (!mayHaveClarifaiUrl(ctx.text) && !ctx.secretShaped) return { sites, foreignHeaders };
  const sent = new Set<number>();
  const requests: RestCall[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    const method = fn?.type === 'selector_expression' ? fn.childForFieldName('field')?.text : undefined;
    if (!fn || !method) continue;
    const args = namedArgs(node.childForFieldName('arguments'));
    if (method === 'Do' && args.length === 1) {
      const request = ctx.ev.eval(args[0]);
      if (request.kind !== 'call' || !NEW_REQUEST.has(request.callee) || !request.span) continue;
      sent.add(request.span.start);
      requests.push(newRequest(ctx, request, args[0]!.type === 'identifier' ? args[0]!.text : undefined, fn, node, node));
    } else if (Object.hasOwn(SHORTHANDS, method)) {
      const shorthand = shorthandCall(ctx, ctx.ev.callValue(node), method, fn, node);
      if (shorthand) requests.push(shorthand);
    }
  }
  // A request built here and sent elsewhere (returned by a helper) is read with every header its function sets.
  for (const node of ctx.calls) {
    if (sent.has(node.startIndex) || !NEW_REQUEST.has(ctx.ev.qualify(node.childForFieldName('function') ?? node))) continue;
    const end = functionEnd(node);
    const name = boundName(node);
    if (end) requests.push(newRequest(ctx, ctx.ev.callValue(node), name, node.childForFieldName('function')!, node, end));
  }
  for (const request of requests) {
    const site = restCallSite(request);
    if (site) sites.push(site);
    else if (foreignHost(request.url) && request.written?.header) foreignHeaders.push(request.written.header.at);
  }
  return { sites, foreignHeaders };
}

/** `http.NewRequest(method, url, body)` as sent by `send` (a `Do` call, or the request itself), headers as seen from `ref`. */
function newRequest(ctx: GoContext, request: CallValue, name: string | undefined, fn: Node, send: Node, ref: Node): RestCall {
  const offset = request.callee.endsWith('WithContext') ? 1 : 0;
  const url = request.args[offset + 1]?.() ?? request;
  const body = bodyValue(request.args[offset + 2]?.());
  const headers = requestHeaders(ctx, request, name, ref);
  return {
    flavor: 'go-http',
    callee: calleeLabel(fn),
    method: methodOf(request.args[offset]?.()) ?? 'GET',
    url,
    headers: headers.value,
    body: withoutSpan(body),
    span: spanOf(fn),
    callSpan: spanOf(send),
    bodySpan: body?.span,
    written: { url: reach(request.argSpans[offset + 1], url), header: headers.authorization, body: reach(request.argSpans[offset + 2], body) },
  };
}

/** `http.Post(url, contentType, body)`, `client.Get(url)`: no headers of their own. */
function shorthandCall(ctx: GoContext, call: CallValue, method: string, fn: Node, node: Node): RestCall | undefined {
  const onPackage = call.callee === `net/http.${method}`;
  const receiver = call.receiver?.();
  // `http.DefaultClient`, or a client written as `&http.Client{…}`.
  const source = receiver?.kind === 'obj' && receiver.span ? ctx.text.slice(receiver.span.start, receiver.span.start + 13) : '';
  const onClient = receiver?.kind === 'module' ? CLIENT.test(receiver.path) : source.startsWith('&http.Client{') || source.startsWith('http.Client{');
  if (!onPackage && !onClient) return undefined;
  const url = call.args[0]?.();
  if (!url) return undefined;
  const body = method === 'Post' ? bodyValue(call.args[2]?.()) : undefined;
  return {
    flavor: 'go-http',
    callee: calleeLabel(fn),
    method: SHORTHANDS[method]!,
    url,
    body: withoutSpan(body),
    span: spanOf(fn),
    callSpan: spanOf(node),
    bodySpan: body?.span,
    written: { url: reach(call.argSpans[0], url), body: reach(call.argSpans[2], body) },
  };
}

/**
 * The request's headers: an `http.Header` assigned to `req.Header`, then the keys set on it (`Set`, `Add`, `[k] =`),
 * later ones winning; and where the Authorization value is written.
 */
function requestHeaders(ctx: GoContext, request: CallValue, name: string | undefined, ref: Node): { value?: Value; authorization?: Reach } {
  const assigned = request.kwarg('Header');
  const sets = name ? ctx.ev.keySets(`${name}.Header`, ref) : [];
  if (!assigned && sets.length === 0) return {};
  const entries = new Map<string, Lazy<Value>>();
  let open = false;
  let authorization: Reach | undefined;
  if (assigned?.kind === 'obj') {
    for (const key of assigned.keys) entries.set(key, () => firstValue(assigned.get(key)!));
    open = assigned.open;
    const key = assigned.keys.find((k) => k.toLowerCase() === 'authorization');
    const at = key !== undefined ? assigned.at?.(key) : undefined;
    if (key !== undefined && at) authorization = written(ctx, at, firstValue(assigned.get(key)!));
  } else if (assigned) open = true;
  for (const set of sets) {
    const value = memoize(() => firstValue(ctx.ev.eval(set.node)));
    entries.set(set.prop!, value);
    if (set.prop!.toLowerCase() === 'authorization') authorization = written(ctx, spanOf(set.node), value());
  }
  return { value: objectOf(entries, open), authorization };
}

/** Where a header value is written: the expression itself, or the first element of a `[]string{…}` written there. */
function written(ctx: GoContext, at: Span, value: Value): Reach {
  const node = ctx.index.root.node.descendantForIndex(at.start, at.end);
  const list = node && (node.type === 'composite_literal' ? node.childForFieldName('body') : node.type === 'literal_value' ? node : undefined);
  const element = list ? namedArgs(namedArgs(list)[0])[0] : undefined;
  const where = element ? spanOf(element) : at;
  return { at: where, definition: value.span ?? where, via: value.names };
}

/** The JSON a body carries: an object (a map or tagged struct, marshalled), or JSON text in a string. */
function bodyValue(body: Value | undefined): Value | undefined {
  if (body?.kind !== 'str') return body;
  return jsonValue(body) ?? body;
}

/**
 * The body without where it is written: a user_app_id cannot be added to a Go map or struct the way a JSON object
 * takes one (its values need their types), so the owner goes into the URL path instead.
 */
function withoutSpan(body: Value | undefined): Value | undefined {
  return body && { ...body, span: undefined };
}

/** `"POST"`, `http.MethodPost`. */
function methodOf(value: Value | undefined): string | undefined {
  if (value?.kind === 'module') return /^net\/http\.Method([A-Z][a-z]+)$/.exec(value.path)?.[1]?.toUpperCase();
  return knownText(value)?.toUpperCase();
}

/** The variable a call's result is bound to (`req, err := http.NewRequest(…)`). */
function boundName(call: Node): string | undefined {
  const list = call.parent;
  const statement = list?.parent;
  if (list?.type !== 'expression_list' || !statement || !/^(?:short_var_declaration|assignment_statement)$/.test(statement.type)) return undefined;
  const first = namedArgs(statement.childForFieldName('left'))[0];
  return first?.type === 'identifier' ? first.text : undefined;
}

/** The closing brace of the function around a node: every header its statements set is seen from there. */
function functionEnd(node: Node): Node | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'function_declaration' || n.type === 'method_declaration' || n.type === 'func_literal') {
      const body = n.childForFieldName('body');
      return body?.child(body.childCount - 1) ?? undefined;
    }
  }
  return undefined;
}
