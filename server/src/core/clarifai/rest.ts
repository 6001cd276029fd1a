// Reads Clarifai REST calls: the URL's path (whose model or workflow), the Authorization header and the JSON body.
import type { CallSite, ClientFlavor, HeaderSlot, OwnerSegment, Reach, ResourceKind, Span, UserAppId } from '../model';
import { nested, reach } from '../values/reach';
import { asStr, concat, describe, field, fieldAt, fieldIgnoreCase, isHole, str, type StrPart, type Value } from '../values/value';
import { classifyCredential, parseAuthorization } from './credential';
import { flatten, HOLE, segment, segmentText, segmentValue, writtenAt, type Segment } from './urlTemplate';
import { targetOf, userAppIdFrom } from './target';

const CLARIFAI_HOST = /^(?:https?:)?\/\/(?:api(?:-[a-z0-9-]+)?\.clarifai\.com(?::\d+)?|(?:www\.)?clarifai\.com\/api\/_api)(?=\/|$)/i;

export interface ClarifaiUrl {
  resource: ResourceKind;
  /** `/v2/users/{user_id}/apps/{app_id}/models/{model_id}/outputs`, with placeholders for ids. */
  path: string;
  id?: Value;
  version?: Value;
  user?: Value;
  app?: Value;
  /** `user_app_id.user_id` / `user_app_id.app_id` query parameters (GET endpoints). */
  queryUser?: Value;
  queryApp?: Value;
  /** Where the path's owner ids are written. */
  userWritten?: OwnerSegment;
  appWritten?: OwnerSegment;
  /**
   * In a path without `users/{u}/apps/{a}/`, where that would go: before the segment after `/v2` (`models`,
   * `workflows`), when that is written as text.
   */
  resourceWritten?: OwnerSegment;
}

/**
 * Parses a URL value when it points at the Clarifai API: a literal `api.clarifai.com` host, a base variable
 * whose name says Clarifai, or a path relative to a known Clarifai base (axios `baseURL`).
 */
export function parseClarifaiUrl(url: Value, base?: Value): ClarifaiUrl | undefined {
  const full = base ? joinUrl(base, url) : asStr(url);
  const { template, holes, sources } = flatten(full);
  let pathStart: number;
  const host = CLARIFAI_HOST.exec(template);
  if (host) pathStart = host[0].length;
  else {
    const lead = new RegExp(`^${HOLE}(\\d+)${HOLE}`).exec(template);
    const leadValue = lead ? holes[Number(lead[1])] : undefined;
    if (!lead || !leadValue || !/clarifai/i.test(describe(leadValue) ?? '')) return undefined;
    pathStart = lead[0].length + (/^\/?api\/_api/.exec(template.slice(lead[0].length))?.[0].length ?? 0);
  }
  const [pathPart = '', query = ''] = template.slice(pathStart).split(/[?#]/, 2);
  const segments: Positioned[] = [];
  let at = pathStart;
  for (const piece of pathPart.split('/')) {
    if (piece !== '') segments.push({ seg: segment(piece, holes), written: writtenAt(sources, at, at + piece.length) });
    at += piece.length + 1;
  }
  if (segmentText(segments[0]?.seg) !== 'v2') return undefined;
  const parsed = readPath(segments.slice(1).map((s) => s.seg), readQuery(query, holes));
  if (parsed.user !== undefined) {
    parsed.userWritten = segments[2]?.written;
    parsed.appWritten = parsed.app !== undefined ? segments[4]?.written : undefined;
  } else if (segments[1]?.written?.form === 'text') parsed.resourceWritten = segments[1].written;
  return parsed;
}

/** A path segment and where it is written. */
interface Positioned {
  seg: Segment;
  written?: OwnerSegment;
}

function readPath(segs: Segment[], query: { user?: Value; app?: Value }): ClarifaiUrl {
  let i = 0;
  const text = segmentText;
  const value = segmentValue;
  const path: string[] = [''];
  const out: Omit<ClarifaiUrl, 'resource' | 'path'> = { queryUser: query.user, queryApp: query.app };
  path.push('v2');
  if (text(segs[i]) === 'users') {
    out.user = value(segs[i + 1]);
    path.push('users', '{user_id}');
    i += 2;
    if (text(segs[i]) === 'apps') {
      out.app = value(segs[i + 1]);
      path.push('apps', '{app_id}');
      i += 2;
    }
  }
  const kind = text(segs[i]);
  let resource: ResourceKind = 'other';
  if ((kind === 'models' || kind === 'workflows') && segs[i + 1]) {
    resource = kind === 'models' ? 'model' : 'workflow';
    out.id = value(segs[i + 1]);
    path.push(kind, kind === 'models' ? '{model_id}' : '{workflow_id}');
    i += 2;
    if (text(segs[i]) === 'versions' && segs[i + 1]) {
      out.version = value(segs[i + 1]);
      path.push('versions', '{version_id}');
      i += 2;
    }
  }
  for (const s of segs.slice(i)) path.push(text(s) ?? '{…}');
  return { resource, path: path.join('/'), ...out };
}

function readQuery(query: string, holes: Value[]): { user?: Value; app?: Value } {
  const out: { user?: Value; app?: Value } = {};
  for (const pair of query.split('&')) {
    const [key, val = ''] = pair.split('=', 2);
    const seg = segment(val, holes);
    const v = 'value' in seg ? seg.value : str([{ text: safeDecode(seg.text) }]);
    if (key === 'user_app_id.user_id') out.user = v;
    if (key === 'user_app_id.app_id') out.app = v;
  }
  return out;
}

function joinUrl(base: Value, path: Value): Value {
  const pathText = asStr(path);
  const first = pathText.parts[0];
  const absolute = first && !isHole(first) && /^https?:\/\//i.test(first.text);
  if (absolute) return path;
  const baseStr = asStr(base);
  const last = baseStr.parts[baseStr.parts.length - 1];
  const needsSlash = !(last && !isHole(last) && last.text.endsWith('/')) && !(first && !isHole(first) && first.text.startsWith('/'));
  const parts: StrPart[] = needsSlash ? [{ text: '/' }] : [];
  return concat([baseStr, str(parts), pathText]);
}

export interface RestCall {
  flavor: ClientFlavor;
  callee: string;
  method: string;
  url: Value;
  /** axios `baseURL`, when the URL is relative to it. */
  baseUrl?: Value;
  headers?: Value;
  /** The JSON body (an object), when the call sends one. */
  body?: Value;
  /** Request options we cannot see into (built by a helper with parameters): headers and body are unknown. */
  opaque?: Value;
  span: Span;
  callSpan: Span;
  /** Where a user_app_id would be added to the body. */
  bodySpan?: Span;
  /**
   * Where the call writes its URL, headers and body (arguments, or fields of its options), for fix builders. No
   * `headers` when some come from a session, an instance or defaults: those are shared in ways a fix cannot see,
   * so `headerSlot` says where the call can give its own. `header` when the detector knows where the
   * Authorization value is written better than the headers object does (`req.add_header(…)`).
   */
  written?: { url?: Reach; headers?: Reach; body?: Reach; header?: Reach; headerSlot?: HeaderSlot };
}

/**
 * Whether a file's text can hold a Clarifai REST URL: the API host, or a variable named like a Clarifai base URL
 * (`CLARIFAI_API_BASE`, `clarifaiUrl`) that a URL could be built from.
 */
export function mayHaveClarifaiUrl(text: string): boolean {
  return /clarifai\.com|clarifai[\w.-]{0,20}?(?:url|base|host|endpoint|api|server|root)/i.test(text);
}

/** A URL that starts with a literal host other than Clarifai's (fal.run uses `Authorization: Key …` too). */
export function foreignHost(url: Value): boolean {
  const first = asStr(url).parts[0];
  if (!first || isHole(first)) return false;
  const host = /^https?:\/\/([^/?#]+)/i.exec(first.text)?.[1];
  return host !== undefined && !/(^|\.)clarifai\.com(:\d+)?$/i.test(host);
}

/** A call site for a REST request to the Clarifai API; undefined when the URL is not Clarifai's or uses another scheme. */
export function restCallSite(call: RestCall): CallSite | undefined {
  const url = parseClarifaiUrl(call.url, call.baseUrl);
  if (!url) return undefined;
  const header = fieldIgnoreCase(call.headers, 'authorization');
  const auth = header ? parseAuthorization(header) : undefined;
  if (auth?.scheme === 'bearer') return undefined;
  const credential = classifyCredential(auth?.credential ?? call.opaque, { span: header?.span });
  const bodyIds = field(call.body, 'user_app_id', 'userAppId');
  let userAppId: UserAppId;
  if (url.user || url.app) userAppId = userAppIdFrom(url.user, url.app, call.url.span);
  else if (url.queryUser || url.queryApp) userAppId = userAppIdFrom(url.queryUser, url.queryApp, call.url.span);
  else if (bodyIds) userAppId = userAppIdFrom(field(bodyIds, 'user_id', 'userId'), field(bodyIds, 'app_id', 'appId'), bodyIds.span);
  else if (call.opaque || (call.body && call.body.kind !== 'obj' && call.body.kind !== 'str')) userAppId = { state: 'runtime' };
  else userAppId = userAppIdFrom(undefined, undefined);
  const target = targetOf({ resource: url.resource, id: url.id, version: url.version, owner: userAppId, span: call.url.span });
  const carrier = call.written?.headers;
  const body = call.body?.kind === 'obj' ? call.body : undefined;
  // A constructed body (a Swift Codable value) names its keys by its labels: its ids can be edited, not added to.
  const fields = body ?? (call.body?.kind === 'call' && call.body.construct ? call.body : undefined);
  return {
    flavor: call.flavor,
    endpoint: `${call.method.toUpperCase()} ${url.path}`,
    callee: call.callee,
    span: call.span,
    callSpan: call.callSpan,
    credential,
    target,
    userAppId,
    places: {
      credential: header?.span,
      url: call.url.span,
      userAppId: bodyIds?.span,
      container: body?.span,
      carrier,
      header: call.written?.header ?? nested(header, carrier),
      headerSlot: call.written?.headerSlot,
      headerName: call.headers?.kind === 'obj' ? call.headers.keys.find((k) => k.toLowerCase() === 'authorization') : undefined,
      request: fields ? call.written?.body : undefined,
      ids: fields && call.written?.body ? reach(fieldAt(fields, 'user_app_id', 'userAppId'), bodyIds, call.written.body.via) : undefined,
      address: call.written?.url,
      ownerInUrl: url.user !== undefined || url.resourceWritten !== undefined ? { user: url.userWritten, app: url.appWritten, resource: url.resourceWritten } : undefined,
    },
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
