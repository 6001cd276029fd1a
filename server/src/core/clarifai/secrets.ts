// What a Clarifai credential written into source looks like, and which names say a value is one.
import type { SecretLiteral, Span } from '../model';
import { isHole, knownText, type Value } from '../values/value';
import { kindFromName, nameWords } from './names';

const PLACEHOLDER = /your|here|xxxx|placeholder|example|insert|replace|changeme|dummy|redacted/i;

/**
 * A literal that can be a real Clarifai key or PAT: 32 alphanumerics today (both kinds look alike),
 * with some slack for other lengths, mixed letters and digits, and no placeholder words.
 */
export function looksLikeSecret(text: string): boolean {
  if (!/^[A-Za-z0-9_-]{24,64}$/.test(text)) return false;
  if (!/[0-9]/.test(text) || !/[A-Za-z]/.test(text)) return false;
  if (PLACEHOLDER.test(text)) return false;
  return entropy(text) >= 3;
}

/**
 * Where a credential is written in a string literal's value: its whole text, or, in an Authorization value, what
 * follows `Key `. Undefined when the text is not known, not written in one piece, or not shaped like a credential.
 */
export function secretInValue(value: Value, header: boolean): Span | undefined {
  const text = knownText(value);
  const part = value.kind === 'str' ? value.parts[value.parts.length - 1] : undefined;
  if (text === undefined || !part || isHole(part) || part.at === undefined) return undefined;
  const secret = header ? text.replace(/^\s*key\s+/i, '') : text;
  if (!looksLikeSecret(secret.trim())) return undefined;
  return { start: part.at + part.text.length - secret.length, end: part.at + part.text.length };
}

/**
 * The credential a string literal's value holds (the text after `Key ` in an Authorization value), as a finding of
 * the literal; undefined when it holds none.
 */
export function literalSecret(value: Value, literal: Span, context: SecretLiteral['context'], name: string | undefined): SecretLiteral | undefined {
  const span = secretInValue(value, context === 'authorization-header');
  return span && { span, literal, context, name, kind: name ? kindFromName(name) : undefined };
}

/** Whether a text holds any token that could be a credential: when none does, there is nothing to look for. */
export function hasSecretShapedToken(text: string): boolean {
  for (const m of text.matchAll(/[A-Za-z0-9_-]{24,64}/g)) if (looksLikeSecret(m[0])) return true;
  return false;
}

/** Shannon entropy in bits per character; real keys measure 3.2 to 3.9. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Words a PAT's name may carry besides "pat" without naming another service (`JIRA_PAT` is Jira's). */
const PAT_NAME_WORDS = new Set(['pat', 'personal', 'access', 'token', 'key', 'my', 'your', 'user', 'default', 'secret']);

/** A name that says by itself that it holds a Clarifai credential: `CLARIFAI_API_KEY`, `clarifaiToken`, `PAT`. */
export function isClarifaiCredentialName(name: string): boolean {
  const words = nameWords(name);
  if (words.includes('clarifai') && words.some((w) => ['key', 'token', 'pat', 'secret', 'apikey'].includes(w))) return true;
  return kindFromName(name) === 'pat' && words.every((w) => PAT_NAME_WORDS.has(w));
}

/** What a language's secret scan needs to know about the file. */
export interface SecretContext {
  /** The file really talks to Clarifai: bare `Key …` values and comments count. */
  anchored: boolean;
  /** Credential names the file's Clarifai calls use (for `API_KEY = …` in a comment). */
  credentialNames: ReadonlySet<string>;
  /** Header objects sent to other hosts (fal.run uses `Key …` too). */
  foreignHeaders: readonly Span[];
}

const KEY_IN_TEXT = /\bKey\s+([A-Za-z0-9]{32})\b/g;
const ASSIGNED_IN_TEXT = /([A-Za-z_$][\w$.]*)["']?\s*[:=]\s*["'`]?([A-Za-z0-9_-]{24,64})\b/g;

/**
 * Credentials in a comment's text: `Key <secret>`, or `<name> = <secret>` where the name says Clarifai
 * or is the name of a credential the file's Clarifai calls use.
 */
export function secretsInComment(text: string, offset: number, credentialNames: ReadonlySet<string>): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  for (const m of text.matchAll(KEY_IN_TEXT)) {
    const secret = m[1]!;
    if (looksLikeSecret(secret)) found.push({ span: at(offset + m.index! + m[0].length - secret.length, secret), context: 'comment' });
  }
  for (const m of text.matchAll(ASSIGNED_IN_TEXT)) {
    const name = m[1]!.split('.').pop()!;
    const secret = m[2]!;
    if (!looksLikeSecret(secret)) continue;
    if (!isClarifaiCredentialName(name) && !credentialNames.has(name)) continue;
    const start = offset + m.index! + m[0].length - secret.length;
    if (!found.some((f) => f.span.start === start)) found.push({ span: at(start, secret), context: 'comment', name });
  }
  return found;
}

function at(start: number, text: string) {
  return { start, end: start + text.length };
}
