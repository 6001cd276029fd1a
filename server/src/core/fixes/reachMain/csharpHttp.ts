// REST from C# (HttpClient, RestSharp): the owner in the URL path (`/v2/users/clarifai/apps/main/models/…`), else in an
// anonymous-object body's `user_app_id`, and `Authorization: Key <PAT>` where the request sets the header.
import { sendPat } from './credential';
import { insertFirst, ownSegment, pointAtOwner, urlOwner } from './owner';
import type { FixPlan } from './plan';

/** Points a REST request at its public resource's owner and, when asked, sends a PAT where the request sets its header. */
export function fixCSharpHttp(plan: FixPlan): boolean {
  if (plan.needs.owner && !owner(plan)) return false;
  // Headers a client sends on every request are not changed for one call; there is no twin to send instead.
  return !plan.needs.pat || sendPat(plan, () => undefined);
}

function owner(plan: FixPlan): boolean {
  const { userAppId, places } = plan.site;
  const inUrl = places.ownerInUrl;
  if (userAppId.state !== 'absent' && !places.ids && inUrl?.user) return urlOwner(plan);
  const ids = () => `new { user_id = ${plan.userId()}, app_id = ${plan.appId()} }`;
  if (userAppId.state !== 'absent') return pointAtOwner(plan, ids, () => `user_app_id = ${ids()}`);
  const resource = inUrl?.resource;
  if (resource && ownSegment(places.address, resource) && plan.exclusive([places.address], 'owner', resource.via)) {
    const { userId, appId } = plan.owner;
    plan.edits.push({ start: resource.span.start, end: resource.span.start, newText: `users/${userId}/apps/${appId}/` });
    return true;
  }
  // An anonymous object serialized as the body takes the ids as its first member.
  const body = places.container;
  const anonymous = body && /^new\s*\{/.exec(plan.text.slice(body.start, body.end));
  if (!body || !anonymous || !plan.exclusive([places.request], 'owner')) return false;
  plan.edits.push(insertFirst(plan.text, { start: body.start + anonymous[0].length - 1, end: body.end }, `user_app_id = ${ids()}`));
  return true;
}
