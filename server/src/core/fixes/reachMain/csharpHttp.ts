// REST from C# (HttpClient, RestSharp): the owner in the URL path (`/v2/users/clarifai/apps/main/models/…`), else in an
// anonymous-object body's `user_app_id`, and `Authorization: Key <PAT>` where the request sets the header.
import { sendPat } from './credential';
import { insertFirst, ownerIntoPath, pointAtOwner, urlOwner } from './owner';
import type { FixPlan } from './plan';

/** Points a REST request at its public resource's owner and, when asked, sends a PAT where the request sets its header. */
export function fixCSharpHttp(plan: FixPlan): boolean {
  if (plan.needs.owner && !owner(plan)) return false;
  // Headers a client sends on every request are not changed for one call; there is no twin to send instead.
  return !plan.needs.pat || sendPat(plan, () => undefined);
}

function owner(plan: FixPlan): boolean {
  const { userAppId, places } = plan.site;
  if (userAppId.state !== 'absent' && !places.ids && places.ownerInUrl?.user) return urlOwner(plan);
  const ids = () => `new { user_id = ${plan.userId()}, app_id = ${plan.appId()} }`;
  if (userAppId.state !== 'absent') return pointAtOwner(plan, ids, () => `user_app_id = ${ids()}`);
  if (ownerIntoPath(plan)) return true;
  // An anonymous object serialized as the body takes the ids as its first member.
  const body = places.container;
  const anonymous = body && /^new\s*\{/.exec(plan.text.slice(body.start, body.end));
  if (!body || !anonymous || !plan.exclusive([places.request], 'owner')) return false;
  plan.edits.push(insertFirst(plan.text, { start: body.start + anonymous[0].length - 1, end: body.end }, `user_app_id = ${ids()}`));
  return true;
}
