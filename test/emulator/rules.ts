// The access rules, written from the reference (§1.1, §2.1, §2.5, §6) and nothing else: who may reach which model or
// workflow with which user_app_id, and the status a refusal carries. Used alike by the REST and the gRPC front.
import { findModel, findWorkflow, ownApp, PUBLIC, type App, type AppId, type Model, type Workflow } from './catalog';
import { OWN_APP, type Credential, type CredentialTable } from './credentials';
import {
  KEY_INVALID, KEY_NOT_FOUND, MALFORMED_AUTHORIZATION, MODEL_DOES_NOT_EXIST, WORKFLOW_DOES_NOT_EXIST, type Outcome,
} from './status';

/** What a request presented, as recorded: never the value itself. */
export type CredentialSeen = 'none' | 'app-key' | 'pat' | 'unknown';

export interface Target {
  kind: 'model' | 'workflow';
  id: string;
  version?: string;
}

/** The user_app_id a request named, without the fields it left empty; null when it named neither id. */
export type RequestedApp = Partial<AppId> | null;

export type Authentication = { seen: 'app-key' | 'pat'; credential: Credential } | { seen: 'none' | 'unknown'; failure: Outcome };

export type Resolution =
  | { app: AppId; resource: { kind: 'model'; model: Model; version: string } | { kind: 'workflow'; workflow: Workflow } }
  | { failure: Outcome };

const APPS: readonly App[] = [PUBLIC, ownApp(OWN_APP)];

/** Checks the `authorization` header or metadata: `Key <token>` (the word `Key` exactly, reference §2.1), then the token. */
export function authenticate(authorization: string | undefined, credentials: CredentialTable): Authentication {
  const token = /^Key +(\S+)$/.exec(authorization?.trim() ?? '')?.[1];
  if (token === undefined) return { seen: 'none', failure: MALFORMED_AUTHORIZATION() };
  if (!/^[0-9a-f]{32}$/.test(token)) return { seen: 'unknown', failure: KEY_INVALID('Invalid format of key.') };
  const credential = credentials.lookup(token);
  if (credential === undefined) return { seen: 'unknown', failure: KEY_NOT_FOUND() };
  return { seen: credential.kind, credential };
}

const sameApp = (a: AppId, b: AppId) => a.user_id === b.user_id && a.app_id === b.app_id;
const named = (app: AppId) => `${app.user_id}/${app.app_id}`;

/**
 * The app whose resources the request may address.
 * - An app key implies its own app; it reaches nothing else, whatever user_app_id says (§1.1, docs' key page).
 *   Naming another app is refused with 11008 "Invalid API key or Invalid API key/application pair": the key is valid, the
 *   key/application pair is not, and the table in §6 has that code for exactly this; the refusal comes from the authorizer,
 *   before any model is looked up, so a model-level code (21201) would not fit.
 * - A PAT belongs to a user, not an app: without an app id the authorizer cannot tell which app is meant (§2.5 shape C,
 *   11008 with "Must provide app external ID in API authorizer"). A missing user id or `me` means the PAT's own user.
 */
function authorize(credential: Credential, requested: RequestedApp): { app: AppId } | { failure: Outcome } {
  const userId = requested?.user_id || undefined;
  const appId = requested?.app_id || undefined;
  if (credential.kind === 'app-key') {
    const own = credential.app;
    const app = { user_id: userId === 'me' || userId === undefined ? own.user_id : userId, app_id: appId ?? own.app_id };
    return sameApp(app, own) ? { app } : { failure: KEY_INVALID(`The API key cannot be used with app ${named(app)}.`) };
  }
  if (appId === undefined) return { failure: KEY_INVALID('Must provide app external ID in API authorizer') };
  return { app: { user_id: userId === undefined || userId === 'me' ? credential.user_id : userId, app_id: appId } };
}

/**
 * Looks the target up in the app: a clarifai/main model addressed in any other app is simply not there, which is the
 * "model does not exist" users reported (4cat #506). A missing workflow gets 22102 WORKFLOW_DOES_NOT_EXIST.
 */
function find(appId: AppId, target: Target): Resolution {
  const app = APPS.find((candidate) => sameApp(candidate.id, appId));
  if (target.kind === 'workflow') {
    const workflow = app && findWorkflow(app, target.id);
    // Public workflows are addressed without a version here; a version id names nothing the emulator knows.
    if (workflow === undefined || target.version) {
      return { failure: WORKFLOW_DOES_NOT_EXIST(`Workflow '${target.id}' not found in app ${named(appId)}.`) };
    }
    return { app: appId, resource: { kind: 'workflow', workflow } };
  }
  const model = app && findModel(app, target.id);
  if (model === undefined) return { failure: MODEL_DOES_NOT_EXIST(`Model '${target.id}' not found in app ${named(appId)}.`) };
  const version = target.version || model.versions[0];
  if (version === undefined || !model.versions.includes(version)) {
    return { failure: MODEL_DOES_NOT_EXIST(`Model version '${version}' of model '${target.id}' not found.`) };
  }
  return { app: appId, resource: { kind: 'model', model, version } };
}

/** Authorizes an authenticated request for `target` in the app it names, then finds the target there. */
export function resolve(credential: Credential, requested: RequestedApp, target: Target): Resolution {
  const authorized = authorize(credential, requested);
  return 'failure' in authorized ? authorized : find(authorized.app, target);
}
