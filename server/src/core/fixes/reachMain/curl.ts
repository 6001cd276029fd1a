// curl: the owner in the URL path (`/v2/users/clarifai/apps/main/…`, as Clarifai's cURL samples write it) and
// `-H "Authorization: Key ${CLARIFAI_PAT}"`.
import { restOwner } from './rest';
import type { FixPlan } from './plan';

export function fixCurl(plan: FixPlan): boolean {
  if (plan.needs.owner && !restOwner(plan, 'shell')) return false;
  if (!plan.needs.pat) return true;
  const header = plan.site.places.header;
  if (!header) return false;
  // The header is rewritten where it is written when only calls that get a PAT use it, else at this curl.
  const at = plan.exclusive([header], 'pat') ? header.definition : header.at;
  plan.replace(at, plan.keyHeader(plan.text.slice(at.start, at.end)));
  return true;
}
