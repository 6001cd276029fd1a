// What the log must never show: anything shaped like a credential (`Key …`, `Bearer …`, a 32-character token).

const KEY_VALUE = /\b(Key|Bearer)(\s+)[A-Za-z0-9_\-.]{8,}/g;
const TOKEN = /\b[A-Za-z0-9]{32,64}\b/g;

/** Replaces anything shaped like a credential; model and version ids (32 hex characters too) go with it. */
export function redact(text: string): string {
  return text.replace(KEY_VALUE, '$1$2<redacted>').replace(TOKEN, (token) => (/\d/.test(token) && /[a-z]/i.test(token) ? '<redacted>' : token));
}
