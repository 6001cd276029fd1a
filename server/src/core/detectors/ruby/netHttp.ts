// Net::HTTP: `http.request(req)` with `req = Net::HTTP::Post.new(uri, headers)`, `req["Authorization"] = …` and
// `req.body = …`; `Net::HTTP.post(uri, body, headers)`; `http.post(path, body, headers)` on a connection to a host.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { RestCall } from '../../clarifai/rest';
import type { Reach } from '../../model';
import { reach } from '../../values/reach';
import { concat, fieldIgnoreCase, isHole, mergeObjects, str, type CallValue, type Value } from '../../values/value';
import { namedArgs } from '../syntax';
import type { Scope } from '../syntaxIndex';
import { methodOf, type RubyContext } from './context';
import { compactPath, isPath } from './evaluator';
import { rubyRequest } from './request';

const REQUEST_CLASS = /^(?:::)?Net::HTTP::(Get|Post|Put|Patch|Delete)\.new$/;
const WITH_BODY = new Set(['post', 'put', 'patch']);

/** A Net::HTTP request, read from the request object or the call's arguments; undefined for any other call. */
export function netHttpCall(ctx: RubyContext, node: Node, call: CallValue): RestCall | undefined {
  const method = methodOf(node);
  const receiver = node.childForFieldName('receiver');
  if (!receiver) return undefined;
  if (method === 'request') return sendRequest(ctx, node, call);
  const owner = ctx.ev.eval(receiver);
  if (owner.kind === 'module' && /^(?:::)?Net::HTTP$/.test(owner.path) && WITH_BODY.has(method)) return classPost(node, call, method);
  if (WITH_BODY.has(method) || method === 'get') return connectionVerb(ctx, node, call, method);
  return undefined;
}

/** `http.request(req[, body])`: everything comes from the request object and what is set on it. */
function sendRequest(ctx: RubyContext, node: Node, call: CallValue): RestCall | undefined {
  const request = call.args[0]?.();
  const argNode = namedArgs(node.childForFieldName('arguments'))[0];
  if (request?.kind !== 'call' || !REQUEST_CLASS.test(request.callee) || !argNode) return undefined;
  const written = request.args[0]?.();
  if (!written) return undefined;
  // `Net::HTTP::Post.new(uri.request_uri)` names only the path: the host is the connection's.
  const url = isPathOnly(written) ? onHost(connectionHost(ctx, node.childForFieldName('receiver')!), written) : written;
  if (!url) return undefined;
  const path = isPath(argNode) ? compactPath(argNode) : undefined;
  const added = path ? ctx.ev.propertiesOf(path, node) : undefined;
  const initial = request.args[1]?.();
  const body = call.args[1]?.() ?? (path ? ctx.ev.pathValue(`${path}.body`, node) : undefined);
  return rubyRequest(node, {
    method: REQUEST_CLASS.exec(request.callee)![1]!,
    url,
    headers: mergeObjects(initial, added),
    body,
    written: {
      url: reach(request.argSpans[0], written, request.names),
      // A header set on the request (`req["Authorization"] = …`) is written there; one given to `new` in its hash.
      headers: fieldIgnoreCase(added, 'authorization') ? undefined : reach(request.argSpans[1], initial, request.names),
      header: addedAuthorization(added, request),
      body: body?.span ? reach(body.span, body, call.args[1] ? [] : request.names) : undefined,
    },
  });
}

/** `Net::HTTP.post(uri, body, headers)`. */
function classPost(node: Node, call: CallValue, method: string): RestCall | undefined {
  const url = call.args[0]?.();
  if (!url) return undefined;
  const body = call.args[1]?.();
  const headers = call.args[2]?.();
  return rubyRequest(node, {
    method,
    url,
    headers,
    body,
    written: { url: reach(call.argSpans[0], url), headers: reach(call.argSpans[2], headers), body: reach(call.argSpans[1], body) },
  });
}

/**
 * `http.post(path, body, headers)`, `http.get(path, headers)` on `Net::HTTP.new(host, port)` or the connection
 * `Net::HTTP.start(host, …) { |http| … }` yields: the URL is the host's with the path (often `uri.path`).
 */
function connectionVerb(ctx: RubyContext, node: Node, call: CallValue, method: string): RestCall | undefined {
  const path = call.args[0]?.();
  const url = path && onHost(connectionHost(ctx, node.childForFieldName('receiver')!), path);
  if (!path || !url) return undefined;
  const body = WITH_BODY.has(method) ? call.args[1]?.() : undefined;
  const headerAt = WITH_BODY.has(method) ? 2 : 1;
  const headers = call.args[headerAt]?.();
  return rubyRequest(node, {
    method,
    url,
    headers,
    body,
    written: { url: reach(call.argSpans[0], path), headers: reach(call.argSpans[headerAt], headers), body: body ? reach(call.argSpans[1], body) : undefined },
  });
}

/** A URL value that starts with its path (`/v2/…`). */
function isPathOnly(url: Value): boolean {
  const first = url.kind === 'str' ? url.parts[0] : undefined;
  return !!first && !isHole(first) && first.text.startsWith('/');
}

/** The URL of a path on a connection's host. */
function onHost(host: Value | undefined, path: Value): Value | undefined {
  return host ? concat([str([{ text: 'https://' }]), host, path]) : undefined;
}

/** The host a Net::HTTP connection was opened to, when the receiver is one. */
function connectionHost(ctx: RubyContext, receiver: Node): Value | undefined {
  const connection = ctx.ev.eval(receiver);
  if (connection.kind === 'call' && /^(?:::)?Net::HTTP\.(?:new|start)$/.test(connection.callee)) return connection.args[0]?.();
  // The block parameter of `Net::HTTP.start(host, port) do |http| … end`.
  if (receiver.type !== 'identifier') return undefined;
  for (let scope: Scope | undefined = ctx.index.scopeOf(receiver); scope; scope = scope.parent) {
    if (scope.type !== 'block' && scope.type !== 'do_block') continue;
    const block = scope.node;
    if (namedArgs(block.childForFieldName('parameters'))[0]?.text !== receiver.text) continue;
    const opener = block.parent?.type === 'call' ? ctx.ev.callValue(block.parent) : undefined;
    return opener && /^(?:::)?Net::HTTP\.start$/.test(opener.callee) ? opener.args[0]?.() : undefined;
  }
  return undefined;
}

/** The Authorization value of `req["Authorization"] = …` or `req.add_field("Authorization", …)`, reached through the request. */
function addedAuthorization(added: Value | undefined, request: Value): Reach | undefined {
  const value = fieldIgnoreCase(added, 'authorization');
  if (!value?.span) return undefined;
  return { at: value.span, definition: value.span, via: [...request.names, ...value.names] };
}
