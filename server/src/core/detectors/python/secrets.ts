// Clarifai credentials written into Python source outside a recognised call: named assignments, dict entries, comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, secretInValue, secretsInComment } from '../../clarifai/secrets';
import { kindFromName } from '../../clarifai/names';
import type { SecretLiteral } from '../../model';
import type { Value } from '../../values/value';
import { isNode, spanOf } from '../syntax';
import type { SecretContext } from '../../clarifai/secrets';
import type { PythonContext } from './context';

const ASSIGNED_NAME = /^([A-Za-z_][\w.]*)\s*(?::[^=\n]*)?=(?!=)/;
const PAIR_KEY = /^(['"])([^'"\n]{1,80})\1\s*:/;
const KEYWORD = /^([A-Za-z_]\w*)\s*=/;
const AUTHORIZATION_PAIR = /^\(\s*[rRuU]?(['"])authorization\1\s*,/i;

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
    const span = secretInValue(value, context === 'authorization-header');
    if (span) found.push({ span, literal: spanOf(valueNode), context, name, kind: name ? kindFromName(name) : undefined });
  };
  // The source at each node's start says whether it can matter, before any call into the parser.
  const head = (node: Node) => ctx.text.slice(node.startIndex, node.startIndex + 120);
  for (const node of ctx.index.of('assignment')) {
    const name = ASSIGNED_NAME.exec(head(node))?.[1]?.split('.').pop();
    if (!name || !isClarifaiCredentialName(name)) continue;
    const right = literal(node.childForFieldName('right'));
    if (right) add(right, 'assignment', name);
  }
  for (const node of ctx.index.of('pair')) {
    const key = PAIR_KEY.exec(head(node))?.[2];
    if (key === undefined) continue;
    const header = key.toLowerCase() === 'authorization';
    if (!isClarifaiCredentialName(key) && !(header && anchored)) continue;
    const value = literal(node.childForFieldName('value'));
    if (!value) continue;
    if (!header) add(value, 'assignment', key);
    else if (!foreignHeaders.some((h) => node.startIndex >= h.start && node.endIndex <= h.end)) add(value, 'authorization-header', undefined);
  }
  for (const node of ctx.index.of('keyword_argument')) {
    const name = KEYWORD.exec(head(node))?.[1];
    if (!name || !(isClarifaiCredentialName(name) || name === 'api_key')) continue;
    const value = literal(node.childForFieldName('value'));
    if (value && (name !== 'api_key' || isClarifaiCredentialName(name) || isLegacyClient(ctx, node))) add(value, 'argument', name);
  }
  if (anchored) {
    // ('authorization', 'Key …') in gRPC metadata.
    for (const node of ctx.index.of('tuple')) {
      if (!AUTHORIZATION_PAIR.test(head(node))) continue;
      const [, value] = node.namedChildren.filter(isNode);
      if (node.namedChildCount === 2 && value?.type === 'string') add(value, 'authorization-header', undefined);
    }
  }
  if (anchored) {
    for (const comment of ctx.index.of('comment')) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  }
  return found;
}
