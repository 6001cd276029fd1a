// wrong-owner-ids: a clarifai/main model or workflow called with a user_app_id that names other ids.
import type { CallSite } from '../model';
import { ownerPhrase, retiredNote, targetPhrase } from './describe';
import { isAppKey, reachMainTitle } from './describe';
import type { Rule, RuleFinding } from './rule';

export const wrongOwnerIds: Rule = {
  meta: {
    id: 'wrong-owner-ids',
    defaultSeverity: 'error',
    title: 'clarifai/main model or workflow called with another user_app_id',
    description:
      "Until 2025 Clarifai accepted any user_id/app_id pair for its public models, so many programs (and Clarifai's own older samples) send the caller's own ids. Clarifai now requires the owner's ids: user_id 'clarifai' and app_id 'main'. With other ids the call fails, often as \"Model does not exist\".",
  },
  check(model) {
    return model.callSites.filter(applies).map(finding);
  },
};

function applies(site: CallSite): boolean {
  if (isAppKey(site) || site.target.ownership !== 'clarifai-main') return false;
  const ids = site.userAppId;
  if (ids.state === 'other') return true;
  // Ids read from the environment (CLARIFAI_USER_ID, CLARIFAI_APP_ID) are the caller's own; parameters stay unknown.
  return ids.state === 'runtime' && [ids.userId, ids.appId].some((id) => id?.runtime?.source === 'env');
}

function finding(site: CallSite): RuleFinding {
  return {
    span: site.span,
    fixes: [{ title: reachMainTitle(site, false), intent: { kind: 'reach-main', site, pat: false } }],
    message: `${site.callee} calls ${targetPhrase(site.target)}, but ${ownerPhrase(site.userAppId)}; Clarifai now requires the owner's ids, user_id 'clarifai' and app_id 'main', so this call fails (often as "Model does not exist")${retiredNote(site.target)}.`,
  };
}
