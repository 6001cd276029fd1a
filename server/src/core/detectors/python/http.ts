// Python REST calls to api.clarifai.com: requests, httpx (functions, sessions, clients), aiohttp and urllib.
import type { Node } from '@vscode/tree-sitter-wasm';
import { foreignHost, mayHaveClarifaiUrl, restCallSite, type RestCall } from '../../clarifai/rest';
import type { CallSite, Reach, Span } from '../../model';
import { fieldIgnoreCase, knownText, mergeObjects, type CallValue, type Value } from '../../values/value';
import { reach } from '../../values/reach';
import { calleeLabel, spanOf } from '../syntax';
import type { PythonContext } from './context';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'request', 'stream']);
const CALL_NAMES = new Set([...VERBS, 'urlopen']);
const MODULE_CALL = /^(?:requests(?:\.api)?|httpx)\.(\w+)$/;
const SESSION = /^(?:requests(?:\.sessions?)?\.Session|requests\.session|httpx\.(?:Async)?Client|aiohttp\.ClientSession)$/;
const URLOPEN = /^(?:urllib\.request|urllib2)\.urlopen$/;
const REQUEST = /^(?:urllib\.request|urllib2)\.Request$/;

/** Clarifai REST calls, and the header objects of calls to other hosts (whose `Key …` values are not Clarifai's). */
export function detectHttp(ctx: PythonContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  // Without a Clarifai URL there is no call to find, and without a credential-shaped token no header to excuse.
  if (!mayHaveClarifaiUrl(ctx.text) && !ctx.secretShaped) return { sites, foreignHeaders };
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    // Only calls named like an HTTP verb or urlopen can be requests; the rest are skipped before any resolving.
    if (!fn || !CALL_NAMES.has(lastName(fn.text))) continue;
    const call = ctx.ev.callValue(node);
    const request = moduleCall(call, fn, node) ?? sessionCall(ctx, call, fn, node) ?? urlopenCall(ctx, call, fn, node);
    if (!request) continue;
    const site = restCallSite(request);
    if (site) sites.push(site);
    else if (foreignHost(request.url) && request.headers?.span) foreignHeaders.push(request.headers.span);
  }
  return { sites, foreignHeaders };
}

/** `post` of `requests.post`, `get` of `self.session.get`. */
function lastName(callee: string): string {
  return callee.slice(callee.lastIndexOf('.') + 1).trim();
}

/** `requests.post(url, headers=…, json=…)`, `httpx.request("POST", url, …)`. */
function moduleCall(call: CallValue, fn: Node, node: Node): RestCall | undefined {
  const verb = MODULE_CALL.exec(call.callee)?.[1];
  if (!verb || !VERBS.has(verb)) return undefined;
  return request(call, verb, fn, node);
}

/** `session.post(…)` on a requests Session, an httpx Client (with `base_url` and `headers`) or an aiohttp ClientSession. */
function sessionCall(ctx: PythonContext, call: CallValue, fn: Node, node: Node): RestCall | undefined {
  if (!call.method || !VERBS.has(call.method) || fn.type !== 'attribute') return undefined;
  const session = call.receiver?.();
  if (session?.kind !== 'call' || !SESSION.test(session.callee)) return undefined;
  const receiverText = fn.childForFieldName('object')?.text ?? '';
  const sessionHeaders = mergeObjects(session.kwarg('headers'), ctx.ev.propertiesOf(`${receiverText}.headers`, node));
  return request(call, call.method, fn, node, { headers: sessionHeaders, baseUrl: session.kwarg('base_url') });
}

/** `urllib.request.urlopen(Request(url, data, headers))`, with `req.add_header(…)` folded in. */
function urlopenCall(ctx: PythonContext, call: CallValue, fn: Node, node: Node): RestCall | undefined {
  if (!URLOPEN.test(call.callee)) return undefined;
  const target = call.args[0]?.() ?? call.kwarg('url');
  if (!target) return undefined;
  if (target.kind !== 'call' || !REQUEST.test(target.callee)) {
    return { flavor: 'python-http', callee: calleeLabel(fn), method: 'GET', url: target, span: spanOf(fn), callSpan: spanOf(node) };
  }
  const argText = node.childForFieldName('arguments')?.namedChildren.find((c) => c && c.type !== 'comment')?.text ?? '';
  const added = ctx.ev.propertiesOf(`${argText}.headers`, node);
  const data = target.kwarg('data') ?? target.args[1]?.();
  const headers = target.kwarg('headers') ?? target.args[2]?.();
  const at = (name: string, index: number) => target.kwargSpan(name) ?? target.argSpans[index];
  return {
    flavor: 'python-http',
    callee: calleeLabel(fn),
    method: knownText(target.kwarg('method')) ?? (data ? 'POST' : 'GET'),
    url: target.kwarg('url') ?? target.args[0]?.() ?? target,
    headers: mergeObjects(headers, added),
    body: data,
    span: spanOf(fn),
    callSpan: spanOf(node),
    bodySpan: data?.span,
    // The Request is built inline or in a variable; a header added to it later is written in that add_header call.
    written: {
      url: reach(at('url', 0), target.kwarg('url') ?? target.args[0]?.(), target.names),
      headers: added ? undefined : reach(at('headers', 2), headers, target.names),
      body: reach(at('data', 1), data, target.names),
      header: addedAuthorization(added, target),
    },
  };
}

function request(call: CallValue, verb: string, fn: Node, node: Node, session: { headers?: Value; baseUrl?: Value } = {}): RestCall | undefined {
  const generic = verb === 'request' || verb === 'stream';
  const method = generic ? knownText(call.kwarg('method') ?? call.args[0]?.()) ?? 'POST' : verb;
  const url = call.kwarg('url') ?? call.args[generic ? 1 : 0]?.();
  if (!url) return undefined;
  const body = call.kwarg('json') ?? call.kwarg('data') ?? (verb === 'post' || verb === 'put' || verb === 'patch' ? call.args[1]?.() : undefined);
  const urlAt = call.kwargSpan('url') ?? call.argSpans[generic ? 1 : 0];
  const bodyAt = call.kwargSpan('json') ?? call.kwargSpan('data') ?? (body ? call.argSpans[1] : undefined);
  return {
    flavor: 'python-http',
    callee: calleeLabel(fn),
    method,
    url,
    baseUrl: session.baseUrl,
    headers: mergeObjects(session.headers, call.kwarg('headers')),
    body,
    span: spanOf(fn),
    callSpan: spanOf(node),
    bodySpan: body?.span ?? call.argsSpan,
    written: {
      url: reach(urlAt, url),
      headers: session.headers ? undefined : reach(call.kwargSpan('headers'), call.kwarg('headers')),
      body: reach(bodyAt, body),
      headerSlot: session.headers && !call.kwarg('headers') ? { form: 'keyword', args: call.argsSpan } : undefined,
    },
  };
}

/** The Authorization value of `req.add_header("Authorization", …)`, reached through the request variable. */
function addedAuthorization(added: Value | undefined, request: Value): Reach | undefined {
  const value = fieldIgnoreCase(added, 'authorization');
  if (!value?.span) return undefined;
  return { at: value.span, definition: value.span, via: [...request.names, ...value.names] };
}
