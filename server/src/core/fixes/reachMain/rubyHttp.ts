// Ruby REST calls (Net::HTTP, HTTParty, Faraday, RestClient): the owner in the URL path or the body hash's
// user_app_id, and `"Key #{ENV.fetch('CLARIFAI_PAT')}"`; headers other calls share get a merged copy at this call.
import type { Reach } from '../../model';
import { sendPat } from './credential';
import { insertLast } from './owner';
import type { FixPlan } from './plan';
import { restOwner } from './rest';

export function fixRubyHttp(plan: FixPlan): boolean {
  if (plan.needs.owner && !restOwner(plan, 'ruby')) return false;
  return !plan.needs.pat || sendPat(plan, () => mergedHeaders(plan)) || ownHeader(plan);
}

/**
 * Headers other calls share: this call sends them merged with its own Authorization (`HEADERS.merge(…)`), written
 * where the call gives them, or where its request object (`Net::HTTP::Post.new(uri, HEADERS)`) does when only this
 * call sends that request.
 */
function mergedHeaders(plan: FixPlan): string | undefined {
  const { carrier } = plan.site.places;
  if (!carrier) return undefined;
  const call = plan.site.callSpan;
  const shared = plan.text.slice(carrier.at.start, carrier.at.end).trim();
  if (!(carrier.at.start >= call.start && carrier.at.end <= call.end) && !plan.exclusive([outerReach(carrier, shared)], 'pat')) return undefined;
  // A bare `key => value` list is a hash only as the last argument: it gets braces to receive `merge`.
  const hash = /^[\w@$:.]+$/.test(shared) || shared.startsWith('{') ? shared : `{ ${shared} }`;
  return `${hash}.merge(${headerEntry(plan)})`;
}

/** The carrier as reached up to the shared binding it names: the request object's own bindings. */
function outerReach(carrier: Reach, shared: string): Reach {
  const at = carrier.via.indexOf(shared);
  return { at: carrier.at, definition: carrier.at, via: at < 0 ? carrier.via : carrier.via.slice(0, at) };
}

/** `"Authorization" => "Key #{…}"`, with the key written as the headers being replaced write it (`Authorization:`, `'authorization' =>`). */
function headerEntry(plan: FixPlan): string {
  const { header, headerName } = plan.site.places;
  const before = header ? plan.text.slice(Math.max(0, header.at.start - 80), header.at.start) : '';
  const key = /(?:^|[\s{,(])((["'])[\w-]+\2\s*=>|:?[A-Za-z][\w-]*:(?!:)|:[A-Za-z]\w*\s*=>|"[\w-]+":)\s*$/.exec(before)?.[1];
  const q = plan.quote;
  return `${key ?? `${q}${headerName ?? 'Authorization'}${q} =>`} ${plan.keyHeader('')}`;
}

/**
 * A call whose headers come from its class (HTTParty `headers …`) or its connection (Faraday) gets its own
 * Authorization header, which the library merges over those, so that the other calls keep theirs.
 */
function ownHeader(plan: FixPlan): boolean {
  const slot = plan.site.places.headerSlot;
  if (!slot) return false;
  const headers = `{ ${headerEntry(plan)} }`;
  if (slot.form === 'keyword') {
    plan.edits.push(insertLast(plan.text, slot.args, `headers: ${headers}`));
    return true;
  }
  // Faraday's `post(url, body, headers)`: a missing body before the headers is nil.
  if (slot.count === slot.position) plan.edits.push(insertLast(plan.text, slot.args, headers));
  else if (slot.count === slot.position - 1) plan.edits.push(insertLast(plan.text, slot.args, `nil, ${headers}`));
  else return false;
  return true;
}
