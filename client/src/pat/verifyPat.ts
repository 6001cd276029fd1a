// Asks Clarifai, once and only with the user's consent, whether a token is a PAT: GET /v2/users/me answers with
// the user for a PAT; an app API key is refused there but can list its app's inputs.
export type Verdict =
  | { kind: 'pat'; userId: string }
  | { kind: 'api-key' }
  | { kind: 'rejected'; status: number; description: string }
  | { kind: 'offline'; reason: string };

const TIMEOUT_MS = 10_000;

export async function verifyPat(apiBase: string, token: string): Promise<Verdict> {
  const base = apiBase.replace(/\/+$/, '');
  const headers = { Authorization: `Key ${token}`, Accept: 'application/json' };
  let me: Response;
  try {
    me = await fetch(`${base}/v2/users/me`, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    return { kind: 'offline', reason: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) };
  }
  const body = (await me.json().catch(() => undefined)) as { user?: { id?: string }; status?: { description?: string; details?: string } } | undefined;
  if (me.ok && body?.user?.id) return { kind: 'pat', userId: body.user.id };
  // An app key cannot read a user, but it can read its own app.
  const inputs = await fetch(`${base}/v2/inputs?per_page=1`, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) }).catch(() => undefined);
  if (inputs?.ok) return { kind: 'api-key' };
  return { kind: 'rejected', status: me.status, description: body?.status?.description ?? me.statusText };
}
