// REST calls to api.clarifai.com from JavaScript: fetch (global, node-fetch, undici) and axios (functions and instances).
import type { Node } from '@vscode/tree-sitter-wasm';
import { foreignHost, mayHaveClarifaiUrl, restCallSite, type RestCall } from '../../clarifai/rest';
import type { CallSite, HeaderSlot, Span } from '../../model';
import { reach } from '../../values/reach';
import { field, fieldAt, knownText, mergeObjects, type CallValue, type Value } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import type { JavaScriptContext } from './context';
import { withMethodSets } from './methodSets';

const FETCH = /^(?:(?:window|globalThis|self|global)\.)?fetch$|^(?:node-fetch|cross-fetch|isomorphic-fetch)(?:\.default)?$|^undici\.fetch$/;
const AXIOS = /^axios(?:\.default)?$/;
const AXIOS_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'request']);
const WITH_BODY = new Set(['post', 'put', 'patch']);
const CALL_NAMES = new Set([...AXIOS_VERBS, 'fetch', 'axios']);

/** Clarifai REST calls, and the header objects of calls to other hosts (whose `Key …` values are not Clarifai's). */
export function detectHttp(ctx: JavaScriptContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  // Without a Clarifai URL there is no call to find, and without a credential-shaped token no header to excuse.
  if (!mayHaveClarifaiUrl(ctx.text) && !ctx.secretShaped) return { sites, foreignHeaders };
  const axiosInstances = ctx.text.includes('axios');
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    if (node.type !== 'call_expression' || !fn) continue;
    // fetch, axios and its verbs, or (in a file that uses axios) any plain call that may be an instance.
    const callee = fn.text;
    const dot = callee.lastIndexOf('.');
    if (!(CALL_NAMES.has(callee.slice(dot + 1).trim()) || (axiosInstances && dot < 0))) continue;
    const call = ctx.ev.callValue(node);
    const request = fetchCall(ctx, call, fn, node) ?? axiosCall(ctx, call, fn, node);
    if (!request) continue;
    const site = restCallSite(request);
    if (site) sites.push(site);
    else if (foreignHost(request.url) && request.headers?.span) foreignHeaders.push(request.headers.span);
  }
  return { sites, foreignHeaders };
}

/** `fetch(url, { method, headers, body: JSON.stringify({...}) })`, also with `new Request(url, init)`. */
function fetchCall(ctx: JavaScriptContext, call: CallValue, fn: Node, node: Node): RestCall | undefined {
  if (!FETCH.test(call.callee)) return undefined;
  let url = call.args[0]?.();
  let init = call.args[1]?.();
  let urlAt = call.argSpans[0];
  if (url?.kind === 'call' && url.construct && url.callee === 'Request') {
    init ??= url.args[1]?.();
    urlAt = url.argSpans[0];
    url = url.args[0]?.();
  }
  if (!url) return undefined;
  const body = field(init, 'body');
  const headers = field(init, 'headers');
  return {
    flavor: 'js-http',
    callee: calleeLabel(fn),
    method: knownText(field(init, 'method')) ?? 'GET',
    url,
    headers: withMethodSets(ctx, headers, node.startIndex),
    body,
    opaque: init && init.kind !== 'obj' ? init : undefined,
    span: spanOf(fn),
    callSpan: spanOf(node),
    bodySpan: body?.span ?? init?.span,
    written: {
      url: reach(urlAt, url),
      headers: reach(fieldAt(init, 'headers'), headers, init?.names),
      body: reach(fieldAt(init, 'body'), body, init?.names),
    },
  };
}

/** `axios.post(url, data, config)`, `axios(config)`, `axios({ url, method, headers, data })`, and instances from `axios.create({ baseURL, headers })`. */
function axiosCall(ctx: JavaScriptContext, call: CallValue, fn: Node, node: Node): RestCall | undefined {
  let instance: CallValue | undefined;
  let verb: string;
  if (AXIOS.test(call.callee)) verb = 'request';
  else if (call.method && AXIOS_VERBS.has(call.method) && fn.type === 'member_expression') {
    const receiver = call.receiver?.();
    if (receiver?.kind === 'module' && AXIOS.test(receiver.path)) instance = undefined;
    else if (receiver?.kind === 'call' && /^axios(?:\.default)?\.create$/.test(receiver.callee)) instance = receiver;
    else return undefined;
    verb = call.method;
  } else if (fn.type === 'identifier' || fn.type === 'member_expression') {
    // An axios instance called directly: `api({ url, method })`.
    const callee = ctx.ev.eval(fn);
    if (callee.kind !== 'call' || !/^axios(?:\.default)?\.create$/.test(callee.callee)) return undefined;
    instance = callee;
    verb = 'request';
  } else return undefined;

  const first = call.args[0]?.();
  const configFirst = verb === 'request' && first?.kind === 'obj';
  const url = configFirst ? field(first, 'url') : first;
  const config = configFirst ? first : verb === 'request' ? call.args[1]?.() : WITH_BODY.has(verb) ? call.args[2]?.() : call.args[1]?.();
  const data = configFirst || verb === 'request' ? field(config, 'data') : WITH_BODY.has(verb) ? call.args[1]?.() : undefined;
  if (!url) return undefined;
  const defaults = instance?.args[0]?.();
  const instanceName = fn.type === 'member_expression' ? fn.childForFieldName('object')?.text : undefined;
  const commonHeaders = instance ? (instanceName ? ctx.ev.propertiesOf(`${instanceName}.defaults.headers.common`, node) : undefined) : ctx.ev.propertiesOf('axios.defaults.headers.common', node);
  // Later layers win: common defaults, then an instance's own headers, then the call's.
  const headers = mergeObjects(commonHeaders, field(defaults, 'headers'), field(config, 'headers'));
  const bodyWritten = configFirst || verb === 'request' ? reach(fieldAt(config, 'data'), data, config?.names) : reach(call.argSpans[1], data);
  return {
    flavor: 'js-http',
    callee: calleeLabel(fn),
    method: knownText(field(config, 'method')) ?? (verb === 'request' ? 'GET' : verb),
    url,
    baseUrl: field(config, 'baseURL') ?? field(defaults, 'baseURL'),
    headers,
    body: data,
    opaque: config && config.kind !== 'obj' ? config : undefined,
    span: spanOf(fn),
    callSpan: spanOf(node),
    bodySpan: data?.span ?? config?.span,
    written: {
      url: configFirst ? reach(fieldAt(first, 'url'), url, first.names) : reach(call.argSpans[0], url),
      headers: commonHeaders || defaults ? undefined : reach(fieldAt(config, 'headers'), field(config, 'headers'), config?.names),
      body: bodyWritten,
      headerSlot: (commonHeaders || field(defaults, 'headers')) && !field(config, 'headers') ? configSlot(call, verb, configFirst, config) : undefined,
    },
  };
}

/** Where an axios call takes its config: `axios(config)`, `get(url, config)`, `post(url, data, config)`. */
function configSlot(call: CallValue, verb: string, configFirst: boolean, config: Value | undefined): HeaderSlot {
  const position = configFirst ? 0 : verb === 'request' || !WITH_BODY.has(verb) ? 1 : 2;
  const at = call.argSpans[position];
  const literal = config?.kind === 'obj' && config.span && at && config.span.start === at.start && config.span.end === at.end;
  return { form: 'config', args: call.argsSpan, config: literal ? at : undefined, position, count: call.argSpans.length };
}
