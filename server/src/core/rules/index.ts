// The ordered rule registry: the source of rule ids, default severities and descriptions for every door onto the core.
import type { RuleId } from '../model';
import { apiKeyPublicResource } from './api-key-public-resource';
import { hardcodedCredential } from './hardcoded-credential';
import { missingOwnerIds } from './missing-owner-ids';
import type { Rule } from './rule';
import { workflowApiKey } from './workflow-api-key';
import { wrongOwnerIds } from './wrong-owner-ids';

export const RULES: readonly Rule[] = [apiKeyPublicResource, missingOwnerIds, wrongOwnerIds, workflowApiKey, hardcodedCredential];

export function ruleMeta(id: RuleId) {
  return RULES.find((r) => r.meta.id === id)!.meta;
}

/** Where each rule is documented; diagnostics link here. */
export const DOCS_BASE_URL = 'https://github.com/clarifai-pat-lint/clarifai-pat-lint#';

export function ruleDocsUrl(id: RuleId): string {
  return DOCS_BASE_URL + id;
}
