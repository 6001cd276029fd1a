// Clarifai credentials written into a shell script: assignments named like one, `Key …` in a curl header, comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { kindFromName } from '../../clarifai/names';
import { isClarifaiCredentialName, looksLikeSecret, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import type { SecretLiteral } from '../../model';
import { isHole, type Value } from '../../values/value';
import { spanOf } from '../syntax';
import type { ShellContext } from './context';

const LITERALS = new Set(['string', 'raw_string', 'word']);
const KEY_IN_HEADER = /^\s*authorization\s*:\s*key\s+([A-Za-z0-9_-]+)\s*$/i;

/** `CLARIFAI_PAT=…`, `export CLARIFAI_API_KEY='…'`, and in a script that calls Clarifai, `-H "Authorization: Key …"` and comments. */
export function shellSecrets(ctx: ShellContext, { anchored, credentialNames, foreignHeaders }: SecretContext): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  for (const node of ctx.index.of('variable_assignment')) {
    const name = node.childForFieldName('name')?.text;
    const value = node.childForFieldName('value');
    if (!name || !value || !LITERALS.has(value.type) || !isClarifaiCredentialName(name)) continue;
    const secret = wholeLiteral(ctx.ev.eval(value));
    if (secret && looksLikeSecret(secret.text)) found.push({ span: secret.span, literal: spanOf(value), context: 'assignment', name, kind: kindFromName(name) });
  }
  if (!anchored) return found;
  for (const command of ctx.index.of('command')) {
    if (foreignHeaders.some((h) => h.start <= command.startIndex && command.endIndex <= h.end)) continue;
    for (const arg of command.childrenForFieldName('argument')) if (arg && LITERALS.has(arg.type)) found.push(...headerSecret(ctx, arg));
  }
  for (const comment of ctx.index.of('comment')) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  return found;
}

/** `"Authorization: Key <secret>"` written as one literal argument. */
function headerSecret(ctx: ShellContext, arg: Node): SecretLiteral[] {
  const literal = wholeLiteral(ctx.ev.eval(arg));
  const key = literal && KEY_IN_HEADER.exec(literal.text);
  if (!literal || !key || !looksLikeSecret(key[1]!)) return [];
  const end = literal.span.start + literal.text.trimEnd().length;
  return [{ span: { start: end - key[1]!.length, end }, literal: spanOf(arg), context: 'authorization-header' }];
}

/** The text of a value written as one literal that maps onto the source, and where. */
function wholeLiteral(value: Value): { text: string; span: { start: number; end: number } } | undefined {
  if (value.kind !== 'str' || value.parts.length !== 1) return undefined;
  const part = value.parts[0]!;
  if (isHole(part) || part.at === undefined || (part.from?.length ?? 0) > 0) return undefined;
  return { text: part.text, span: { start: part.at, end: part.at + part.text.length } };
}
