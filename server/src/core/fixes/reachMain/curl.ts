// curl: the owner in the URL path (`/v2/users/clarifai/apps/main/…`, as Clarifai's cURL samples write it) and
// `-H "Authorization: Key ${CLARIFAI_PAT}"`.
import { sendPatInHeader } from './credential';
import { restOwner } from './rest';
import type { FixPlan } from './plan';

export function fixCurl(plan: FixPlan): boolean {
  if (plan.needs.owner && !restOwner(plan, 'shell')) return false;
  return !plan.needs.pat || sendPatInHeader(plan);
}
