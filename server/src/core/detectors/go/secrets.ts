// Clarifai credentials written into Go source: constants, variables and fields named like one, and in a file that
// talks to Clarifai, `Key …` Authorization values (metadata pairs, header sets and maps) and comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, literalSecret, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import type { SecretLiteral, Span } from '../../model';
import { knownText } from '../../values/value';
import { namedArgs, spanOf } from '../syntax';
import type { GoContext } from './context';

const LITERALS = new Set(['interpreted_string_literal', 'raw_string_literal']);
const DECLARATIONS = ['var_spec', 'const_spec', 'short_var_declaration', 'assignment_statement'];
/** The source of a call that may pass `"authorization", "Key …"` among its arguments. */
const AUTHORIZATION_ARGUMENT = /["`]authorization["`]/i;

/**
 * `const clarifaiPAT = "…"`, `apiKey := "…"`, `Config{ClarifaiAPIKey: "…"}`, `{"clarifai_pat": "…"}`, and where
 * the file talks to Clarifai, `"Authorization", "Key …"` passed to a call, `"Authorization": "Key …"` in a map
 * (unless sent to another host) and comments holding a key.
 */
export function goSecrets(ctx: GoContext, { anchored, credentialNames, foreignHeaders }: SecretContext): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  const foreign = (node: Node) => foreignHeaders.some((h: Span) => h.start <= node.startIndex && node.endIndex <= h.end);
  const add = (valueNode: Node | undefined, context: SecretLiteral['context'], name: string | undefined) => {
    if (!valueNode || !LITERALS.has(valueNode.type) || foreign(valueNode)) return;
    const secret = literalSecret(ctx.ev.eval(valueNode), spanOf(valueNode), context, name);
    if (secret) found.push(secret);
  };
  for (const type of DECLARATIONS) {
    for (const node of ctx.index.of(type)) {
      const assignment = type === 'short_var_declaration' || type === 'assignment_statement';
      const targets = assignment ? namedArgs(node.childForFieldName('left')) : node.childrenForFieldName('name').filter((n): n is Node => n?.type === 'identifier');
      const values = namedArgs(node.childForFieldName(assignment ? 'right' : 'value'));
      if (targets.length !== values.length) continue;
      targets.forEach((target, i) => {
        const name = target.type === 'selector_expression' ? target.childForFieldName('field')?.text : target.type === 'identifier' ? target.text : undefined;
        if (name && isClarifaiCredentialName(name)) add(values[i], 'assignment', name);
      });
    }
  }
  for (const node of ctx.index.of('keyed_element')) {
    const keyNode = namedArgs(node.childForFieldName('key') ?? node.namedChildren[0])[0];
    const valueNode = namedArgs(node.childForFieldName('value') ?? node.namedChildren[1])[0];
    const key = keyNode?.type === 'identifier' ? keyNode.text : keyNode && LITERALS.has(keyNode.type) ? knownText(ctx.ev.eval(keyNode)) : undefined;
    if (key === undefined) continue;
    if (isClarifaiCredentialName(key)) add(valueNode, 'argument', key);
    else if (anchored && key.toLowerCase() === 'authorization') add(valueNode?.type === 'literal_value' ? namedArgs(namedArgs(valueNode)[0])[0] : valueNode, 'authorization-header', undefined);
  }
  if (!anchored) return found;
  for (const call of ctx.calls) {
    if (!AUTHORIZATION_ARGUMENT.test(ctx.text.slice(call.startIndex, call.endIndex))) continue;
    // metadata.AppendToOutgoingContext(ctx, "Authorization", "Key …"), metadata.Pairs(…), req.Header.Set(…)
    const args = namedArgs(call.childForFieldName('arguments'));
    args.forEach((arg, i) => {
      if (LITERALS.has(arg.type) && knownText(ctx.ev.eval(arg))?.toLowerCase() === 'authorization') add(args[i + 1], 'authorization-header', undefined);
    });
  }
  for (const comment of ctx.index.of('comment')) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  return found;
}
