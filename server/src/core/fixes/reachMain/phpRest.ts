// PHP REST calls (Guzzle, curl, Laravel's Http): the owner in the URL path (`/v2/users/clarifai/apps/main/…`) or in
// the body's `user_app_id`, and `Authorization: Key <PAT>` from getenv('CLARIFAI_PAT').
import { sendPat } from './credential';
import { insertFirst, insertLast, ownerIntoPath, pointAtOwner, urlOwner } from './owner';
import type { FixPlan } from './plan';

export function fixPhpRest(plan: FixPlan): boolean {
  if (plan.needs.owner && !pointAtMain(plan)) return false;
  return !plan.needs.pat || sendPat(plan, () => patHeaders(plan)) || ownHeader(plan);
}

function pointAtMain(plan: FixPlan): boolean {
  const { userAppId, places } = plan.site;
  const q = plan.quote;
  const ids = () => `[${q}user_id${q} => ${plan.userId()}, ${q}app_id${q} => ${plan.appId()}]`;
  const entry = () => `${q}user_app_id${q} => ${ids()}`;
  if (places.ownerInUrl && !places.ownerInUrl.resource && !places.ids) return urlOwner(plan);
  // Without ids anywhere the file shows, the path names the owner, as Clarifai's REST samples write it.
  if (userAppId.state === 'absent' || (userAppId.state === 'runtime' && !places.ids && !userAppId.userId && !userAppId.appId)) {
    if (ownerIntoPath(plan)) return true;
    if (!places.container || !places.request || !plan.exclusive([places.request], 'owner')) return false;
    plan.edits.push(insertFirst(plan.text, places.container, entry()));
    return true;
  }
  return pointAtOwner(plan, ids, entry);
}

/** Headers other calls share, as an array: this call gets them with its own Authorization, written at the call. */
function patHeaders(plan: FixPlan): string | undefined {
  const { carrier, headerName } = plan.site.places;
  const call = plan.site.callSpan;
  if (!carrier || carrier.at.start < call.start || carrier.at.end > call.end) return undefined;
  const q = plan.quote;
  const shared = plan.text.slice(carrier.at.start, carrier.at.end);
  return `array_merge(${shared}, [${q}${headerName ?? 'Authorization'}${q} => ${plan.keyHeader('')}])`;
}

/**
 * A Guzzle call whose headers come from its client's defaults gets its own Authorization header, which Guzzle sends
 * instead, so that the client's other calls keep theirs.
 */
function ownHeader(plan: FixPlan): boolean {
  const slot = plan.site.places.headerSlot;
  if (slot?.form !== 'config') return false;
  const q = plan.quote;
  const headers = `${q}headers${q} => [${q}Authorization${q} => ${plan.keyHeader('')}]`;
  if (slot.config && plan.text[slot.config.start] === '[') plan.edits.push(insertFirst(plan.text, slot.config, headers));
  else if (!slot.config && slot.count === slot.position) plan.edits.push(insertLast(plan.text, slot.args, `[${headers}]`));
  else return false;
  return true;
}
