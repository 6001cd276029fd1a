// Retrofit services: an interface method annotated `@POST("v2/models/{model_id}/outputs")`, with `@Headers`,
// `@Header("Authorization")`, `@Path`, `@Url` and `@Body` parameters, against the base URL of a
// `Retrofit.Builder().baseUrl(…)` in the same file. Each call of the method is a request; a method the file never
// calls is one whose arguments are only known at run time.
import { splitHeaderLine } from '../../clarifai/headerLine';
import type { CallSite, Reach, ServiceMethod, Span } from '../../model';
import { spanOf } from '../syntax';
import { substituted } from '../../values/format';
import { reach } from '../../values/reach';
import { knownText, objectOf, type Lazy, type StrPart, type Value } from '../../values/value';
import { lastNames, type AnnotatedMethod, type JvmContext } from './context';
import { jvmRestSite } from './http';
import { bodyOf } from './jsonBodies';

const VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);

interface Endpoint {
  method: AnnotatedMethod;
  verb: string;
  /** The relative URL of the annotation, and the literal it is written in. */
  path?: Value;
  pathAt?: Span;
  /** `@Headers("Name: value")` entries: fixed for every call. */
  headers: { name: string; value: Value }[];
  /** The Authorization line of `@Headers`, and the annotation when it holds only that line. */
  fixedHeader?: { line: Span; annotation?: Span };
  params: { name: string; path?: string; header?: string; body: boolean; url: boolean }[];
}

/** The calls of the file's Retrofit service methods, and the methods it declares but never calls. */
export function detectRetrofit(ctx: JvmContext): CallSite[] {
  const endpoints = ctx.annotatedMethods.flatMap((m) => endpointOf(ctx, m));
  if (endpoints.length === 0) return [];
  const base = baseUrl(ctx);
  const sites: CallSite[] = [];
  const called = new Set<Endpoint>();
  for (const call of ctx.calls) {
    const endpoint = endpoints.find((e) => e.method.name === call.name);
    if (!endpoint) continue;
    const value = ctx.ev.callValue(call.node);
    if (value.args.length !== endpoint.params.length || !isService(value.receiver?.())) continue;
    called.add(endpoint);
    const callee = ctx.callee(call.node);
    const site = siteOf(ctx, endpoint, base, {
      args: value.args,
      argSpans: value.argSpans,
      callee: callee.label,
      span: callee.span,
      callSpan: { start: call.node.startIndex, end: call.node.endIndex },
      calledAs: { name: { start: callee.span.end - call.name.length, end: callee.span.end }, args: value.argsSpan },
    });
    if (site) sites.push(site);
  }
  for (const endpoint of endpoints.filter((e) => !called.has(e))) {
    const args = endpoint.params.map((p): Lazy<Value> => () => ({ kind: 'param', name: p.name, names: [] }));
    const site = siteOf(ctx, endpoint, base, { args, argSpans: [], callee: endpoint.method.name, span: endpoint.method.span, callSpan: endpoint.method.span });
    if (site) sites.push(site);
  }
  return sites;
}

function endpointOf(ctx: JvmContext, method: AnnotatedMethod): Endpoint[] {
  const http = method.annotations.find((a) => VERBS.has(a.name) || a.name === 'HTTP');
  if (!http) return [];
  const pathArg = http.name === 'HTTP' ? http.args.find((a) => a.key === 'path') : http.args.find((a) => a.key === undefined || a.key === 'value');
  const verb = http.name === 'HTTP' ? knownText(ctx.ev.eval(http.args.find((a) => a.key === 'method')?.value)) ?? 'GET' : http.name;
  const headers: Endpoint['headers'] = [];
  let fixedHeader: Endpoint['fixedHeader'];
  for (const annotation of method.annotations.filter((a) => a.name === 'Headers')) {
    for (const { value } of annotation.args) {
      const header = splitHeaderLine(ctx.ev.eval(value));
      if (!header) continue;
      headers.push(header);
      if (header.name.toLowerCase() === 'authorization') fixedHeader = { line: spanOf(value), annotation: annotation.args.length === 1 ? annotation.span : undefined };
    }
  }
  const params = method.params.map((p) => {
    const argument = (name: string) => {
      const found = p.annotations.find((a) => a.name === name);
      return found ? (knownText(ctx.ev.eval(found.args[0]?.value)) ?? '') : undefined;
    };
    return { name: p.name, path: argument('Path'), header: argument('Header'), body: p.annotations.some((a) => a.name === 'Body'), url: p.annotations.some((a) => a.name === 'Url') };
  });
  const path = pathArg ? ctx.ev.eval(pathArg.value) : undefined;
  return [{ method, verb, path, pathAt: pathArg && spanOf(pathArg.value), headers, fixedHeader, params }];
}

/** The one base URL the file's `Retrofit.Builder` chains give (none when they disagree). */
function baseUrl(ctx: JvmContext): Value | undefined {
  const bases = ctx.calls.filter((c) => c.name === 'baseUrl').flatMap((c) => {
    const call = ctx.ev.callValue(c.node);
    return call.args[0] && builtByRetrofit(call.receiver?.()) ? [call.args[0]()] : [];
  });
  const texts = new Set(bases.map((b) => knownText(b) ?? '?'));
  return texts.size === 1 ? bases[0] : undefined;
}

function builtByRetrofit(value: Value | undefined): boolean {
  for (let current = value; current?.kind === 'call'; current = current.receiver?.()) if (current.construct) return lastNames(current.callee, 2) === 'Retrofit.Builder';
  return false;
}

/** A service from `retrofit.create(Api.class)`, or one the file does not show (a field, a parameter): not some other object. */
function isService(value: Value | undefined): boolean {
  if (!value) return false;
  if (value.kind === 'call') return value.method === 'create';
  return value.kind === 'unknown' || value.kind === 'param' || value.kind === 'attr' || value.kind === 'module';
}

interface Invocation {
  args: readonly Lazy<Value>[];
  argSpans: readonly Span[];
  callee: string;
  span: Span;
  callSpan: Span;
  calledAs?: ServiceMethod['calledAs'];
}

function siteOf(ctx: JvmContext, endpoint: Endpoint, base: Value | undefined, call: Invocation): CallSite | undefined {
  const arg = (i: number) => call.args[i]?.();
  const urlParam = endpoint.params.findIndex((p) => p.url);
  const url = urlParam >= 0 ? arg(urlParam) : endpoint.path && withPathParams(endpoint, call);
  if (!url) return undefined;
  const entries = new Map<string, Lazy<Value>>(endpoint.headers.map((h) => [h.name, () => h.value]));
  let header: Reach | undefined;
  endpoint.params.forEach((p, i) => {
    if (p.header === undefined) return;
    entries.set(p.header, () => arg(i)!);
    const value = arg(i);
    const at = call.argSpans[i];
    if (p.header.toLowerCase() === 'authorization' && value && at) header = { at, definition: value.span ?? at, via: value.names };
  });
  const bodyIndex = endpoint.params.findIndex((p) => p.body);
  const body = bodyIndex >= 0 ? bodyOf(ctx, arg(bodyIndex)!, Infinity) : undefined;
  const fixedPath = urlParam < 0 && endpoint.params.every((p) => p.path === undefined);
  const at = call.argSpans.length > 0 ? { start: call.argSpans[0]!.start, end: call.argSpans[call.argSpans.length - 1]!.end } : call.span;
  const site = jvmRestSite({
    flavor: ctx.flavors.http,
    callee: call.callee,
    method: endpoint.verb,
    url,
    baseUrl: urlParam >= 0 ? undefined : base,
    headers: objectOf(entries, false),
    body,
    span: call.span,
    callSpan: call.callSpan,
    written: {
      // A path without parameters names the same resource for every call: it may be edited in the annotation.
      url: { at, definition: fixedPath && endpoint.pathAt ? endpoint.pathAt : at, via: url.names },
      // `@Headers` values are compile-time constants: the header has a place a fix may write to only as an argument.
      header,
      body: reach(call.argSpans[bodyIndex], body),
    },
  });
  const { declaration, span: name, paramList } = endpoint.method;
  return site && { ...site, places: { ...site.places, serviceMethod: { declaration, name, paramList, calledAs: call.calledAs, path: endpoint.pathAt, fixedHeader: endpoint.fixedHeader } } };
}

/** The annotation's path with each `{name}` replaced by the value of its `@Path("name")` argument, where it is written. */
function withPathParams(endpoint: Endpoint, call: Invocation): Value {
  const path = endpoint.path!;
  const filled = substituted(path, /\{([\w-]+)\}/g, path.span, (m): string | readonly StrPart[] => {
    const index = endpoint.params.findIndex((p) => p.path === m[1]);
    if (index < 0) return m[0];
    const value = call.args[index]?.() ?? { kind: 'param', name: m[1]!, names: [] };
    const written = call.argSpans[index];
    return value.kind === 'str' ? value.parts : [{ hole: value, ...(written ? { written: { span: written, interpolation: false } } : {}) }];
  });
  return { ...filled, names: path.names };
}
