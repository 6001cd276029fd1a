// clarifai-go-grpc: `UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"}` in the request, and the PAT in
// the context's metadata: the `Key …` value where the context is built, or, when other calls share that context, a
// twin at the call (`patCtx := metadata.NewOutgoingContext(ctx, metadata.Pairs("authorization", "Key "+…))`), which
// keeps the shared context's deadline and values but sends only the PAT.
import type { TextEdit } from '../../model';
import { lineAfter } from '../../text';
import { lineEnding } from '../text';
import { isGoFixSupport, type GoFixSupport } from '../goSupport';
import { keepsCompiling } from './goCompiles';
import { insertFirst, pointAtOwner } from './owner';
import { PAT_ENV, patTwinName, type FixPlan } from './plan';

/** Where the Clarifai Go client's messages live: the published module, and the repository's own module name. */
const API_PACKAGES = ['github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api', 'clarifai_grpc/proto/clarifai/api'];
const METADATA = 'google.golang.org/grpc/metadata';

/** The owner's ids in the request and a PAT in the context, or false when no edit keeps the file compiling. */
export function fixGoGrpc(plan: FixPlan): boolean {
  const { support } = plan;
  if (!isGoFixSupport(support)) return false;
  if (plan.needs.owner && !goOwner(plan)) return false;
  if (plan.needs.pat && !goPat(plan, support)) return false;
  return keepsCompiling(plan, support);
}

function goOwner(plan: FixPlan): boolean {
  const api = API_PACKAGES.map((p) => plan.support.localName(p)).find((name) => name !== undefined);
  if (!api) return false;
  const ids = () => `&${api}.UserAppIDSet{UserId: ${plan.userId()}, AppId: ${plan.appId()}}`;
  const { userAppId, places } = plan.site;
  if (userAppId.state !== 'absent') return pointAtOwner(plan, ids, () => `UserAppId: ${ids()}`);
  if (!plan.exclusive([places.request], 'owner')) return false;
  const container = places.container;
  if (container) {
    // `&api.PostModelOutputsRequest{}` gets its first field the way gofmt writes it, without padding.
    if (plan.text.slice(container.start + 1, container.end - 1).trim() === '') plan.replace(container, `{UserAppId: ${ids()}}`);
    else plan.edits.push(...firstField(plan.text, container, 'UserAppId', ids()));
    return true;
  }
  // `var req api.PostModelOutputsRequest` set field by field gets one more field set.
  const name = places.request?.via[0];
  return !!name && /^\w+$/.test(name) && plan.addStatementAfter(places.request!.definition, [`${name}.UserAppId = ${ids()}`]);
}

/** A field written on a line of its own and ending with a comma: `Key: value,` (a trailing comment left alone). */
const FIELD_LINE = /^([ \t]*)(\w+):([ \t]+)([^\n]*),[ \t]*\r?$/;

/**
 * Inserts `key: value` as the first field of a composite literal. In a literal written one field per line the new
 * line joins the fields gofmt aligns with it (the single-line fields up to a multi-line one or a blank line), and
 * their values are realigned the way gofmt aligns them.
 */
function firstField(text: string, braces: { start: number; end: number }, key: string, value: string): TextEdit[] {
  const firstLine = lineAfter(text, braces.start);
  // The brace ends its line (a comment may follow it): the fields are written one per line.
  if (!/^[ \t]*(?:\/\/[^\n]*)?\r?\n$/.test(text.slice(braces.start + 1, firstLine))) return [insertFirst(text, braces, `${key}: ${value}`)];
  const indent = /^[ \t]*/.exec(text.slice(firstLine))![0];
  const section: { key: string; gap: { start: number; end: number } }[] = [];
  for (let at = firstLine; at < braces.end; at = lineAfter(text, at)) {
    const line = text.slice(at, lineAfter(text, at)).replace(/\n$/, '');
    const field = FIELD_LINE.exec(line);
    if (!field || !balanced(field[4]!) || field[4]!.includes('//')) break;
    const gapStart = at + field[1]!.length + field[2]!.length + 1;
    section.push({ key: field[2]!, gap: { start: gapStart, end: gapStart + field[3]!.length } });
  }
  const width = Math.max(key.length, ...section.map((f) => f.key.length));
  const pad = (name: string) => ' '.repeat(width - name.length + 1);
  const realigned = section.filter((f) => f.gap.end - f.gap.start !== pad(f.key).length || text.slice(f.gap.start, f.gap.end) !== pad(f.key));
  const inserted = { start: firstLine, end: firstLine, newText: `${indent}${key}:${pad(key)}${value},${lineEnding(text)}` };
  return [inserted, ...realigned.map((f) => ({ ...f.gap, newText: pad(f.key) }))];
}

/** Whether a field's value closes every bracket it opens on its line (it is not the first line of a longer one). */
function balanced(value: string): boolean {
  let depth = 0;
  for (const c of value.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""')) {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/** A context variable another call of the file sends a PAT from CLARIFAI_PAT with, bound where this call can use it. */
function visiblePatContext(plan: FixPlan, support: GoFixSupport): string | undefined {
  const call = plan.site.callSpan;
  for (const other of plan.model.callSites) {
    const { credential, places } = other;
    if (other === plan.site || other.flavor !== 'go-grpc' || credential.kind !== 'pat' || credential.envName !== PAT_ENV || !places.carrier) continue;
    const name = plan.text.slice(places.carrier.at.start, places.carrier.at.end);
    const place = /^\w+$/.test(name) ? support.twinPlace(places.carrier.at, other.callSpan.start) : undefined;
    if (place && place.at <= call.start && place.scope.start <= call.start && call.end <= place.scope.end) return name;
  }
  return undefined;
}

/** `"Key "+pat` spaced the way gofmt writes it where `span` stands. */
export function goKeyHeader(plan: FixPlan, support: GoFixSupport, span: { start: number; end: number }): string {
  return `"Key "${support.isArgument(span) ? '+' : ' + '}${plan.pat()}`;
}

function goPat(plan: FixPlan, support: GoFixSupport): boolean {
  const { header, carrier } = plan.site.places;
  const mark = plan.edits.length;
  if (header && plan.exclusive([header, carrier], 'pat')) {
    plan.replace(header.definition, goKeyHeader(plan, support, header.definition));
    // The value may be all that used a variable some other call also sends: then the call gets a twin instead.
    if (keepsCompiling(plan, support)) return true;
    plan.edits.splice(mark);
  }
  return twinContext(plan, support);
}

/**
 * A context that sends the PAT: one another call already sends it with where this call can see it, else a twin of
 * the call's own, beside the binding the call uses or around the argument.
 */
function twinContext(plan: FixPlan, support: GoFixSupport): boolean {
  const carrier = plan.site.places.carrier;
  const metadata = support.localName(METADATA);
  if (!carrier || !metadata) return false;
  const existing = visiblePatContext(plan, support);
  if (existing) {
    plan.replace(carrier.at, existing);
    return true;
  }
  const written = plan.text.slice(carrier.at.start, carrier.at.end);
  const twin = (parent: string) => `${metadata}.NewOutgoingContext(${parent}, ${metadata}.Pairs("authorization", "Key "+${plan.pat()}))`;
  if (!/^\w+$/.test(written)) {
    plan.replace(carrier.at, twin(written));
    return true;
  }
  const place = support.twinPlace(carrier.at, plan.site.callSpan.start);
  if (!place) return false;
  const name = patTwinName(written, false);
  const statement = place.topLevel ? `var ${name} = ${twin(written)}` : `${name} := ${twin(written)}`;
  // Another call's fix may have put the same twin there already.
  if (!plan.text.startsWith(`${place.indent}${statement}`, place.at)) {
    if (support.nameUsedIn(name, place.scope)) return false;
    plan.edits.push({ start: place.at, end: place.at, newText: `${place.indent}${statement}${lineEnding(plan.text)}` });
  }
  plan.replace(carrier.at, name);
  return true;
}
