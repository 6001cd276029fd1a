// missing-owner-ids: a clarifai/main model or workflow called with a PAT (or an unknown credential) and no user_app_id.
import type { CallSite } from '../model';
import { credentialPhrase, deprecatedNote, retiredNote, targetPhrase } from './describe';
import { isAppKey, reachMainTitle } from './describe';
import type { Rule, RuleFinding } from './rule';

export const missingOwnerIds: Rule = {
  meta: {
    id: 'missing-owner-ids',
    defaultSeverity: 'error',
    title: 'clarifai/main model or workflow called without user_app_id',
    description:
      "A PAT belongs to a user, not an app, so a call with a PAT must say whose resource it wants. Without user_app_id Clarifai looks in the token's own app: the call fails with 11008 \"Must provide app external ID in API authorizer\" or \"Model does not exist\". Public Clarifai models and workflows need user_id 'clarifai' and app_id 'main'.",
  },
  check(model) {
    return model.callSites.filter(applies).map(finding);
  },
};

function applies(site: CallSite): boolean {
  return !isAppKey(site) && site.target.ownership === 'clarifai-main' && site.userAppId.state === 'absent';
}

function finding(site: CallSite): RuleFinding {
  const why = site.deprecatedClient
    ? deprecatedNote(site.deprecatedClient)
    : site.flavor === 'python-sdk' || site.flavor === 'js-sdk'
        ? "; without user_id/app_id the SDK uses CLARIFAI_USER_ID and CLARIFAI_APP_ID, the caller's own app"
        : "; Clarifai then looks in the token's own app (a PAT without owner ids gets 11008 \"Must provide app external ID\")";
  return {
    span: site.span,
    fixes: [{ title: reachMainTitle(site, false), intent: { kind: 'reach-main', site, pat: false } }],
    message: `${site.callee} calls ${targetPhrase(site.target)} with ${credentialPhrase(site.credential)} but without user_id 'clarifai' and app_id 'main', so this call fails${why}${retiredNote(site.target)}.`,
  };
}
