// REST calls from Java or Kotlin (OkHttp, java.net.http, HttpURLConnection, Retrofit): the owner in the URL path
// (`/v2/users/clarifai/apps/main/…`) or where the body's ids are written, and `"Key " + System.getenv("CLARIFAI_PAT")`
// where the Authorization value is given.
import type { LanguageFamily } from '../../languages';
import type { ServiceMethod, Span, TextEdit } from '../../model';
import { lineAfter } from '../../text';
import { applyEdits } from '../fixAll';
import type { JvmWriter } from '../jvm';
import { lineEnding } from '../text';
import { sendPatInHeader } from './credential';
import { jvmTypeName } from './jvmTypes';
import { insertFirst } from './owner';
import type { FixPlan } from './plan';
import { restOwner } from './rest';

const HEADER_ANNOTATION = 'retrofit2.http.Header';

/** Points a REST call at its public resource's owner and, when asked, sends it a PAT. */
export function fixJvmRest(plan: FixPlan, family: LanguageFamily, writer: JvmWriter): boolean {
  if (plan.site.places.serviceMethod) return fixServiceCall(plan, family, writer, plan.site.places.serviceMethod);
  if (plan.needs.owner && !restOwner(plan, family)) return false;
  return !plan.needs.pat || sendPatInHeader(plan);
}

/**
 * A Retrofit call. What the call itself gives (`@Path` arguments, an `@Header("Authorization")` argument) changes at
 * the call, and a path without parameters (the same resource for every call) changes in its annotation. What only
 * this call needs goes to a twin of the method that the call uses instead: the owner in a path other calls share,
 * and a PAT where `@Headers` fixes the key (annotation values must be compile-time constants, so the twin takes the
 * header as a parameter).
 */
function fixServiceCall(plan: FixPlan, family: LanguageFamily, writer: JvmWriter, method: ServiceMethod): boolean {
  const { places } = plan.site;
  const header = plan.needs.pat && !places.header ? method.fixedHeader : undefined;
  if (plan.needs.pat && !places.header && !header) return false;
  const resource = places.ownerInUrl?.resource;
  const pathOwner = resource && method.path && resource.via.length === 0 && within(resource.span, method.path) ? resource.span.start : undefined;
  let twinOwner: number | undefined;
  // A twin made for the header takes the owner too, so that the method other calls use stays as it is.
  if (plan.needs.owner && ((header && pathOwner !== undefined) || !restOwner(plan, family))) {
    if (pathOwner === undefined) return false;
    twinOwner = pathOwner;
  }
  if (plan.needs.pat && places.header && !sendPatInHeader(plan)) return false;
  return (twinOwner === undefined && !header) || addTwin(plan, writer, method, twinOwner, header);
}

/** Declares the twin after the method (once: a copy already there is reused) and makes this call use it. */
function addTwin(plan: FixPlan, writer: JvmWriter, method: ServiceMethod, ownerAt: number | undefined, header: ServiceMethod['fixedHeader']): boolean {
  const { calledAs, declaration } = method;
  if (!calledAs) return false;
  const text = plan.text;
  const name = text.slice(method.name.start, method.name.end);
  const twin = `${name}${ownerAt === undefined ? 'WithPat' : 'ClarifaiMain'}`;
  const edits: TextEdit[] = [{ start: method.name.start, end: method.name.end, newText: twin }];
  if (ownerAt !== undefined) edits.push({ start: ownerAt, end: ownerAt, newText: `users/${plan.owner.userId}/apps/${plan.owner.appId}/` });
  if (header) {
    edits.push(removal(text, header));
    const params = text.slice(method.paramList.start + 1, method.paramList.end - 1);
    const parameter = writer.headerParameter(jvmTypeName(plan, writer, HEADER_ANNOTATION), /\bauthorization\b/.test(params) ? 'patAuthorization' : 'authorization');
    edits.push({ start: method.paramList.start + 1, end: method.paramList.start + 1, newText: params.trim() ? `${parameter}, ` : parameter });
  }
  const copy = applyEdits(text.slice(declaration.start, declaration.end), edits.map((e) => ({ ...e, start: e.start - declaration.start, end: e.end - declaration.start })));
  if (!text.includes(copy)) {
    if (new RegExp(`\\b${twin}\\b`).test(text)) return false;
    const lineStart = text.lastIndexOf('\n', declaration.start - 1) + 1;
    const indent = /^[ \t]*$/.test(text.slice(lineStart, declaration.start)) ? text.slice(lineStart, declaration.start) : '';
    const eol = lineEnding(text);
    const at = lineAfter(text, declaration.end);
    plan.edits.push({ start: at, end: at, newText: `${at === text.length && !text.endsWith('\n') ? eol : ''}${eol}${indent}${copy}${eol}` });
  }
  plan.replace(calledAs.name, twin);
  if (header) plan.edits.push(insertFirst(text, calledAs.args, plan.keyHeader('')));
  return true;
}

/** Takes a fixed header out of its annotation: the whole annotation when it is its only line, else the line and a comma. */
function removal(text: string, header: NonNullable<ServiceMethod['fixedHeader']>): TextEdit {
  if (header.annotation) {
    const after = /^\s*/.exec(text.slice(header.annotation.end))![0].length;
    return { start: header.annotation.start, end: header.annotation.end + after, newText: '' };
  }
  const { line } = header;
  const following = /^\s*,\s*/.exec(text.slice(line.end));
  if (following) return { start: line.start, end: line.end + following[0].length, newText: '' };
  const preceding = /,\s*$/.exec(text.slice(0, line.start));
  return { start: preceding ? line.start - preceding[0].length : line.start, end: line.end, newText: '' };
}

function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
