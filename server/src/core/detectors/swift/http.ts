// REST calls to api.clarifai.com from Swift: URLSession with a URLRequest (its URL, httpMethod, header fields and
// httpBody, set where it is built), and Alamofire's `AF.request(url, method:, parameters:, headers:)`.
import type { Node } from '@vscode/tree-sitter-wasm';
import { jsonValue } from '../../clarifai/jsonBody';
import { foreignHost, mayHaveClarifaiUrl, restCallSite, type RestCall } from '../../clarifai/rest';
import type { CallSite, Span } from '../../model';
import { reach } from '../../values/reach';
import { fieldIgnoreCase, knownText, mergeObjects, unknown, type CallValue, type Value } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import { headerFieldsPath, swiftPath } from './bindingKeys';
import { lastName, type SwiftContext } from './context';

/** URLSession methods that send a request (or fetch a URL), by the label of the argument that carries it. */
const SESSION_METHODS: Readonly<Record<string, string>> = { dataTask: 'with', data: 'for', upload: 'for', uploadTask: 'with', dataTaskPublisher: 'for', bytes: 'for', download: 'for', downloadTask: 'with' };
const URL_LABELS: Readonly<Record<string, string>> = { data: 'from', dataTask: 'with', bytes: 'from', dataTaskPublisher: 'for', download: 'from', downloadTask: 'with' };
const REQUEST_TYPES = /^(?:URLRequest|NSMutableURLRequest|NSURLRequest)$/;
const ALAMOFIRE = /^(?:AF|Alamofire|Session\.default|SessionManager\.default|Alamofire\.Session\.default)\.(?:request|upload)$/;
const ALAMOFIRE_SESSION = /^(?:Alamofire\.)?(?:Session|SessionManager)$/;
const METHOD_NAMES = new Set([...Object.keys(SESSION_METHODS), 'request']);

/** Clarifai REST calls, and the header values of calls to other hosts (whose `Key …` values are not Clarifai's). */
export function detectHttp(ctx: SwiftContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  // Without a Clarifai URL there is no call to find, and without a credential-shaped token no header to excuse.
  if (!mayHaveClarifaiUrl(ctx.text) && !ctx.secretShaped) return { sites, foreignHeaders };
  for (const node of ctx.calls) {
    const fn = node.namedChildren[0];
    // Only calls named like a URLSession or Alamofire method can be requests; the rest are skipped before any resolving.
    if (fn?.type !== 'navigation_expression' || !METHOD_NAMES.has(lastName(fn.text))) continue;
    const call = ctx.ev.callValue(node);
    const request = sessionCall(ctx, call, fn, node) ?? alamofireCall(ctx, call, fn, node);
    if (!request) continue;
    const site = restCallSite(request);
    if (site) sites.push(site);
    else if (foreignHost(request.url)) foreignHeaders.push(...[request.headers?.span, request.written?.header?.at].filter((s): s is Span => s !== undefined));
  }
  sites.push(...returnedRequests(ctx, sites));
  return { sites, foreignHeaders };
}

/**
 * URLRequests that a function builds and returns for its callers to send (`func makeRequest(…) -> URLRequest`): what
 * they will send is all written here, so the request is the call site, where it is returned. A function that also
 * sends a request itself is already read at that call.
 */
function returnedRequests(ctx: SwiftContext, found: readonly CallSite[]): CallSite[] {
  const sites: CallSite[] = [];
  for (const statement of ctx.index.of('control_transfer_statement')) {
    const result = statement.childForFieldName('result');
    if (!result || !statement.text.startsWith('return')) continue;
    const value = ctx.ev.eval(result);
    if (value.kind !== 'call' || !REQUEST_TYPES.test(value.callee)) continue;
    const owner = ctx.index.scopeOf(statement);
    if (found.some((site) => owner.start <= site.callSpan.start && site.callSpan.end <= owner.end)) continue;
    const request = urlRequest(ctx, value, result, statement);
    const site = request && restCallSite({ ...request, callee: `the ${value.callee} returned here` });
    if (site) sites.push(site);
  }
  return sites;
}

/** `session.dataTask(with: request)`, `try await URLSession.shared.data(for: request)`, `upload(for:from:)`, or a plain URL. */
function sessionCall(ctx: SwiftContext, call: CallValue, fn: Node, node: Node): RestCall | undefined {
  const method = call.method ?? '';
  const label = SESSION_METHODS[method];
  if (!label) return undefined;
  const argument = call.kwarg(label) ?? call.kwarg(URL_LABELS[method] ?? label);
  const at = call.kwargSpan(label) ?? call.kwargSpan(URL_LABELS[method] ?? label);
  if (!argument || !at) return undefined;
  const uploaded = method === 'upload' || method === 'uploadTask' ? call.kwarg('from') : undefined;
  if (argument.kind === 'call' && REQUEST_TYPES.test(argument.callee)) return urlRequest(ctx, argument, fn, node, uploaded && { value: uploaded, at: call.kwargSpan('from')! });
  // A URL alone is a GET without headers.
  if (argument.kind !== 'str') return undefined;
  return { flavor: 'swift-http', callee: calleeLabel(fn), method: 'GET', url: argument, span: spanOf(fn), callSpan: spanOf(node), written: { url: reach(at, argument) } };
}

/**
 * A URLRequest as sent: the URL it was built with (or set later), `httpMethod`, `allHTTPHeaderFields` and the
 * headers `setValue(_:forHTTPHeaderField:)` adds, and `httpBody` (or the data an upload sends).
 *
 * A request variable that only this call sends (and the statements that set it up) belongs to the call: what is
 * reached through it is this call's own. One that other code uses too stays on the way, so that a fix sees it.
 */
function urlRequest(ctx: SwiftContext, request: CallValue, fn: Node, node: Node, uploaded?: { value: Value; at: Span }): RestCall | undefined {
  const url = request.kwarg('url') ?? request.args[0]?.();
  if (!url) return undefined;
  const outer = request.names.length > 0 && request.span && ctx.support.usedOnlyWithin(request.names, [spanOf(node), request.span]) ? [] : request.names;
  const fields = request.kwarg('allHTTPHeaderFields');
  const added = mergeObjects(...[...new Set(request.names.map(swiftPath))].map((name) => ctx.ev.propertiesOf(headerFieldsPath(name), node)));
  const body = uploaded?.value ?? request.kwarg('httpBody');
  const fromSet = fieldIgnoreCase(added, 'authorization');
  const authorization = fromSet ?? fieldIgnoreCase(fields, 'authorization');
  return {
    flavor: 'swift-http',
    callee: calleeLabel(fn),
    method: knownText(request.kwarg('httpMethod'))?.toUpperCase() ?? (body ? 'POST' : 'GET'),
    url,
    // The header fields' dictionary stands for the headers where they are written (another host's are not Clarifai's).
    headers: withSpan(mergeObjects(fields, added), fields?.span),
    body: body && jsonBody(body),
    span: spanOf(fn),
    callSpan: spanOf(node),
    bodySpan: body?.span,
    written: {
      url: reach(request.kwargSpan('url') ?? request.argSpans[0], url, outer),
      // Headers added with setValue are written in those calls, not in the header fields' dictionary.
      headers: fromSet ? undefined : reach(request.kwargSpan('allHTTPHeaderFields'), fields, outer),
      body: uploaded ? reach(uploaded.at, body) : reach(request.kwargSpan('httpBody'), body, outer),
      header: authorization?.span && { at: authorization.span, definition: authorization.span, via: [...outer, ...(fromSet ? [] : fields?.names ?? []), ...authorization.names] },
    },
  };
}

/** `AF.request(url, method: .post, parameters: body, encoding: JSONEncoding.default, headers: headers)`, or a URLRequest. */
function alamofireCall(ctx: SwiftContext, call: CallValue, fn: Node, node: Node): RestCall | undefined {
  const session = call.method === 'request' || call.method === 'upload' ? call.receiver?.() : undefined;
  if (!ALAMOFIRE.test(call.callee) && !(session?.kind === 'call' && ALAMOFIRE_SESSION.test(session.callee))) return undefined;
  const target = call.args[0]?.();
  if (!target) return undefined;
  if (target.kind === 'call' && REQUEST_TYPES.test(target.callee)) return urlRequest(ctx, target, fn, node);
  const headers = call.kwarg('headers');
  const body = call.kwarg('parameters');
  return {
    flavor: 'swift-http',
    callee: calleeLabel(fn),
    method: httpMethod(call.kwarg('method')) ?? 'GET',
    url: target,
    headers,
    body: body && jsonBody(body),
    span: spanOf(fn),
    callSpan: spanOf(node),
    bodySpan: body?.span,
    written: {
      url: reach(call.argSpans[0], target),
      headers: reach(call.kwargSpan('headers'), headers),
      body: reach(call.kwargSpan('parameters'), body),
    },
  };
}

function withSpan(value: Value | undefined, span: Span | undefined): Value | undefined {
  return value && span ? { ...value, span } : value;
}

/** `.post`, `HTTPMethod.post`, `HTTPMethod(rawValue: "POST")`. */
function httpMethod(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  const text = knownText(value) ?? (value.kind === 'prim' ? value.text : value.kind === 'attr' ? value.text : undefined);
  const name = text && /(?:^|\.)([A-Za-z]+)$/.exec(text)?.[1];
  return name ? name.toUpperCase() : undefined;
}

/** A body written as JSON text is read as the object it holds; anything else stays as it is. */
function jsonBody(body: Value): Value {
  if (body.kind !== 'str') return body;
  return jsonValue(body) ?? unknown('the request body', body.span);
}
