// Clarifai credentials written into JavaScript/TypeScript source outside a recognised call: named bindings, object keys, comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, looksLikeSecret, secretsInComment } from '../../clarifai/secrets';
import type { SecretLiteral } from '../../model';
import { isHole, knownText } from '../../values/value';
import { isNode, spanOf } from '../syntax';
import type { JavaScriptContext } from './context';

const LITERAL = new Set(['string', 'template_string']);

/**
 * `const CLARIFAI_PAT = "…"`, `{ PAT: "…" }`, `this.clarifaiKey = "…"`, and in a file that calls Clarifai,
 * `Authorization: "Key …"` and comments holding a key.
 */
export function javaScriptSecrets(ctx: JavaScriptContext, anchored: boolean, credentialNames: ReadonlySet<string>): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  const add = (valueNode: Node, context: SecretLiteral['context'], name: string | undefined) => {
    const value = ctx.ev.eval(valueNode);
    const text = knownText(value);
    const part = value.kind === 'str' ? value.parts[value.parts.length - 1] : undefined;
    if (text === undefined || !part || isHole(part) || part.at === undefined) return;
    const secret = context === 'authorization-header' ? text.replace(/^\s*key\s+/i, '') : text;
    if (!looksLikeSecret(secret.trim())) return;
    found.push({ span: { start: part.at + part.text.length - secret.length, end: part.at + part.text.length }, context, name });
  };
  for (const node of ctx.root.descendantsOfType(['variable_declarator', 'assignment_expression', 'pair', 'public_field_definition']).filter(isNode)) {
    const [nameNode, valueNode] =
      node.type === 'variable_declarator' || node.type === 'public_field_definition'
        ? [node.childForFieldName('name'), node.childForFieldName('value')]
        : node.type === 'assignment_expression'
          ? [node.childForFieldName('left'), node.childForFieldName('right')]
          : [node.childForFieldName('key'), node.childForFieldName('value')];
    if (!nameNode || !valueNode || !LITERAL.has(valueNode.type)) continue;
    const name = nameNode.type === 'string' ? knownText(ctx.ev.eval(nameNode)) : nameNode.text.split('.').pop();
    if (name === undefined) continue;
    if (isClarifaiCredentialName(name)) add(valueNode, node.type === 'pair' ? 'argument' : 'assignment', name);
    else if (anchored && node.type === 'pair' && name.toLowerCase() === 'authorization') add(valueNode, 'authorization-header', undefined);
  }
  if (anchored) {
    for (const comment of ctx.root.descendantsOfType('comment').filter(isNode)) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  }
  return found;
}
