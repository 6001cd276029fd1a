// Builds the target (which model or workflow, whose) and the user_app_id of a call from resolved values.
import type { CallSite, IdValue, ResourceKind, Span, Target, UserAppId } from '../model';
import { describe, isHole, knownText, type Value } from '../values/value';
import { isPublicMainWorkflow, isPublicOwner, MAIN_APP_ID, MAIN_USER_ID, publicMainModel, publicMainModelByNameOrId } from './catalog';

/** One id of the user_app_id pair as the file tells it. */
export function idValue(value: Value | undefined): IdValue | undefined {
  if (!value) return undefined;
  const text = knownText(value);
  if (text !== undefined) return { value: text, written: writtenLiteral(value) };
  const source = value.kind === 'env' ? 'env' : value.kind === 'param' ? 'parameter' : 'variable';
  const name = value.kind === 'env' ? value.name ?? describe(value) ?? '?' : describe(value) ?? '?';
  return { runtime: { source, name } };
}

/** Where a plain string literal holding the whole value is written (not a concatenation, not an f-string). */
function writtenLiteral(value: Value): IdValue['written'] {
  if (value.kind !== 'str' || value.parts.length !== 1 || !value.span) return undefined;
  const part = value.parts[0]!;
  if (isHole(part) || part.literal?.start !== value.span.start || part.literal.end !== value.span.end) return undefined;
  return { span: value.span, via: value.names };
}

/** A user_app_id from its two ids (either may be missing). */
export function userAppIdFrom(userId: Value | undefined, appId: Value | undefined, span?: Span): UserAppId {
  return userAppIdOf(idValue(userId), idValue(appId), span);
}

export function userAppIdOf(userId: IdValue | undefined, appId: IdValue | undefined, span?: Span): UserAppId {
  if (!userId && !appId) return { state: 'absent', span };
  const base = { userId, appId, span };
  if (userId?.value === MAIN_USER_ID && appId?.value === MAIN_APP_ID) return { state: 'clarifai-main', ...base };
  // A literal id that is not clarifai/main settles it; a missing user id means "the key's own user".
  const namesOther = (id: IdValue | undefined, expected: string) => id === undefined || (id.value !== undefined && id.value !== expected);
  if (namesOther(userId, MAIN_USER_ID) || namesOther(appId, MAIN_APP_ID)) return { state: 'other', ...base };
  return { state: 'runtime', ...base };
}

export interface TargetInput {
  resource: ResourceKind;
  id: Value | undefined;
  version?: Value;
  /** How the code names it, when not by a plain id (`Clarifai.GENERAL_MODEL`). */
  label?: string;
  /** The owner the call names (URL path, user_app_id, SDK ids). */
  owner: UserAppId;
  /** Legacy clients look models up by name as well as by id. */
  byName?: boolean;
  span?: Span;
}

/** Decides whose resource a call targets: clarifai/main, another public owner, the caller's app, or unknown until run time. */
export function targetOf(input: TargetInput): Target {
  const id = knownText(input.id);
  const versionId = knownText(input.version);
  const runtimeName = input.id ? describe(input.id) : undefined;
  const label = input.label ?? (id !== undefined ? `'${id}'` : runtimeName ?? 'a model');
  const base = { resource: input.resource, id, versionId, label, span: input.span };
  if (input.owner.state === 'clarifai-main') {
    const model = id !== undefined && input.resource === 'model' ? publicMainModel(id) : undefined;
    return { ...base, ownership: 'clarifai-main', decommissioned: model?.retired };
  }
  if (id === undefined) return { ...base, ownership: 'runtime', runtimeName };
  if (input.resource === 'model') {
    const model = input.byName ? publicMainModelByNameOrId(id) : publicMainModel(id);
    if (model) return { ...base, ownership: 'clarifai-main', decommissioned: model.retired };
  }
  if (input.resource === 'workflow' && isPublicMainWorkflow(id)) return { ...base, ownership: 'clarifai-main' };
  const ownerUser = input.owner.userId?.value;
  const ownerApp = input.owner.appId?.value;
  if (ownerUser !== undefined && ownerApp !== undefined && isPublicOwner(ownerUser)) {
    return { ...base, ownership: 'public-other', owner: { userId: ownerUser, appId: ownerApp } };
  }
  return { ...base, ownership: 'own-app' };
}

/** Whether the call must name another owner: a clarifai/main resource addressed without clarifai/main. */
export function needsOwnerIds(site: CallSite): boolean {
  return site.target.ownership === 'clarifai-main' && site.userAppId.state !== 'clarifai-main';
}

/** What a fix names the owner as, in titles: `clarifai/main`, or another public owner. */
export function ownerLabel(target: Target): string {
  return target.owner ? `${target.owner.userId}/${target.owner.appId}` : `${MAIN_USER_ID}/${MAIN_APP_ID}`;
}
