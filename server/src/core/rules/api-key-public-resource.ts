// api-key-public-resource: an app API key used against a public clarifai/main (or other public) model or workflow.
import { ownerLabel } from '../clarifai/target';
import type { CallSite, FixIntent } from '../model';
import { credentialPhrase, deprecatedNote, ownerPhrase, reachMainTitle, retiredNote, targetPhrase } from './describe';
import type { Rule, RuleFinding } from './rule';

export const apiKeyPublicResource: Rule = {
  meta: {
    id: 'api-key-public-resource',
    defaultSeverity: 'error',
    title: 'App API key used on a public clarifai/main model or workflow',
    description:
      "Since Clarifai's PAT change (announced with API 9.3 in March 2023, enforced with API 11.6 in June 2025) an app-scoped API key reaches only its own app. Public models and workflows of user clarifai, app main, need a Personal Access Token and a user_app_id naming clarifai/main; with an API key the call fails, often with \"Model does not exist\".",
  },
  check(model) {
    return model.callSites.filter(applies).map(finding);
  },
};

function applies(site: CallSite): boolean {
  if (site.target.ownership !== 'clarifai-main' && site.target.ownership !== 'public-other') return false;
  // A credential whose names disagree only matters here when the call is otherwise right.
  if (site.credential.evidence === 'mixed') return site.userAppId.state === 'clarifai-main' || site.target.ownership === 'public-other';
  return site.credential.kind === 'api-key';
}

function finding(site: CallSite): RuleFinding {
  return { ...described(site), fixes: site.credential.evidence === 'mixed' ? [] : [usePat(site)] };
}

function usePat(site: CallSite): { title: string; intent: FixIntent } {
  return { title: reachMainTitle(site, true), intent: { kind: 'reach-main', site, pat: true } };
}

function described(site: CallSite): RuleFinding {
  const owner = ownerLabel(site.target);
  const credential = credentialPhrase(site.credential);
  const target = targetPhrase(site.target);
  // The call already names the owner: only the credential's name or position says it is an API key.
  if (site.userAppId.state === 'clarifai-main' || site.target.ownership === 'public-other') {
    const how = site.credential.evidence === 'slot' ? 'is passed as' : site.credential.evidence === 'mixed' ? 'is read from a variable named like' : 'is named like';
    return {
      span: site.span,
      severity: 'information',
      message: `${site.callee} names ${owner} correctly for ${target}, but ${credential} ${how} an app API key: if it holds one, this call fails, because only a PAT reaches ${owner}${retiredNote(site.target)}.`,
    };
  }
  const scope = site.userAppId.state === 'other' ? ` (and ${ownerPhrase(site.userAppId)} instead of clarifai/main)` : '';
  return {
    span: site.span,
    message: `${site.callee} sends ${credential} to ${target}${scope}, which an app API key cannot reach since Clarifai's PAT change, so this call fails (often as "Model does not exist"); use a PAT with user_app_id clarifai/main${site.deprecatedClient ? deprecatedNote(site.deprecatedClient) : ''}${retiredNote(site.target)}.`,
  };
}
