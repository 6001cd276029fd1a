// URLSession and Alamofire requests: the owner in the URL path or the body dictionary's user_app_id, and
// `Authorization: Key \(PAT)`; header fields other requests share are merged into a copy for this one.
import { sendPat } from './credential';
import type { FixPlan } from './plan';
import { restOwner } from './rest';

export function fixSwiftHttp(plan: FixPlan): boolean {
  if (plan.needs.owner && !restOwner(plan, 'swift')) return false;
  return !plan.needs.pat || sendPat(plan, () => mergedHeaders(plan));
}

/**
 * Header fields that other requests use too, passed by name (`request.allHTTPHeaderFields = headers`, `headers:
 * headers`): this request gets `headers.merging(["Authorization": "Key \(PAT)"], uniquingKeysWith: { $1 })`, so that
 * the others keep theirs. Alamofire's `HTTPHeaders` has no `merging`: such headers get no edit.
 */
function mergedHeaders(plan: FixPlan): string | undefined {
  const { carrier, headerName } = plan.site.places;
  if (!carrier || plan.text[carrier.definition.start] !== '[') return undefined;
  const shared = plan.text.slice(carrier.at.start, carrier.at.end);
  const at = carrier.via.indexOf(shared);
  if (at < 0) return undefined;
  const declared = plan.text.slice(plan.text.lastIndexOf('\n', carrier.definition.start) + 1, carrier.definition.start);
  if (/:\s*HTTPHeaders\b/.test(declared)) return undefined;
  // The bindings before the headers' own name are the request's: it must be this call's alone.
  if (!plan.exclusive([{ at: carrier.at, definition: carrier.at, via: carrier.via.slice(0, at) }], 'pat')) return undefined;
  return `${shared}.merging(["${headerName ?? 'Authorization'}": ${plan.keyHeader('')}], uniquingKeysWith: { $1 })`;
}
