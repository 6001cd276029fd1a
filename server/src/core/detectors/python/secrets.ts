// Clarifai credentials written into Python source outside a recognised call: named assignments, dict entries, comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, looksLikeSecret, secretsInComment } from '../../clarifai/secrets';
import { kindFromName } from '../../clarifai/names';
import type { SecretLiteral } from '../../model';
import { knownText, type Value } from '../../values/value';
import { isNode, spanOf } from '../syntax';
import type { SecretContext } from '../../clarifai/secrets';
import type { PythonContext } from './context';

/** `ClarifaiApp(api_key=…)`: the keyword belongs to the deprecated client, whether or not a recognised call uses it. */
function isLegacyClient(ctx: PythonContext, keyword: Node): boolean {
  const call = keyword.parent?.parent;
  return call?.type === 'call' && /^clarifai\.rest(\.client)?\.ClarifaiApp$/.test(ctx.ev.callValue(call).callee);
}

/**
 * `CLARIFAI_PAT = "…"`, `{"clarifai_api_key": "…"}`, `PAT = "…"`, `ClarifaiApp(api_key="…")`, and in a file that
 * calls Clarifai, `('authorization', 'Key …')`, `{"Authorization": "Key …"}` (unless sent to another host) and
 * comments holding a key.
 */
export function pythonSecrets(ctx: PythonContext, { anchored, credentialNames, foreignHeaders }: SecretContext): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  const literal = (node: Node | null | undefined): Node | undefined => (node?.type === 'string' ? node : undefined);
  const add = (valueNode: Node, context: SecretLiteral['context'], name: string | undefined, value: Value = ctx.ev.eval(valueNode)) => {
    const text = knownText(value);
    const part = value.kind === 'str' ? value.parts[value.parts.length - 1] : undefined;
    if (text === undefined || !part || 'hole' in part || part.at === undefined) return;
    const secret = context === 'authorization-header' ? text.replace(/^\s*key\s+/i, '') : text;
    if (!looksLikeSecret(secret.trim())) return;
    found.push({ span: { start: part.at + part.text.length - secret.length, end: part.at + part.text.length }, literal: spanOf(valueNode), context, name, kind: name ? kindFromName(name) : undefined });
  };
  for (const node of [...ctx.index.of('assignment'), ...ctx.index.of('pair'), ...ctx.index.of('keyword_argument'), ...ctx.index.of('tuple')]) {
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const right = literal(node.childForFieldName('right'));
      const name = left?.type === 'identifier' || left?.type === 'attribute' ? left.text.split('.').pop()! : undefined;
      if (right && name && isClarifaiCredentialName(name)) add(right, 'assignment', name);
    } else if (node.type === 'pair') {
      const key = knownText(ctx.ev.eval(node.childForFieldName('key')));
      const value = literal(node.childForFieldName('value'));
      if (!value || key === undefined) continue;
      if (isClarifaiCredentialName(key)) add(value, 'assignment', key);
      else if (anchored && key.toLowerCase() === 'authorization' && !foreignHeaders.some((h) => node.startIndex >= h.start && node.endIndex <= h.end)) add(value, 'authorization-header', undefined);
    } else if (node.type === 'keyword_argument') {
      const name = node.childForFieldName('name')?.text;
      const value = literal(node.childForFieldName('value'));
      if (value && name && (isClarifaiCredentialName(name) || (name === 'api_key' && isLegacyClient(ctx, node)))) add(value, 'argument', name);
    } else if (anchored) {
      // ('authorization', 'Key …') in gRPC metadata.
      const [key, value] = node.namedChildren.filter(isNode);
      if (node.namedChildCount === 2 && key?.type === 'string' && value?.type === 'string' && knownText(ctx.ev.eval(key))?.toLowerCase() === 'authorization') {
        add(value, 'authorization-header', undefined);
      }
    }
  }
  if (anchored) {
    for (const comment of ctx.index.of('comment')) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  }
  return found;
}
