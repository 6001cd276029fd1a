// REST calls to api.clarifai.com from C#: HttpClient (`PostAsync(url, content)`, `PostAsJsonAsync`, `SendAsync` with an
// HttpRequestMessage, …) with its BaseAddress and DefaultRequestHeaders, and RestSharp (`Execute…`/`PostAsync` of a
// RestClient with a RestRequest, its headers, JSON body and URL segments).
import type { Node } from '@vscode/tree-sitter-wasm';
import { jsonValue } from '../../clarifai/jsonBody';
import { foreignHost, mayHaveClarifaiUrl, restCallSite, type RestCall } from '../../clarifai/rest';
import type { CallSite, Reach, Span } from '../../model';
import { reach } from '../../values/reach';
import { substituted } from '../../values/format';
import { field, interpolated, knownText, mergeObjects, memoize, objectOf, str, unknown, type CallValue, type Lazy, type Value } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import { compactPath } from './bindingKeys';
import { createdAs, entryIgnoreCase, simpleTypeName, type CSharpContext } from './context';

/** HttpClient methods that send a request, and the method they send ('' when an HttpRequestMessage says). */
const HTTP_CLIENT: Readonly<Record<string, string>> = {
  PostAsync: 'POST',
  PostAsJsonAsync: 'POST',
  PutAsync: 'PUT',
  PutAsJsonAsync: 'PUT',
  PatchAsync: 'PATCH',
  GetAsync: 'GET',
  GetStringAsync: 'GET',
  GetFromJsonAsync: 'GET',
  DeleteAsync: 'DELETE',
  SendAsync: '',
};
/** RestClient methods that run a RestRequest, and the method they send ('' when the request says). */
const REST_CLIENT: Readonly<Record<string, string>> = {
  Execute: '',
  ExecuteAsync: '',
  ExecutePost: 'POST',
  ExecutePostAsync: 'POST',
  ExecuteGet: 'GET',
  ExecuteGetAsync: 'GET',
  Post: 'POST',
  PostAsync: 'POST',
  Get: 'GET',
  GetAsync: 'GET',
};

/** Clarifai REST calls, and the Authorization values of calls to other hosts (whose `Key …` values are not Clarifai's). */
export function detectHttp(ctx: CSharpContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  // Without a Clarifai URL there is no call to find, and without a credential-shaped token no header to excuse.
  if (!mayHaveClarifaiUrl(ctx.text) && !ctx.secretShaped) return { sites, foreignHeaders };
  for (const { node, fn, method, receiver } of ctx.methodCalls) {
    if (!Object.hasOwn(HTTP_CLIENT, method) && !Object.hasOwn(REST_CLIENT, method)) continue;
    const call = ctx.ev.callValue(node);
    const request = clientCall(ctx, call, method, receiver, fn, node);
    if (!request) continue;
    const site = restCallSite(request);
    if (site) sites.push(site);
    else if (foreignHost(request.url)) {
      const header = entryIgnoreCase(request.headers, 'authorization');
      if (header?.span) foreignHeaders.push(header.span);
    }
  }
  return { sites, foreignHeaders };
}

/** A request of an HttpClient or a RestClient, told apart by the client's type or the request it is given. */
function clientCall(ctx: CSharpContext, call: CallValue, method: string, receiver: Node, fn: Node, node: Node): RestCall | undefined {
  const type = simpleTypeName(ctx.ev.typeOf(receiver));
  const first = call.args[0]?.();
  const restRequest = createdAs(first, 'RestRequest') !== undefined;
  const client = ctx.ev.eval(receiver);
  const base = { callee: calleeLabel(fn), span: spanOf(fn), callSpan: spanOf(node) };
  const clientPath = compactPath(receiver.text);
  if ((type === 'RestClient' || type === 'IRestClient' || (type === undefined && restRequest)) && Object.hasOwn(REST_CLIENT, method)) {
    return restSharpCall(ctx, call, REST_CLIENT[method]!, client, clientPath, base, node);
  }
  if ((type === 'HttpClient' || (type === undefined && !restRequest)) && Object.hasOwn(HTTP_CLIENT, method)) {
    return httpClientCall(ctx, call, HTTP_CLIENT[method]!, method, client, clientPath, base, node);
  }
  return undefined;
}

type CallPlace = Pick<RestCall, 'callee' | 'span' | 'callSpan'>;

/** `client.PostAsync(url, content)`, `client.SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Headers = …, Content = … })`. */
function httpClientCall(ctx: CSharpContext, call: CallValue, verb: string, method: string, client: Value, clientPath: string, place: CallPlace, node: Node): RestCall | undefined {
  const clientLayer = headerLayer(ctx, client, 'DefaultRequestHeaders', clientPath, node);
  let url: Value | undefined;
  let urlAt: Span | undefined;
  let content: Value | undefined;
  let layers = [clientLayer];
  let httpMethod = verb;
  if (method === 'SendAsync') {
    const message = createdAs(call.args[0]?.(), 'HttpRequestMessage');
    if (!message) return undefined;
    httpMethod = methodName(message.args[0]?.() ?? message.kwarg('Method')) ?? 'GET';
    url = message.args[1]?.() ?? message.kwarg('RequestUri');
    urlAt = message.argSpans[1] ?? message.kwargSpan('RequestUri');
    content = message.kwarg('Content');
    layers = [clientLayer, headerLayer(ctx, message, 'Headers', message.names[0], node)];
  } else {
    url = call.args[0]?.();
    urlAt = call.argSpans[0];
    content = verb === 'POST' || verb === 'PUT' || verb === 'PATCH' ? call.args[1]?.() : undefined;
  }
  if (!url) return undefined;
  const address = uriText(url);
  const body = content === undefined ? undefined : method.endsWith('JsonAsync') ? objectBody(content) : contentBody(content);
  return {
    flavor: 'csharp-http',
    ...place,
    method: httpMethod,
    url: address,
    baseUrl: uriValue(field(client, 'BaseAddress')),
    ...headersOf(layers),
    body,
    written: { url: reach(urlAt, address), body: reach(content?.span, body), header: headerReach(layers) },
  };
}

/** `client.ExecuteAsync(request)` with `new RestClient(baseUrl)` and `new RestRequest(resource, Method.Post)`. */
function restSharpCall(ctx: CSharpContext, call: CallValue, verb: string, client: Value, clientPath: string, place: CallPlace, node: Node): RestCall | undefined {
  const request = call.args[0]?.();
  if (request?.kind !== 'call' || !request.construct) return undefined;
  const requestPath = request.names[0];
  const resource = request.args[0]?.() ?? request.kwarg('resource') ?? request.kwarg('Resource');
  if (!resource) return undefined;
  const segments = requestPath ? ctx.ev.propertiesOf(`${requestPath}#segments`, node) : undefined;
  const address = segments?.kind === 'obj' ? withSegments(resource, segments) : resource;
  const layers = [restHeaderLayer(ctx, clientPath, node), requestPath ? restHeaderLayer(ctx, requestPath, node) : emptyLayer()];
  const added = requestPath ? ctx.ev.propertiesOf(`${requestPath}#body`, node) : undefined;
  const body = added?.kind === 'obj' ? added.get('body') : undefined;
  const options = client.kind === 'call' ? client.args[0]?.() : undefined;
  const baseUrl = options?.kind === 'call' && options.construct ? options.args[0]?.() ?? options.kwarg('BaseUrl') : options ?? field(client, 'BaseUrl');
  const parsed = body === undefined ? undefined : objectBody(body);
  return {
    flavor: 'csharp-http',
    ...place,
    method: verb || (methodName(request.args[1]?.() ?? request.kwarg('method') ?? request.kwarg('Method')) ?? 'GET'),
    url: uriText(address),
    baseUrl: uriValue(baseUrl),
    ...headersOf(layers),
    body: parsed,
    written: { url: reach(request.argSpans[0] ?? request.kwargSpan('resource'), address, request.names), body: reach(body?.span, parsed), header: headerReach(layers) },
  };
}

/** Headers set on one holder (a client's defaults, a request's own), and the bindings a fix would change with them. */
interface HeaderLayer {
  headers?: Value;
  /** The holder's binding: editing a header it carries changes every call that uses it. */
  holder: readonly string[];
}

function emptyLayer(): HeaderLayer {
  return { holder: [] };
}

/** HttpClient's DefaultRequestHeaders or an HttpRequestMessage's Headers: set in its initializer, by `Add`, or as `….Authorization = …`. */
function headerLayer(ctx: CSharpContext, holder: Value, member: string, path: string | undefined, node: Node): HeaderLayer {
  const initial = field(holder, member);
  const set = path ? ctx.ev.propertiesOf(`${path}.${member}`, node) : undefined;
  return { headers: mergeObjects(initial?.kind === 'obj' ? initial : undefined, set), holder: path ? [path.split('.')[0]!] : [] };
}

/** RestSharp's `AddHeader`/`AddDefaultHeader` on a request or a client. */
function restHeaderLayer(ctx: CSharpContext, path: string, node: Node): HeaderLayer {
  return { headers: ctx.ev.propertiesOf(`${path}#headers`, node), holder: [path.split('.')[0]!] };
}

/** The headers of all layers, later ones winning, with `AuthenticationHeaderValue("Key", key)` read as the text it sends. */
function headersOf(layers: readonly HeaderLayer[]): { headers?: Value } {
  const merged = mergeObjects(...layers.map((l) => l.headers));
  if (merged?.kind !== 'obj') return { headers: merged };
  const entries = new Map<string, Lazy<Value>>(merged.keys.map((key) => [key, memoize(() => headerText(merged.get(key)!))]));
  return { headers: objectOf(entries, merged.open) };
}

/** Where the Authorization value is set, through the bindings of the layer that sets it. */
function headerReach(layers: readonly HeaderLayer[]): Reach | undefined {
  for (const layer of [...layers].reverse()) {
    const value = entryIgnoreCase(layer.headers, 'authorization');
    if (value?.span) return { at: value.span, definition: value.span, via: [...value.names, ...layer.holder] };
  }
  return undefined;
}

/** `new AuthenticationHeaderValue("Key", key)` sends `Key <key>`. */
function headerText(value: Value): Value {
  const header = createdAs(value, 'AuthenticationHeaderValue');
  if (!header) return value;
  const scheme = knownText(header.args[0]?.());
  const parameter = header.args[1]?.();
  if (scheme === undefined || !parameter) return value;
  return { ...str([{ text: `${scheme} ` }, ...interpolated(parameter, header.argSpans[1])], header.span), names: header.names };
}

/** `HttpMethod.Post`, `new HttpMethod("POST")`, RestSharp's `Method.Post` / `Method.POST`: the method's name. */
function methodName(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'attr') return value.attr.toUpperCase();
  if (value.kind === 'call' && value.construct) return knownText(value.args[0]?.())?.toUpperCase();
  return knownText(value)?.toUpperCase();
}

/** A URL given as `new Uri(text)`: its text. */
function uriText(url: Value): Value {
  return uriValue(url) ?? url;
}

function uriValue(url: Value | undefined): Value | undefined {
  const uri = createdAs(url, 'Uri');
  return uri ? uri.args[0]?.() : url;
}

/** What HttpContent sends: the text of a StringContent (JSON read into values), the object of JsonContent.Create. */
function contentBody(content: Value): Value {
  const text = createdAs(content, 'StringContent');
  if (text) return objectBody(text.args[0]?.());
  if (content.kind === 'call' && /(?:^|\.)JsonContent\.Create$/.test(content.callee)) return objectBody(content.args[0]?.());
  return unknown('the request body', content.span);
}

/**
 * A JSON body: JSON text (read into values, written where the text is), an anonymous object, or a dictionary's
 * entries; anything else is only known at run time.
 */
function objectBody(value: Value | undefined): Value {
  if (value?.kind === 'obj') return value;
  if (value?.kind === 'str') {
    const parsed = jsonValue(value);
    return parsed ? { ...parsed, span: value.span, names: value.names } : unknown('the request body', value.span);
  }
  const dictionary = createdAs(value, 'Dictionary', 'SortedDictionary', 'ExpandoObject');
  if (dictionary) {
    return objectOf(new Map(dictionary.kwargNames.map((k) => [k, memoize(() => dictionary.kwarg(k)!)] as const)), false, dictionary.span, new Map(dictionary.kwargNames.map((k) => [k, dictionary.kwargSpan(k)!] as const)));
  }
  return unknown('the request body', value?.span);
}

/** A RestSharp resource with `{name}` placeholders filled by `AddUrlSegment("name", value)`. */
function withSegments(resource: Value, segments: Value & { kind: 'obj' }): Value {
  if (resource.kind !== 'str') return resource;
  return { ...substituted(resource, /\{(\w+)\}/g, resource.span, (match) => segments.get(match[1]!) ?? match[0]), names: resource.names };
}
