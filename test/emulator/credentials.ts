// The credentials the emulator accepts, made fresh for each emulator: an app API key and a PAT of the same user.
import { randomBytes } from 'node:crypto';
import type { AppId } from './catalog';

export const USER_ID = 'jane';
/** The app the API key was created in. */
export const OWN_APP: AppId = { user_id: USER_ID, app_id: 'photo-app' };

export type Credential = { kind: 'app-key'; app: AppId } | { kind: 'pat'; user_id: string };

/** The secret values, for the programs' environment only: never logged, recorded or asserted on in output. */
export interface Secrets {
  apiKey: string;
  pat: string;
}

export interface CredentialTable {
  secrets: Secrets;
  lookup(token: string): Credential | undefined;
}

/** Both values are 32 lowercase hex characters, like every key and PAT seen (reference §2.2). */
export function makeCredentials(): CredentialTable {
  const secrets: Secrets = { apiKey: randomBytes(16).toString('hex'), pat: randomBytes(16).toString('hex') };
  const table = new Map<string, Credential>([
    [secrets.apiKey, { kind: 'app-key', app: OWN_APP }],
    [secrets.pat, { kind: 'pat', user_id: USER_ID }],
  ]);
  return { secrets, lookup: (token) => table.get(token) };
}
