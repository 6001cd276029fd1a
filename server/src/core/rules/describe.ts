// Wording shared by the rule messages: how a credential, a target and a user_app_id are named. Never a credential value.
import { needsOwnerIds, ownerLabel } from '../clarifai/target';
import type { CallSite, Credential, IdValue, Target, UserAppId } from '../model';

/** The credential is an app API key as far as the file tells (names that disagree leave it open). */
export function isAppKey(site: CallSite): boolean {
  return site.credential.kind === 'api-key' && site.credential.evidence !== 'mixed';
}

/** How a message names the credential: by its variable or environment variable, never by its value. */
export function credentialPhrase(credential: Credential): string {
  const what = credential.evidence === 'mixed' ? 'credential' : credential.kind === 'api-key' ? 'app API key' : credential.kind === 'pat' ? 'PAT' : 'credential';
  const some = `${what === 'app API key' ? 'an' : 'a'} ${what}`;
  const env = credential.envName ? `$${credential.envName}` : 'the environment';
  switch (credential.source) {
    case 'none':
      return 'no credential';
    case 'literal': {
      // A literal that is not secret-shaped is a placeholder left from a sample.
      const how = credential.literals.length > 0 ? 'written into the source' : 'a placeholder';
      return credential.name ? `${what} \`${credential.name}\` (${how})` : `${some} (${how})`;
    }
    case 'client-default':
      return `the ${what} the client reads from ${env}`;
    case 'env':
      return credential.name && credential.name !== credential.envName ? `${what} \`${credential.name}\` (from ${env})` : `the ${what} in ${env}`;
    default:
      return credential.name ? `${what} \`${credential.name}\`` : some;
  }
}

/** `the public model 'general-image-recognition' (clarifai/main)`. */
export function targetPhrase(target: Target): string {
  const kind = target.resource === 'workflow' ? 'workflow' : 'model';
  const version = target.versionId ? ` version ${target.versionId}` : '';
  if (target.ownership === 'clarifai-main') return `the public ${kind} ${target.label}${version} of clarifai/main`;
  if (target.ownership === 'public-other' && target.owner) return `the public ${kind} ${target.label} of ${target.owner.userId}/${target.owner.appId}`;
  return `${kind} ${target.label}`;
}

function idPhrase(id: IdValue | undefined): string {
  if (!id) return 'nothing';
  if (id.value !== undefined) return `'${id.value}'`;
  const runtime = id.runtime!;
  return runtime.source === 'env' ? `$${runtime.name}` : `\`${runtime.name}\``;
}

/** `user_app_id names 'me'/'my-app'`, `user_app_id comes from $CLARIFAI_USER_ID/$CLARIFAI_APP_ID at run time`. */
export function ownerPhrase(userAppId: UserAppId): string {
  const pair = `${idPhrase(userAppId.userId)}/${idPhrase(userAppId.appId)}`;
  if (userAppId.state === 'runtime') return `its user_app_id is only known at run time (${pair})`;
  return `its user_app_id names ${pair}`;
}

/** Why a deprecated client's call has to move: it cannot name the owner a public resource needs. */
export function deprecatedNote(client: NonNullable<CallSite['deprecatedClient']>): string {
  return `; the deprecated ${client.name} client cannot name an owner, so this call has to move to ${client.moveTo}`;
}

/** A note for models that are gone: switching to a PAT will not save the call. */
export function retiredNote(target: Target): string {
  return target.decommissioned ? `; note that this model ${target.decommissioned}, so a PAT will not bring it back` : '';
}

/** The title of the fix that points a call at its public resource's owner, with a PAT when `pat` is set. */
export function reachMainTitle(site: CallSite, pat: boolean): string {
  const owner = ownerLabel(site.target);
  if (site.flavor === 'js-legacy' || site.flavor === 'python-legacy') return `Rewrite as a REST request to ${owner} with a PAT from CLARIFAI_PAT`;
  if (!pat) return site.userAppId.state === 'absent' ? `Add user_app_id ${owner}` : `Use user_app_id ${owner}`;
  return needsOwnerIds(site) ? `Use a PAT from CLARIFAI_PAT and user_app_id ${owner}` : 'Use a PAT from CLARIFAI_PAT';
}
