// Clarifai credentials written into JavaScript/TypeScript source outside a recognised call: named bindings, object keys, comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, looksLikeSecret, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import { kindFromName } from '../../clarifai/names';
import type { SecretLiteral, Span } from '../../model';
import { isHole, knownText } from '../../values/value';
import { namedArgs, spanOf } from '../syntax';
import type { JavaScriptContext } from './context';

const LITERAL = new Set(['string', 'template_string']);
const LEGACY_APP = /^clarifai(?:\.default)?\.App$/;

function within(node: Node, span: Span): boolean {
  return node.startIndex >= span.start && node.endIndex <= span.end;
}

/**
 * `const CLARIFAI_PAT = "…"`, `{ PAT: "…" }`, `this.clarifaiKey = "…"`, the `apiKey` of `new Clarifai.App`, and in a
 * file that calls Clarifai, `Authorization: "Key …"` (unless sent to another host), `metadata.set("authorization", …)`
 * and comments holding a key.
 */
export function javaScriptSecrets(ctx: JavaScriptContext, { anchored, credentialNames, foreignHeaders }: SecretContext): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  const add = (valueNode: Node, context: SecretLiteral['context'], name: string | undefined) => {
    const value = ctx.ev.eval(valueNode);
    const text = knownText(value);
    const part = value.kind === 'str' ? value.parts[value.parts.length - 1] : undefined;
    if (text === undefined || !part || isHole(part) || part.at === undefined) return;
    const secret = context === 'authorization-header' ? text.replace(/^\s*key\s+/i, '') : text;
    if (!looksLikeSecret(secret.trim())) return;
    found.push({ span: { start: part.at + part.text.length - secret.length, end: part.at + part.text.length }, literal: spanOf(valueNode), context, name, kind: name ? kindFromName(name) : undefined });
  };
  for (const node of ['variable_declarator', 'assignment_expression', 'pair', 'public_field_definition'].flatMap((t) => ctx.index.of(t))) {
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
    else if (anchored && node.type === 'pair' && name.toLowerCase() === 'authorization' && !foreignHeaders.some((h) => within(node, h))) add(valueNode, 'authorization-header', undefined);
  }
  for (const call of ctx.calls) {
    const fn = call.childForFieldName(call.type === 'new_expression' ? 'constructor' : 'function');
    const args = namedArgs(call.childForFieldName('arguments'));
    const method = fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text : undefined;
    if (anchored && (method === 'set' || method === 'append' || method === 'add') && args.length === 2 && LITERAL.has(args[1]!.type)) {
      // metadata.set("authorization", "Key …"), headers.append("Authorization", "Key …")
      if (knownText(ctx.ev.eval(args[0]))?.toLowerCase() === 'authorization') add(args[1]!, 'authorization-header', undefined);
    } else if (call.type === 'new_expression' && args[0]?.type === 'object' && LEGACY_APP.test(ctx.ev.callValue(call).callee)) {
      // The deprecated client's options, whether or not a recognised call uses the App.
      for (const pair of namedArgs(args[0])) {
        const key = pair.childForFieldName('key')?.text;
        const value = pair.childForFieldName('value');
        if (pair.type === 'pair' && value && LITERAL.has(value.type) && (key === 'apiKey' || key === 'token' || key === 'sessionToken')) add(value, 'argument', key);
      }
    }
  }
  if (anchored) {
    for (const comment of ctx.index.of('comment')) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  }
  return found;
}
