// Classifies the credential a call sends: app API key, PAT or unknown, where it comes from and what it is called.
import type { Credential, CredentialKind, Span, WrittenSecret } from '../model';
import { describe, isHole, knownText, str, type StrValue, type Value } from '../values/value';
import { kindFromName } from './names';
import { looksLikeSecret } from './secrets';

export interface CredentialSlot {
  /** The kind this position takes when names say nothing (a legacy client's `api_key`). */
  kind?: CredentialKind;
  /** The credential expression at the call. */
  span?: Span;
  /** What the client reads when nothing is passed (`ClarifaiApp()` reads CLARIFAI_API_KEY). */
  clientDefault?: { kind: CredentialKind; envName: string };
}

/** Classifies a credential value; `undefined` means nothing was passed. */
export function classifyCredential(value: Value | undefined, slot: CredentialSlot = {}): Credential {
  if (!value) {
    if (slot.clientDefault) {
      return {
        kind: slot.clientDefault.kind,
        source: 'client-default',
        evidence: 'slot',
        name: slot.clientDefault.envName,
        envName: slot.clientDefault.envName,
        literals: [],
      };
    }
    return { kind: 'unknown', source: 'none', evidence: 'none', literals: [] };
  }
  const envName = value.kind === 'env' ? value.name : undefined;
  // A placeholder left from a sample (`'Key YOUR_CLARIFAI_API_KEY'`) says which kind the author meant.
  const placeholder = placeholderName(value);
  const names = [...value.names, ...(envName ? [envName] : []), ...(placeholder ? [placeholder] : [])];
  const kinds = new Set(names.map(kindFromName).filter((k): k is CredentialKind => k !== undefined));
  // Names that disagree: PATs are often kept under API-key names, so this may be either.
  const mixed = kinds.has('pat') && kinds.has('api-key');
  const kind = mixed ? 'api-key' : [...kinds][0];
  const evidence = mixed ? 'mixed' : kind ? 'name' : slot.kind && slot.kind !== 'unknown' ? 'slot' : 'none';
  return {
    kind: kind ?? slot.kind ?? 'unknown',
    source: sourceOf(value),
    evidence,
    name: describe(value) ?? envName ?? placeholder,
    envName,
    span: slot.span ?? value.span,
    literals: literalSpans(value),
  };
}

function placeholderName(value: Value): string | undefined {
  const text = knownText(value)?.trim();
  return text && /^[{<]?[A-Z][A-Z0-9_]*[}>]?$/.test(text) && !looksLikeSecret(text) ? text.replace(/[{}<>]/g, '') : undefined;
}

function sourceOf(value: Value): Credential['source'] {
  switch (value.kind) {
    case 'str':
      return value.parts.every((p) => !isHole(p)) ? 'literal' : 'variable';
    case 'env':
      return 'env';
    case 'param':
      return 'parameter';
    case 'module':
      return 'variable';
    case 'unknown': {
      const name = value.names[value.names.length - 1] ?? value.text;
      return /[.[]/.test(name) ? 'config' : 'variable';
    }
    default:
      return 'variable';
  }
}

/** Literal text that reaches the credential, with the literals holding it: the value itself, or a literal fallback. */
function literalSpans(value: Value): WrittenSecret[] {
  if (value.kind === 'str') {
    const text = knownText(value);
    if (text === undefined) return value.parts.flatMap((p) => (isHole(p) ? literalSpans(p.hole) : []));
    if (!looksLikeSecret(text.trim())) return [];
    return value.parts.flatMap((p) => (!isHole(p) && p.at !== undefined ? [{ span: { start: p.at, end: p.at + p.text.length }, literal: p.literal }] : []));
  }
  if (value.kind === 'env' && value.fallback) {
    const fallbackOf = value.name && value.span ? { expression: value.span, envName: value.name } : undefined;
    return literalSpans(value.fallback).map((secret) => ({ ...secret, fallbackOf }));
  }
  return [];
}

export type AuthScheme = 'key' | 'bearer' | 'none';

/** Splits an `Authorization` value into its scheme and the credential after `Key `. */
export function parseAuthorization(header: Value): { scheme: AuthScheme; credential: Value } {
  if (header.kind !== 'str') return { scheme: 'none', credential: header };
  const first = header.parts[0];
  if (!first || isHole(first)) {
    // `"Authorization": process.env.API_CLARIFAI`, or a variable holding the whole header.
    return { scheme: 'none', credential: first && header.parts.length === 1 ? first.hole : header };
  }
  const match = /^\s*(key|bearer)\s+/i.exec(first.text);
  if (!match) return { scheme: 'none', credential: header };
  const scheme = match[1]!.toLowerCase() === 'key' ? 'key' : 'bearer';
  const rest = first.text.slice(match[0].length);
  const remaining = [...(rest ? [{ ...first, text: rest, at: first.at === undefined ? undefined : first.at + match[0].length }] : []), ...header.parts.slice(1)];
  const only = remaining[0];
  if (remaining.length === 1 && only && isHole(only)) return { scheme, credential: only.hole };
  // `'Key ' + PAT` with PAT a literal: the credential is known by PAT's name.
  const origin = remaining.length === 1 && only && !isHole(only) ? only.from : undefined;
  const credential: StrValue = { ...str(remaining, header.span), names: origin ?? header.names };
  return { scheme, credential };
}
