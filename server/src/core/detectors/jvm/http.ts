// REST calls to api.clarifai.com from Java or Kotlin: OkHttp (`client.newCall(new Request.Builder().url(…)
// .addHeader(…).post(…).build())`), `java.net.http` (`client.send(HttpRequest.newBuilder().uri(…)….build(), …)`)
// and `HttpURLConnection` (`url.openConnection()` with `setRequestProperty` statements and a body written to its
// output stream).
import { foreignHost, mayHaveClarifaiUrl, restCallSite, type RestCall } from '../../clarifai/rest';
import type { CallSite, Span } from '../../model';
import { reach } from '../../values/reach';
import { knownText, objectOf, str, unknown, type CallValue, type Lazy, type ObjValue, type Value } from '../../values/value';
import { builtObject, keySet, type KeySet, type ObjectKind } from './builtObjects';
import { callsOn, lastNames, type JvmCall, type JvmContext } from './context';
import { bodyOf } from './jsonBodies';

const HEADER = 'header:';
const WITH_BODY = new Set(['post', 'put', 'patch', 'delete', 'POST', 'PUT']);
const KEEP = new Set(['build', 'tag', 'cacheControl', 'timeout', 'version', 'expectContinue', 'copy']);
const STREAM_WRAPPERS = new Set(['OutputStreamWriter', 'DataOutputStream', 'BufferedOutputStream', 'BufferedWriter', 'PrintWriter', 'PrintStream']);
const WRITES = new Set(['write', 'writeBytes', 'print', 'println', 'append', 'writeUTF']);

/** A request read from its builder: URL, method, headers (names as written) and body, with where each is written. */
interface Request {
  url?: Value;
  method: string;
  headers: ObjValue;
  body?: Value;
  written: Map<string, Span>;
  /** The request as the sending call reaches it: its bindings are the request's own. */
  value: Value;
}

/** Clarifai REST calls, and where the Authorization values of requests to other hosts are written. */
export function detectJvmHttp(ctx: JvmContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  if (!mayHaveClarifaiUrl(ctx.text) && !ctx.secretShaped) return { sites, foreignHeaders };
  for (const call of ctx.calls) {
    const request = call.name === 'newCall' || call.name === 'send' || call.name === 'sendAsync' || call.name === 'openConnection' ? readRequest(ctx, call) : undefined;
    if (!request) continue;
    const rest = restCall(ctx, call, request);
    const site = jvmRestSite(rest);
    if (site) sites.push(site);
    else if (foreignHost(rest.url)) foreignHeaders.push(...[...request.written].filter(([key]) => key.startsWith(HEADER)).map(([, span]) => span));
  }
  return { sites, foreignHeaders };
}

function readRequest(ctx: JvmContext, call: JvmCall): Request | undefined {
  const value = ctx.ev.callValue(call.node);
  const before = call.node.startIndex;
  if (call.name === 'openConnection') return connectionRequest(ctx, value);
  const argument = value.args[0]?.();
  const kind = call.name === 'newCall' ? okHttp(ctx, before) : call.name === 'send' || call.name === 'sendAsync' ? javaHttp(ctx, before) : undefined;
  const built = kind && argument ? builtObject(ctx, argument, before, kind) : undefined;
  if (!built) return undefined;
  const { object } = built;
  return {
    url: object.get('url'),
    method: knownText(object.get('method')) ?? 'GET',
    headers: headersOf(object, call.name === 'newCall' ? interceptorAuthorization(ctx) : undefined),
    body: object.get('body'),
    written: new Map(object.keys.flatMap((k) => (object.at?.(k) ? [[k, object.at(k)!] as const] : []))),
    value: argument!,
  };
}

/** OkHttp's `Request.Builder`: `url`, `header`/`addHeader`, `post`/`put`/`patch`/`delete`, `get`, `method`. */
function okHttp(ctx: JvmContext, before: number): ObjectKind {
  return {
    start: (call) => (call.construct && lastNames(call.callee, 2) === 'Request.Builder' ? {} : undefined),
    step: (call) => requestStep(ctx, call, before, 'url'),
  };
}

/** `java.net.http.HttpRequest.newBuilder([uri])`: `uri`, `header`/`setHeader`/`headers`, `POST`/`PUT`, `GET`, `method`. */
function javaHttp(ctx: JvmContext, before: number): ObjectKind {
  return {
    start(call) {
      if (call.method !== 'newBuilder' || !lastNames(call.callee, 2).startsWith('HttpRequest.')) return undefined;
      const uri = call.args[0];
      return { base: uri ? objectOf(new Map([['url', () => uriText(uri())]]), false, undefined, new Map([['url', call.argSpans[0]!]])) : undefined };
    },
    step: (call) => requestStep(ctx, call, before, 'uri'),
  };
}

/** One call on an OkHttp or java.net.http request builder. */
function requestStep(ctx: JvmContext, call: CallValue, before: number, urlMethod: string): readonly KeySet[] | 'keep' | 'open' | undefined {
  const method = call.method ?? '';
  const args = call.args;
  if (KEEP.has(method)) return 'keep';
  if (method === urlMethod && args[0]) return [keySet('url', () => uriText(args[0]!()), call.argSpans[0])];
  if (method === 'header' || method === 'addHeader' || method === 'setHeader' || method === 'headers') {
    if (method === 'headers' && args.length % 2 !== 0) return 'open';
    const sets: KeySet[] = [];
    for (let i = 0; i + 1 < args.length; i += 2) {
      const name = knownText(args[i]!());
      if (name === undefined) return 'open';
      const value = args[i + 1]!;
      sets.push(keySet(HEADER + name, () => value(), call.argSpans[i + 1]));
    }
    return sets;
  }
  if (WITH_BODY.has(method)) {
    const body = args[0];
    return [keySet('method', () => str([{ text: method.toUpperCase() }])), ...(body ? [keySet('body', () => bodyOf(ctx, publishedBody(body()), before), call.argSpans[0])] : [])];
  }
  if ((method === 'get' || method === 'GET' || method === 'DELETE' || method === 'head') && args.length === 0) return [keySet('method', () => str([{ text: method.toUpperCase() }]))];
  if (method === 'method' && args[0]) {
    const body = args[1];
    return [keySet('method', () => args[0]!()), ...(body ? [keySet('body', () => bodyOf(ctx, publishedBody(body()), before), call.argSpans[1])] : [])];
  }
  return undefined;
}

/** `URI.create(s)`, `new URI(s)`, `s.toHttpUrl()`: the text of a URI. */
function uriText(value: Value): Value {
  if (value.kind !== 'call') return value;
  if ((value.method === 'create' || value.construct) && /(?:^|\.)URI(?:\.create)?$/.test(value.callee) && value.args[0]) return value.args[0]();
  if ((value.method === 'toHttpUrl' || value.method === 'toHttpUrlOrNull') && value.receiver) return value.receiver();
  if (value.method === 'parse' && /(?:^|\.)HttpUrl\.parse$/.test(value.callee) && value.args[0]) return value.args[0]();
  return value;
}

/** What an OkHttp `RequestBody` or a `BodyPublisher` carries: the string it was made from (`RequestBody.create(json, JSON)`, `json.toRequestBody(JSON)`, `BodyPublishers.ofString(json)`). */
function publishedBody(value: Value): Value {
  if (value.kind !== 'call') return value;
  if ((value.method === 'toRequestBody' || value.method === 'toByteArray') && value.receiver) return value.receiver();
  if (value.method === 'create' || value.method === 'ofString' || value.method === 'ofByteArray') {
    // OkHttp 3 takes the media type first, OkHttp 4 second.
    const text = value.args.map((a) => a()).find((a) => a.kind !== 'call' || (a.method !== 'parse' && a.method !== 'get' && a.method !== 'toMediaType' && a.method !== 'toMediaTypeOrNull'));
    return text ?? value;
  }
  return value;
}

/**
 * The headers of a request builder, under the names the code writes them with; without an Authorization header of
 * its own, the one an interceptor of the file adds.
 */
function headersOf(object: ObjValue, intercepted: Value | undefined): ObjValue {
  const entries = new Map<string, Lazy<Value>>();
  for (const key of object.keys) if (key.startsWith(HEADER)) entries.set(key.slice(HEADER.length), () => object.get(key)!);
  if (intercepted && ![...entries.keys()].some((k) => k.toLowerCase() === 'authorization')) entries.set('Authorization', () => intercepted);
  return objectOf(entries, object.open);
}

const intercepted = new WeakMap<JvmContext, Value | undefined>();

/**
 * The Authorization value an OkHttp interceptor adds to every request of its client
 * (`chain.proceed(chain.request().newBuilder().addHeader("Authorization", "Key " + key).build())`), when the file
 * has one such interceptor. A fix cannot write a PAT there for one call: every request of the client sends it.
 */
function interceptorAuthorization(ctx: JvmContext): Value | undefined {
  if (intercepted.has(ctx)) return intercepted.get(ctx);
  const values = ctx.calls
    .filter((c) => c.name === 'header' || c.name === 'addHeader')
    .map((c) => ctx.ev.callValue(c.node))
    .filter((call) => knownText(call.args[0]?.())?.toLowerCase() === 'authorization' && rebuildsRequest(call.receiver?.()))
    .map((call) => call.args[1]?.());
  const only = values.length === 1 ? values[0] : undefined;
  intercepted.set(ctx, only);
  return only;
}

/** A builder chain on `chain.request().newBuilder()`: an interceptor's copy of the request it was given. */
function rebuildsRequest(value: Value | undefined): boolean {
  for (let current = value; current?.kind === 'call'; current = current.receiver?.()) {
    const receiver = current.receiver?.();
    if (current.method === 'newBuilder' && receiver?.kind === 'call' && receiver.method === 'request') return true;
  }
  return false;
}

/**
 * `new URL(u).openConnection()`: the URL, then what statements on the connection set (`setRequestProperty`,
 * `setRequestMethod`, Kotlin's `requestMethod = …`) and the body written to its output stream.
 */
function connectionRequest(ctx: JvmContext, connection: CallValue): Request | undefined {
  const url = urlOf(connection.receiver?.());
  if (!url) return undefined;
  const target = connection.span;
  const entries = new Map<string, Lazy<Value>>();
  const written = new Map<string, Span>(url.at ? [['url', url.at]] : []);
  let method = 'GET';
  for (const call of callsOn(ctx, target, (m) => m === 'setRequestProperty' || m === 'addRequestProperty' || m === 'setRequestMethod')) {
    if (call.method === 'setRequestMethod') method = knownText(call.args[0]?.()) ?? method;
    const name = call.method === 'setRequestMethod' ? undefined : knownText(call.args[0]?.());
    if (name === undefined || !call.args[1]) continue;
    entries.set(name, call.args[1]);
    written.set(HEADER + name, call.argSpans[1]!);
  }
  const write = ctx.statementCalls.filter((s) => WRITES.has(s.method)).map((s) => s.call()).find((c) => writesTo(c.receiver?.(), target));
  // A body the file writes some other way (a helper, a lambda) is only known at run time.
  const body = write?.args[0] ? bodyOf(ctx, write.args[0](), Infinity) : method === 'GET' ? undefined : unknown('the request body');
  return { url: url.value, method, headers: objectOf(entries, false), body, written, value: connection };
}

/** `new URL(s)`, `URL(s)`, `URI.create(s).toURL()`: the URL's text, and where the constructor is given it. */
function urlOf(value: Value | undefined): { value: Value; at?: Span } | undefined {
  if (value?.kind !== 'call') return value && { value };
  if (value.construct && lastNames(value.callee) === 'URL' && value.args[0]) return { value: value.args[0](), at: value.argSpans[0] };
  if (value.method === 'toURL' && value.receiver) return { value: uriText(value.receiver()) };
  return undefined;
}

/** Whether a stream is the connection's output stream, possibly wrapped (`new OutputStreamWriter(conn.getOutputStream())`). */
function writesTo(stream: Value | undefined, connection: Span | undefined): boolean {
  for (let current = stream; current?.kind === 'call' || current?.kind === 'attr'; ) {
    if (current.kind === 'attr') return current.attr === 'outputStream' && sameSpan(current.object.span, connection);
    if (current.method === 'getOutputStream') return sameSpan(current.receiver?.().span, connection);
    if (!current.construct || !STREAM_WRAPPERS.has(lastNames(current.callee))) return false;
    current = current.args[0]?.();
  }
  return false;
}

function sameSpan(a: Span | undefined, b: Span | undefined): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

function restCall(ctx: JvmContext, call: JvmCall, request: Request): RestCall {
  const callee = ctx.callee(call.node);
  const via = request.value.names;
  const url = request.url ?? { kind: 'unknown', text: 'the URL', names: [] };
  const authorization = request.headers.keys.find((k) => k.toLowerCase() === 'authorization');
  const headerAt = authorization === undefined ? undefined : request.written.get(HEADER + authorization);
  return {
    flavor: ctx.flavors.http,
    callee: callee.label,
    method: request.method,
    url,
    headers: request.headers,
    body: request.body,
    span: callee.span,
    callSpan: { start: call.node.startIndex, end: call.node.endIndex },
    written: {
      url: reach(request.written.get('url') ?? url.span, url, via),
      header: reach(headerAt, authorization === undefined ? undefined : request.headers.get(authorization), via),
      body: reach(request.written.get('body'), request.body, via),
    },
  };
}

/**
 * The call site of a JVM REST request. A body's keys are read from text or from `put` calls, so a fix cannot add a
 * key to it as to an object literal: no place for one. Its definition still counts as the call's own (a constant used
 * only there may be edited).
 */
export function jvmRestSite(call: RestCall): CallSite | undefined {
  const site = restCallSite(call);
  return site && { ...site, places: { ...site.places, container: undefined, ids: undefined } };
}
