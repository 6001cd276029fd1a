// REST calls (requests, httpx, urllib; fetch, axios): the owner in the URL path or in the JSON body's user_app_id,
// and `Authorization: Key <PAT>`.
import type { LanguageFamily } from '../../languages';
import { sendPat } from './credential';
import { insertFirst, insertLast, ownerIntoPath, pointAtOwner, urlOwner } from './owner';
import type { FixPlan } from './plan';

export function fixRest(plan: FixPlan, family: LanguageFamily): boolean {
  if (plan.needs.owner && !restOwner(plan, family)) return false;
  return !plan.needs.pat || sendPat(plan, () => patHeaders(plan, family)) || ownHeader(plan);
}

/**
 * A call whose headers come from a session, an axios instance or axios defaults gets its own Authorization
 * header, which wins over those, so that the other calls keep theirs.
 */
function ownHeader(plan: FixPlan): boolean {
  const slot = plan.site.places.headerSlot;
  if (!slot) return false;
  const q = plan.quote;
  if (slot.form === 'keyword') {
    plan.edits.push(insertLast(plan.text, slot.args, `headers={${q}Authorization${q}: ${plan.keyHeader('')}}`));
    return true;
  }
  const headers = `headers: { Authorization: ${plan.keyHeader('')} }`;
  if (slot.config) plan.edits.push(insertFirst(plan.text, slot.config, headers));
  else if (slot.count === slot.position) plan.edits.push(insertLast(plan.text, slot.args, `{ ${headers} }`));
  // `post(url)` without data: the config still goes third.
  else if (slot.count === slot.position - 1) plan.edits.push(insertLast(plan.text, slot.args, `undefined, { ${headers} }`));
  else return false;
  return true;
}

/** Points the request at the owner: the user_app_id of its JSON body, or its URL path. */
export function restOwner(plan: FixPlan, family: LanguageFamily): boolean {
  const { userAppId, places } = plan.site;
  const inUrl = places.ownerInUrl;
  const entry = entryWriter(plan, family);
  // Swift writes dictionaries in brackets.
  const [open, close] = family === 'swift' ? ['[', ']'] : ['{', '}'];
  const pad = family === 'python' || family === 'swift' ? '' : ' ';
  const ids = () => `${open}${pad}${entry('user_id', plan.userId())}, ${entry('app_id', plan.appId())}${pad}${close}`;
  if (userAppId.state !== 'absent' && !places.ids && inUrl && !inUrl.resource) return urlOwner(plan);
  // Without ids anywhere the file shows (a body read from a file is only known at run time), the path can name the owner.
  if (userAppId.state === 'absent' || (userAppId.state === 'runtime' && !places.ids && !userAppId.userId && !userAppId.appId)) {
    if (places.container && places.request && plan.exclusive([places.request], 'owner')) {
      plan.edits.push(insertFirst(plan.text, places.container, entry('user_app_id', ids())));
      return true;
    }
    return ownerIntoPath(plan);
  }
  return pointAtOwner(plan, ids, () => entry('user_app_id', ids()));
}

/**
 * How the body writes its entries: Python and Swift dictionaries quote the keys; a JavaScript object quotes them when
 * the body does; a Ruby hash has symbol keys (`key: v`) or, when the body writes them so, string keys (`"key" => v`).
 */
function entryWriter(plan: FixPlan, family: LanguageFamily): (key: string, value: string) => string {
  const container = plan.site.places.container;
  const body = container ? plan.text.slice(container.start, container.end) : '';
  if (family === 'ruby') {
    const quoted = /^\{\s*(["'])[^"'\n]*\1\s*=>/.exec(body)?.[1];
    return (key, value) => (quoted ? `${quoted}${key}${quoted} => ${value}` : `${key}: ${value}`);
  }
  const quoted = family === 'python' || family === 'swift' ? plan.quote : /^\{\s*(["'])/.exec(body)?.[1];
  return (key, value) => `${quoted ? `${quoted}${key}${quoted}` : key}: ${value}`;
}

/** Headers other calls share: this call gets a copy with its own Authorization, written at the call. */
function patHeaders(plan: FixPlan, family: LanguageFamily): string | undefined {
  const { carrier, headerName } = plan.site.places;
  const call = plan.site.callSpan;
  if (!carrier || carrier.at.start < call.start || carrier.at.end > call.end) return undefined;
  // Spreading copies a plain object's headers only (a `Headers` instance would lose them).
  if (plan.text[carrier.definition.start] !== '{') return undefined;
  const q = plan.quote;
  const shared = plan.text.slice(carrier.at.start, carrier.at.end);
  const name = `${q}${headerName ?? 'Authorization'}${q}`;
  return family === 'python' ? `{**${shared}, ${name}: ${plan.keyHeader('')}}` : `{ ...${shared}, ${name}: ${plan.keyHeader('')} }`;
}
