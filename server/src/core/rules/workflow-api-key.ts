// workflow-api-key: an app API key runs a workflow of its own app; it works, but Clarifai recommends a PAT.
import type { CallSite } from '../model';
import { credentialPhrase, isAppKey } from './describe';
import type { Rule, RuleFinding } from './rule';

export const workflowApiKey: Rule = {
  meta: {
    id: 'workflow-api-key',
    defaultSeverity: 'information',
    title: 'Workflow run with an app API key',
    description:
      "An app API key still runs a workflow of its own app when every model in it belongs to that app. Clarifai recommends a PAT for all workflow calls, because a workflow can use models from other apps, such as clarifai/main, that an API key cannot reach.",
  },
  check(model) {
    return model.callSites.filter(applies).map(finding);
  },
};

function applies(site: CallSite): boolean {
  return isAppKey(site) && site.target.resource === 'workflow' && (site.target.ownership === 'own-app' || site.target.ownership === 'runtime');
}

function finding(site: CallSite): RuleFinding {
  const which = site.target.ownership === 'runtime' ? `a workflow (${site.target.label}, known at run time)` : `workflow ${site.target.label}`;
  return {
    span: site.span,
    message: `${site.callee} runs ${which} with ${credentialPhrase(site.credential)}; this works while the workflow uses only its own app's models, but Clarifai recommends a PAT for workflows, which can use models of other apps.`,
  };
}
