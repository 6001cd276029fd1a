// The SDKs: `Model(url=…)` / `new Model({ url })` get the owner in the portal URL; `Model(user_id=…, app_id=…)` and
// `authConfig: { userId, appId }` get the owner's ids; the PAT goes where the token is given.
import type { LanguageFamily } from '../../languages';
import { insertFirst, requoted, urlOwner } from './owner';
import type { FixPlan } from './plan';

export function fixSdk(plan: FixPlan, family: LanguageFamily): boolean {
  const { places } = plan.site;
  if (plan.needs.owner && !(places.ownerInUrl ? urlOwner(plan) : ownerFields(plan, family))) return false;
  if (!plan.needs.pat) return true;
  if (!places.credential || !plan.exclusive([places.request], 'pat')) return false;
  // TypeScript code often asserts the variable is set (`process.env.X!`); the new read keeps the assertion.
  const asserted = plan.typed && plan.text.slice(places.credential.start, places.credential.end).trimEnd().endsWith('!');
  plan.replace(places.credential, `${plan.pat()}${asserted ? '!' : ''}`);
  return true;
}

/** `user_id=`/`app_id=` arguments or `userId`/`appId` fields: each edited where it is written, or added. */
function ownerFields(plan: FixPlan, family: LanguageFamily): boolean {
  const { userAppId, places } = plan.site;
  if (!plan.exclusive([places.request], 'owner')) return sharedConfig(plan, family);
  const { userId, appId } = plan.owner;
  const keys = family === 'python' ? { user: 'user_id=', app: 'app_id=' } : { user: 'userId: ', app: 'appId: ' };
  const added: string[] = [];
  const sides = [
    { id: userAppId.userId, span: places.ownerFields?.user, owner: userId, expression: () => plan.userId(), key: keys.user },
    { id: userAppId.appId, span: places.ownerFields?.app, owner: appId, expression: () => plan.appId(), key: keys.app },
  ];
  for (const side of sides) {
    if (side.id?.value === side.owner) continue;
    const written = side.id?.written;
    if (written && plan.exclusive([places.request], 'owner', written.via)) plan.replace(written.span, requoted(plan.text, written.span, side.owner));
    else if (side.span) plan.replace(side.span, side.expression());
    else added.push(`${side.key}${side.expression()}`);
  }
  if (added.length === 0) return true;
  if (!places.container) return false;
  plan.edits.push(insertFirst(plan.text, places.container, added.join(', ')));
  return true;
}

/** An authConfig other clients share: this one gets a copy with the owner's ids (and the PAT), written at the call. */
function sharedConfig(plan: FixPlan, family: LanguageFamily): boolean {
  const request = plan.site.places.request;
  if (family !== 'javascript' || !request || !/^[\w$.]+$/.test(plan.text.slice(request.at.start, request.at.end))) return false;
  const shared = plan.text.slice(request.at.start, request.at.end);
  const pat = plan.needs.pat ? `pat: ${plan.pat()}, ` : '';
  plan.replace(request.at, `{ ...${shared}, ${pat}userId: ${plan.userId()}, appId: ${plan.appId()} }`);
  return true;
}
