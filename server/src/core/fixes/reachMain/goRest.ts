// Go net/http requests: the owner in the URL path (`/v2/users/clarifai/apps/main/…`), or the ids of a JSON body's
// `user_app_id` where they are written, and `Authorization: Key <PAT>` where the request sets its header.
import { isGoFixSupport } from '../goSupport';
import { goKeyHeader } from './goGrpc';
import { keepsCompiling } from './goCompiles';
import { pointAtOwner } from './owner';
import type { FixPlan } from './plan';
import { restOwner } from './rest';

/** The owner in the URL or body and a PAT in the Authorization header, or false when no edit keeps the file compiling. */
export function fixGoRest(plan: FixPlan): boolean {
  const { support } = plan;
  if (!isGoFixSupport(support)) return false;
  if (plan.needs.owner && !goRestOwner(plan)) return false;
  if (plan.needs.pat) {
    const header = plan.site.places.header;
    if (!header) return false;
    // The value is rewritten where it is defined when only calls that get a PAT use it, else where the request sets it.
    const at = plan.exclusive([header], 'pat') ? header.definition : header.at;
    plan.replace(at, goKeyHeader(plan, support, at));
  }
  return keepsCompiling(plan, support);
}

/**
 * A body's user_app_id gets the owner's ids: its literals where they are written, or a new `map[string]string`
 * where the body writes one; anything else gets the owner in the URL path.
 */
function goRestOwner(plan: FixPlan): boolean {
  const { places, userAppId } = plan.site;
  if (!places.ids) return restOwner(plan, 'go');
  const ids = places.ids;
  const literals = userAppId.userId?.written && userAppId.appId?.written;
  if (!literals && !plan.text.startsWith('map[string]string{', ids.definition.start)) return false;
  return pointAtOwner(
    plan,
    () => `map[string]string{"user_id": ${plan.userId()}, "app_id": ${plan.appId()}}`,
    () => '',
  );
}
