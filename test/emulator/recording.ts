// What the emulator keeps of each request: enough to tell what a program asked for and what it was told, and never the
// credential's value.
import type { AppId } from './catalog';
import type { CredentialSeen, RequestedApp, Target } from './rules';
import type { ClarifaiStatus } from './status';

export interface RecordedRequest {
  protocol: 'rest' | 'grpc';
  /** The HTTP method; gRPC calls are HTTP/2 POSTs. */
  method: string;
  /** REST: the URL path without the query. gRPC: the method path, e.g. `/clarifai.api.V2/PostModelOutputs`. */
  path: string;
  /** The API method the request maps to (`PostModelOutputs`, `PostWorkflowResults`, `GetModel`, …); null for an unknown route. */
  rpc: string | null;
  /** The user_app_id the request named (URL path, JSON body, query or request field), null when it named none. */
  userAppId: Partial<AppId> | null;
  credential: CredentialSeen;
  target: Target | null;
  /** The HTTP status of a REST answer; null for gRPC, which answers OK and carries only the Clarifai status. */
  httpStatus: number | null;
  status: ClarifaiStatus;
}

/** A user_app_id as named by a request, with the fields it left empty dropped; null when it named neither. */
export function requestedApp(value: unknown): RequestedApp {
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Record<string, unknown>;
  const app: Partial<AppId> = {};
  if (typeof fields.user_id === 'string' && fields.user_id !== '') app.user_id = fields.user_id;
  if (typeof fields.app_id === 'string' && fields.app_id !== '') app.app_id = fields.app_id;
  return Object.keys(app).length === 0 ? null : app;
}
