// Guzzle: `$client->post($url, ['headers' => […], 'json' => […]])`, `$client->request('POST', $url, …)`, clients
// made with `new Client(['base_uri' => …, 'headers' => […]])`, and PSR-7 requests sent with `$client->send(…)`.
import type { Node } from '@vscode/tree-sitter-wasm';
import { jsonValue } from '../../clarifai/jsonBody';
import type { RestCall } from '../../clarifai/rest';
import type { HeaderSlot } from '../../model';
import { reach } from '../../values/reach';
import { field, fieldAt, knownText, mergeObjects, type CallValue, type Value } from '../../values/value';
import { spanOf } from '../syntax';
import { calleeOf, type PhpContext } from './context';
import { sameName } from './names';

const VERB = /^(get|post|put|patch|delete|head|options|request)(?:Async)?$/;
const SEND = /^(?:send|sendAsync|sendRequest)$/;
const CLIENT = 'GuzzleHttp\\Client';
const REQUEST = 'GuzzleHttp\\Psr7\\Request';
const WITH_BODY = new Set(['post', 'put', 'patch', 'request']);

/** A Guzzle request, when the call is one: its client is a Guzzle client, or one we cannot see in a file that uses Guzzle. */
export function guzzleCall(ctx: PhpContext, node: Node, call: CallValue): RestCall | undefined {
  const method = call.method ?? '';
  const verb = VERB.exec(method)?.[1];
  if (!verb && !SEND.test(method)) return undefined;
  const client = call.receiver?.();
  const isClient = client?.kind === 'call' && client.construct && sameName(client.callee, CLIENT);
  const unseen = client !== undefined && (client.kind === 'param' || client.kind === 'unknown' || client.kind === 'attr') && ctx.names.imports('GuzzleHttp');
  if (!isClient && !unseen) return undefined;
  const defaults = isClient ? client : undefined;
  return verb ? verbCall(node, call, verb, defaults) : sendCall(node, call, defaults);
}

function verbCall(node: Node, call: CallValue, verb: string, client: CallValue | undefined): RestCall | undefined {
  const generic = verb === 'request';
  const urlAt = generic ? 1 : 0;
  const url = call.args[urlAt]?.();
  if (!url) return undefined;
  const options = call.args[urlAt + 1]?.();
  const defaultHeaders = client?.kwarg('headers');
  const json = field(options, 'json');
  const raw = json ? undefined : field(options, 'body');
  const body = json ?? (raw ? jsonValue(raw) ?? raw : undefined);
  const callee = calleeOf(node);
  return {
    flavor: 'php-http',
    callee: callee.label,
    method: generic ? knownText(call.args[0]?.()) ?? 'GET' : verb.toUpperCase(),
    url,
    baseUrl: client?.kwarg('base_uri'),
    headers: mergeObjects(defaultHeaders, field(options, 'headers')),
    body: WITH_BODY.has(verb) ? body : undefined,
    opaque: options && options.kind !== 'obj' ? options : undefined,
    span: callee.span,
    callSpan: spanOf(node),
    bodySpan: body?.span,
    written: {
      url: reach(call.argSpans[urlAt], url),
      // Headers the client sends with every request are shared: the call then gets its own, which Guzzle prefers.
      headers: defaultHeaders ? undefined : reach(fieldAt(options, 'headers'), field(options, 'headers'), options?.names),
      body: json ? reach(fieldAt(options, 'json'), json, options?.names) : undefined,
      headerSlot: defaultHeaders && !field(options, 'headers') ? optionsSlot(call, urlAt + 1, options) : undefined,
    },
  };
}

/** `$client->send(new Request('POST', $url, $headers, $body))`. */
function sendCall(node: Node, call: CallValue, client: CallValue | undefined): RestCall | undefined {
  const request = call.args[0]?.();
  if (request?.kind !== 'call' || !request.construct || !sameName(request.callee, REQUEST)) return undefined;
  const url = request.args[1]?.();
  if (!url) return undefined;
  const headers = request.args[2]?.();
  const raw = request.args[3]?.();
  const body = raw ? jsonValue(raw) ?? raw : undefined;
  const callee = calleeOf(node);
  const defaultHeaders = client?.kwarg('headers');
  return {
    flavor: 'php-http',
    callee: callee.label,
    method: knownText(request.args[0]?.()) ?? 'GET',
    url,
    baseUrl: client?.kwarg('base_uri'),
    headers: mergeObjects(defaultHeaders, headers),
    body,
    span: callee.span,
    callSpan: spanOf(node),
    bodySpan: body?.span,
    written: {
      url: reach(request.argSpans[1], url, request.names),
      headers: defaultHeaders ? undefined : reach(request.argSpans[2], headers, request.names),
      body: body?.kind === 'obj' ? reach(request.argSpans[3], body, request.names) : undefined,
    },
  };
}

/** Where a call takes its options (the argument after the URL): a literal written there, or missing. */
function optionsSlot(call: CallValue, position: number, options: Value | undefined): HeaderSlot {
  const at = call.argSpans[position];
  const literal = options?.kind === 'obj' && options.span && at && options.span.start === at.start && options.span.end === at.end;
  return { form: 'config', args: call.argsSpan, config: literal ? at : undefined, position, count: call.argSpans.length };
}
