// Pointing a call at the resource's owner: the ids where they are written, else the user_app_id value where it is
// defined or given, else a new user_app_id in the request.
import type { IdValue, OwnerSegment, Reach, Span, TextEdit } from '../../model';
import { lineEnding } from '../text';
import type { FixPlan } from './plan';

/**
 * Edits the call's owner ids. `ids()` writes a whole new user_app_id value; `field()` writes it as a field or
 * argument of the request, for a request that has none.
 */
export function pointAtOwner(plan: FixPlan, ids: () => string, field: () => string): boolean {
  const { userAppId, places } = plan.site;
  if (userAppId.state === 'absent') {
    if (!places.container || !plan.exclusive([places.request], 'owner')) return false;
    plan.edits.push(insertFirst(plan.text, places.container, field()));
    return true;
  }
  if (replaceWrittenIds(plan, userAppId.userId, userAppId.appId)) return true;
  if (places.ids && plan.exclusive([places.request, places.ids], 'owner')) {
    plan.replace(places.ids.definition, ids());
    return true;
  }
  if (places.ids && plan.exclusive([places.request], 'owner')) {
    plan.replace(places.ids.at, ids());
    return true;
  }
  return false;
}

/** `USER_ID = "my-user"` → `USER_ID = "clarifai"`, when both ids are plain literals nothing else uses. */
function replaceWrittenIds(plan: FixPlan, userId: IdValue | undefined, appId: IdValue | undefined): boolean {
  const user = userId?.written;
  const app = appId?.written;
  const { places } = plan.site;
  // Where each literal is written defines its bindings: it tells them apart from other bindings of the same names.
  const literals = [user, app].map((w) => w && { at: w.span, definition: w.span, via: w.via });
  if (!user || !app || !plan.exclusive([places.request, places.ids, ...literals], 'owner')) return false;
  const owner = plan.owner;
  if (userId.value !== owner.userId) plan.replace(user.span, requoted(plan.text, user.span, owner.userId));
  if (appId.value !== owner.appId) plan.replace(app.span, requoted(plan.text, app.span, owner.appId));
  return true;
}

/** A literal with a new value, in the quotes (and prefix) of the old one. */
export function requoted(text: string, literal: Span, value: string): string {
  const old = text.slice(literal.start, literal.end);
  const open = /^[A-Za-z]*("""|'''|["'`])/.exec(old)?.[0] ?? '"';
  const quote = open.replace(/^[A-Za-z]*/, '');
  return `${open}${value}${quote}`;
}

/** Inserts `item` as the last entry of a bracketed list (an argument list), laid out like the entries there. */
export function insertLast(text: string, brackets: Span, item: string): TextEdit {
  const close = brackets.end - 1;
  let last = close;
  while (last > brackets.start + 1 && /\s/.test(text[last - 1]!)) last--;
  if (last === brackets.start + 1) return { start: last, end: close, newText: item };
  const comma = text[last - 1] === ',';
  const gap = text.slice(last, close);
  if (!gap.includes('\n')) return { start: last, end: last, newText: `${comma ? ' ' : ', '}${item}` };
  // One entry per line: the new one goes on its own line, indented like the line before.
  const lineStart = text.lastIndexOf('\n', last - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { start: last, end: last, newText: `${comma ? '' : ','}${lineEnding(text)}${indent}${item}${comma ? ',' : ''}` };
}

/**
 * Inserts `item` as the first entry of a bracketed list (an argument list, an object literal), laid out like the
 * entries already there: on its own line when they are, else inline.
 */
export function insertFirst(text: string, brackets: Span, item: string): TextEdit {
  const open = brackets.start + 1;
  const inner = text.slice(open, brackets.end - 1);
  // `[:]` is Swift's empty dictionary.
  if (inner.trim() === '' || inner.trim() === ':') {
    const pad = text[brackets.start] === '{' ? ' ' : '';
    return { start: open, end: brackets.end - 1, newText: `${pad}${item}${pad}` };
  }
  const multiline = /^[ \t]*\r?\n([ \t]*)/.exec(inner);
  if (multiline) return { start: open, end: open, newText: `${lineEnding(text)}${multiline[1]}${item},` };
  const lead = /^[ \t]*/.exec(inner)![0].length;
  return { start: open + lead, end: open + lead, newText: `${item}, ` };
}

/**
 * The ids where a URL writes them (`/v2/users/<u>/apps/<a>/…`, `https://clarifai.com/<u>/<a>/models/…`): text in
 * the URL, a constant, an interpolation or an operand.
 */
export function urlOwner(plan: FixPlan): boolean {
  const { userAppId, places } = plan.site;
  const { user, app } = places.ownerInUrl!;
  if (!user || !app || !plan.exclusive([places.address], 'owner', [...user.via, ...app.via])) return false;
  if (!ownSegment(places.address, user) || !ownSegment(places.address, app)) return false;
  const { userId, appId } = plan.owner;
  if (userAppId.userId?.value !== userId) plan.replace(user.span, rewriteSegment(plan, user, userId));
  if (userAppId.appId?.value !== appId) plan.replace(app.span, rewriteSegment(plan, app, appId));
  return true;
}

function rewriteSegment(plan: FixPlan, segment: OwnerSegment, id: string): string {
  switch (segment.form) {
    case 'text':
    case 'interpolation':
      return id;
    case 'literal':
      return requoted(plan.text, segment.span, id);
    case 'expression':
      return plan.writer.stringLiteral(id, plan.quote);
  }
}

/** `/v2/models/…` → `/v2/users/<u>/apps/<a>/models/…`, when the path is written for this call. */
export function ownerIntoPath(plan: FixPlan): boolean {
  const { places } = plan.site;
  const resource = places.ownerInUrl?.resource;
  if (!resource || !ownSegment(places.address, resource) || !plan.exclusive([places.address], 'owner', resource.via)) return false;
  const { userId, appId } = plan.owner;
  plan.edits.push({ start: resource.span.start, end: resource.span.start, newText: `users/${userId}/apps/${appId}/` });
  return true;
}

/**
 * Whether a piece of a URL may be edited for this call: it is written in the call's own URL expression, or it
 * came through bindings (`via`) whose other uses the exclusivity check sees. A base URL written in an axios
 * instance's config, say, is neither: other calls of the instance use it.
 */
export function ownSegment(address: Reach | undefined, segment: OwnerSegment): boolean {
  if (segment.via.length > 0) return true;
  return !!address && [address.at, address.definition].some((span) => span.start <= segment.span.start && segment.span.end <= span.end);
}
