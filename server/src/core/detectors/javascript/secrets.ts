// Clarifai credentials written into JavaScript/TypeScript source outside a recognised call: named bindings, object keys, comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, secretInValue, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import { kindFromName } from '../../clarifai/names';
import type { SecretLiteral, Span } from '../../model';
import { knownText } from '../../values/value';
import { namedArgs, spanOf } from '../syntax';
import type { JavaScriptContext } from './context';

const LITERAL = new Set(['string', 'template_string']);
const LEGACY_APP = /^clarifai(?:\.default)?\.App$/;
/** `name = …`, `this.name = …`, `name: Type = …` at the start of a declarator, assignment or field. */
const BOUND_NAME = /^(?:(?:static|readonly|private|public|protected|declare|override)\s+)*(#?)([\w$]+(?:\.[\w$#]+)*)\s*(?:[:!?][^=\n]*)?=(?![=>])/;
/** `key: …`, `"key": …`. */
const PAIR_KEY = /^(['"]?)([\w$-]{1,80})\1\s*:/;
const HEADER_SET = /^[\w$.]+\s*\.\s*(?:set|append|add)\s*\(\s*['"`]authorization['"`]\s*,/i;
const NEW_APP = /^new\s+[\w$.]*\bApp\s*\(/;

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
    const span = secretInValue(ctx.ev.eval(valueNode), context === 'authorization-header');
    if (span) found.push({ span, literal: spanOf(valueNode), context, name, kind: name ? kindFromName(name) : undefined });
  };
  // The source at each node's start says whether it can matter, before any call into the parser.
  const head = (node: Node) => ctx.text.slice(node.startIndex, node.startIndex + 160);
  for (const type of ['variable_declarator', 'assignment_expression', 'pair', 'public_field_definition']) {
    for (const node of ctx.index.of(type)) {
      const match = (type === 'pair' ? PAIR_KEY : BOUND_NAME).exec(head(node));
      const name = match?.[2]?.split('.').pop();
      if (name === undefined) continue;
      const header = type === 'pair' && name.toLowerCase() === 'authorization';
      if (!isClarifaiCredentialName(name) && !(header && anchored)) continue;
      const valueNode = node.childForFieldName(type === 'assignment_expression' ? 'right' : 'value');
      if (!valueNode || !LITERAL.has(valueNode.type)) continue;
      if (!header) add(valueNode, type === 'pair' ? 'argument' : 'assignment', name);
      else if (!foreignHeaders.some((h) => within(node, h))) add(valueNode, 'authorization-header', undefined);
    }
  }
  for (const call of ctx.calls) {
    const source = head(call);
    if (anchored && HEADER_SET.test(source)) {
      // metadata.set("authorization", "Key …"), headers.append("Authorization", "Key …")
      const args = namedArgs(call.childForFieldName('arguments'));
      if (args.length === 2 && LITERAL.has(args[1]!.type) && knownText(ctx.ev.eval(args[0]))?.toLowerCase() === 'authorization') add(args[1]!, 'authorization-header', undefined);
    } else if (NEW_APP.test(source) && LEGACY_APP.test(ctx.ev.callValue(call).callee)) {
      // The deprecated client's options, whether or not a recognised call uses the App.
      const options = namedArgs(call.childForFieldName('arguments'))[0];
      for (const pair of options?.type === 'object' ? namedArgs(options) : []) {
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
