// Faraday: a connection from `Faraday.new(url: …, headers: …)` (its headers set later too), and its requests
// `conn.post(path, body, headers)` or `conn.post(path) { |req| req.headers[…] = …; req.body = … }`; `Faraday.post(url, …)`.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { RestCall } from '../../clarifai/rest';
import type { Reach } from '../../model';
import { reach } from '../../values/reach';
import { field, fieldIgnoreCase, mergeObjects, type CallValue, type Value } from '../../values/value';
import { namedArgs } from '../syntax';
import { blockEnd, methodOf, parenthesisedArgs, type RubyContext } from './context';
import { compactPath, isPath } from './evaluator';
import { rubyRequest } from './request';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const WITH_BODY = new Set(['post', 'put', 'patch']);

/** A Faraday request, read with its connection's URL and headers; undefined for any other call. */
export function faradayCall(ctx: RubyContext, node: Node, call: CallValue): RestCall | undefined {
  const method = methodOf(node);
  const receiver = node.childForFieldName('receiver');
  if (!VERBS.has(method) || !receiver) return undefined;
  if (call.callee === `Faraday.${method}`) return request(ctx, node, call, method, undefined);
  const connection = ctx.ev.eval(receiver);
  if (connection.kind !== 'call' || connection.callee !== 'Faraday.new') return undefined;
  return request(ctx, node, call, method, { connection, path: isPath(receiver) ? compactPath(receiver) : undefined });
}

interface Connection {
  connection: CallValue;
  /** How the call names the connection, for headers set on it later (`conn.headers["Authorization"] = …`). */
  path?: string;
}

function request(ctx: RubyContext, node: Node, call: CallValue, method: string, conn: Connection | undefined): RestCall | undefined {
  const block = requestBlock(ctx, node);
  const url = call.args[0]?.() ?? block?.url;
  if (!url) return undefined;
  // `post(url, body, headers)`, `get(url, params, headers)`.
  const headerAt = 2;
  const own = call.args[headerAt]?.();
  const body = (WITH_BODY.has(method) ? call.args[1]?.() : undefined) ?? block?.body;
  const shared = conn ? connectionHeaders(ctx, node, conn) : undefined;
  const blockAuthorization = fieldIgnoreCase(block?.headers, 'authorization');
  const args = parenthesisedArgs(node);
  return rubyRequest(node, {
    method,
    url,
    baseUrl: conn ? field(conn.connection.args[0]?.(), 'url') ?? conn.connection.args[0]?.() : undefined,
    headers: mergeObjects(shared, own, block?.headers),
    body,
    written: {
      url: call.args[0] ? reach(call.argSpans[0], url) : block?.urlAt,
      headers: shared || blockAuthorization ? undefined : reach(call.argSpans[headerAt], own),
      header: blockAuthorization?.span ? { at: blockAuthorization.span, definition: blockAuthorization.span, via: blockAuthorization.names } : undefined,
      body: call.args[1] && WITH_BODY.has(method) ? reach(call.argSpans[1], body) : block?.bodyAt,
      // A connection's headers are shared by its other requests: the call can give its own as its headers argument.
      headerSlot: shared && !own && !blockAuthorization && args ? { form: 'config', args, position: headerAt, count: call.argSpans.length } : undefined,
    },
  });
}

/** The connection's headers: given to `Faraday.new`, set in its builder block, or set on it afterwards. */
function connectionHeaders(ctx: RubyContext, node: Node, conn: Connection): Value | undefined {
  const options = conn.connection.args.map((a) => a()).find((a) => a.kind === 'obj');
  const later = conn.path ? ctx.ev.propertiesOf(`${conn.path}.headers`, node) : undefined;
  return mergeObjects(field(options, 'headers'), builderHeaders(ctx, conn.connection), later);
}

/** `Faraday.new(…) do |f| f.headers["Authorization"] = … end`. */
function builderHeaders(ctx: RubyContext, connection: CallValue): Value | undefined {
  const opener = ctx.calls.find((c) => c.startIndex === connection.span?.start && c.endIndex === connection.span.end);
  const block = opener?.childForFieldName('block');
  const param = namedArgs(block?.childForFieldName('parameters'))[0];
  return block && param?.type === 'identifier' ? ctx.ev.propertiesOf(`${param.text}.headers`, blockEnd(block)) : undefined;
}

interface RequestBlock {
  url?: Value;
  urlAt?: Reach;
  headers?: Value;
  body?: Value;
  bodyAt?: Reach;
}

/** What `do |req| … end` sets on the request: `req.url "…"`, `req.headers[…] = …`, `req.body = …`. */
function requestBlock(ctx: RubyContext, node: Node): RequestBlock | undefined {
  const block = node.childForFieldName('block');
  const param = namedArgs(block?.childForFieldName('parameters'))[0];
  const body = block?.childForFieldName('body');
  if (!block || param?.type !== 'identifier' || !body) return undefined;
  const end = blockEnd(block);
  const name = param.text;
  const urlCall = namedArgs(body).find((s) => s.type === 'call' && s.childForFieldName('receiver')?.text === name && methodOf(s) === 'url');
  const urlCallValue = urlCall ? ctx.ev.callValue(urlCall) : undefined;
  const bodySet = ctx.ev.pathValue(`${name}.body`, end);
  return {
    url: urlCallValue?.args[0]?.(),
    urlAt: urlCallValue ? reach(urlCallValue.argSpans[0], urlCallValue.args[0]?.()) : undefined,
    headers: ctx.ev.propertiesOf(`${name}.headers`, end),
    body: bodySet,
    bodyAt: bodySet?.span ? reach(bodySet.span, bodySet) : undefined,
  };
}

