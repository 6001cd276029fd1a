// Clarifai credentials written into Java or Kotlin source: constants and variables named like one, the key given to
// `ClarifaiCallCredentials` or `ClarifaiBuilder`, and in a file that talks to Clarifai, `Key …` in an Authorization
// header (a builder call, `setRequestProperty`, a Retrofit `@Headers` line) and comments.
import { splitHeaderLine } from '../../clarifai/headerLine';
import { kindFromName } from '../../clarifai/names';
import { isClarifaiCredentialName, looksLikeSecret, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import { foreignHost } from '../../clarifai/rest';
import type { CallSite, CredentialKind, SecretLiteral, Span, WrittenSecret } from '../../model';
import { isHole, knownText, type CallValue, type Value } from '../../values/value';
import { lastNames, type JvmContext } from './context';

const HEADER_SETTERS = new Set(['header', 'addHeader', 'setHeader', 'setRequestProperty', 'addRequestProperty']);
const KEY_TAKERS: Readonly<Record<string, CredentialKind>> = { ClarifaiCallCredentials: 'unknown', ClarifaiBuilder: 'api-key' };

/**
 * @param sites the credentials the file's Clarifai calls send: a key given to a client they use is found there, with
 *   what the call says about it
 */
export function jvmSecrets(ctx: JvmContext, { anchored, credentialNames, foreignHeaders }: SecretContext, constants: ReadonlySet<string>, sites: readonly CallSite[]): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  const sent = new Set(sites.flatMap((s) => s.credential.literals.map((l) => spanKey(l.span))));
  const add = (secret: WrittenSecret | undefined, context: SecretLiteral['context'], name?: string, kind?: CredentialKind) => {
    if (secret) found.push({ ...constantIf(secret, constants), context, name, kind: kind ?? (name ? kindFromName(name) : undefined) });
  };
  for (const { name, value } of ctx.namedValues) if (isClarifaiCredentialName(name)) add(writtenSecret(ctx.ev.eval(value)), 'assignment', name);
  for (const call of ctx.calls) {
    if (Object.hasOwn(KEY_TAKERS, call.name)) {
      const value = ctx.ev.callValue(call.node);
      const secret = value.construct && lastNames(value.callee) === call.name && value.args.length === 1 ? literalSecret(value.args[0]!()) : undefined;
      if (secret && !sent.has(spanKey(secret.span))) add(secret, 'argument', undefined, KEY_TAKERS[call.name]);
    } else if (anchored && HEADER_SETTERS.has(call.name)) {
      const value = ctx.ev.callValue(call.node);
      const at = value.argSpans[1];
      if (value.args.length !== 2 || !at || foreignHeaders.some((h) => h.start <= at.start && at.end <= h.end) || sentElsewhere(value)) continue;
      if (knownText(value.args[0]!())?.toLowerCase() === 'authorization') add(literalSecret(value.args[1]!(), /^\s*key\s+/i), 'authorization-header');
    }
  }
  if (!anchored) return found;
  for (const method of ctx.annotatedMethods) {
    for (const annotation of method.annotations.filter((a) => a.name === 'Headers')) {
      for (const { value } of annotation.args) {
        const header = splitHeaderLine(ctx.ev.eval(value));
        if (header?.name.toLowerCase() === 'authorization') add(literalSecret(header.value, /^\s*key\s+/i), 'authorization-header');
      }
    }
  }
  for (const comment of ctx.comments) found.push(...secretsInComment(comment.text, comment.startIndex, credentialNames));
  return found;
}

/** A request builder whose URL is another host's (`new Request.Builder().url("https://fal.run/…").header(…)`). */
function sentElsewhere(call: CallValue): boolean {
  for (let current = call.receiver?.(); current?.kind === 'call'; current = current.receiver?.()) {
    if ((current.method === 'url' || current.method === 'uri') && current.args[0]) return foreignHost(urlText(current.args[0]()));
  }
  return false;
}

/** `URI.create(s)`, `new URI(s)`: the text the URI is made from. */
function urlText(value: Value): Value {
  return value.kind === 'call' && /(?:^|\.)URI(?:\.create)?$/.test(value.callee) && value.args[0] ? value.args[0]() : value;
}

/** A literal credential, or the literal default of an environment read (`getOrDefault("CLARIFAI_PAT", "…")`). */
function writtenSecret(value: Value): WrittenSecret | undefined {
  if (value.kind !== 'env' || !value.fallback) return literalSecret(value);
  const secret = literalSecret(value.fallback);
  return secret && value.name && value.span ? { ...secret, fallbackOf: { expression: value.span, envName: value.name } } : secret;
}

/**
 * The credential in a value written as one literal (after `strip`, a `Key ` prefix), with the literal that holds it.
 * A value that came through a binding is found where that binding is written.
 */
function literalSecret(value: Value, strip?: RegExp): WrittenSecret | undefined {
  if (value.kind !== 'str' || value.parts.length !== 1 || value.names.length > 0) return undefined;
  const part = value.parts[0]!;
  if (isHole(part) || part.at === undefined || !part.literal || (part.from?.length ?? 0) > 0) return undefined;
  const prefix = strip?.exec(part.text)?.[0] ?? '';
  const secret = part.text.slice(prefix.length).trimEnd();
  if ((strip && !prefix) || !looksLikeSecret(secret)) return undefined;
  const start = part.at + prefix.length;
  return { span: { start, end: start + secret.length }, literal: part.literal };
}

/**
 * The literals that constant expressions reach (annotation arguments, and through bindings, Kotlin `const val`
 * initializers): a credential written in one of them must stay where it is.
 */
export function constantLiterals(ctx: JvmContext): Set<string> {
  const keys = new Set<string>();
  for (const { value, own } of ctx.constantExpressions) {
    const evaluated = ctx.ev.eval(value);
    if (evaluated.kind !== 'str') continue;
    for (const part of evaluated.parts) if (!isHole(part) && part.literal && (own || (part.from?.length ?? 0) > 0)) keys.add(spanKey(part.literal));
  }
  return keys;
}

/** The secret, marked when its literal must stay a constant. */
export function constantIf<S extends WrittenSecret>(secret: S, constants: ReadonlySet<string>): S {
  return secret.literal && constants.has(spanKey(secret.literal)) ? { ...secret, constant: true } : secret;
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}
