// Clarifai credentials written into Swift source outside a recognised call: named constants and properties,
// dictionary entries, labelled arguments, `Authorization: Key …` header values and comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, literalSecret, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import type { SecretLiteral, Span } from '../../model';
import { isHole, knownText } from '../../values/value';
import { namedArgs, spanOf } from '../syntax';
import { DECLARATION_PREFIX, HEADER_SET } from './bindingKeys';
import { SWIFT_COMMENT_TYPES, type SwiftContext } from './context';
import { SWIFT_STRING_TYPES, valueArguments } from './evaluator';

/** `let name`, `static var name: String`, `name =`, `self.name =` at the start of a declaration or assignment. */
const BOUND_NAME = new RegExp(String.raw`^${DECLARATION_PREFIX}(?:(?:let|var)\s+)?(?:self\s*\.\s*)?(\w+)\s*(?::[^=\n]*)?(?==[^=])`);
const PAIR_KEY = /^"([\w-]{1,80})"$/;
const LABEL = /^(\w+)\s*:/;
/** The deprecated client's credential labels. */
const APP_LABELS = new Set(['apiKey', 'appSecret']);

function within(node: Node, spans: readonly Span[]): boolean {
  return spans.some((s) => node.startIndex >= s.start && node.endIndex <= s.end);
}

/**
 * `let clarifaiPAT = "…"`, `["CLARIFAI_API_KEY": "…"]`, `Config(clarifaiKey: "…")`, `ClarifaiApp(apiKey: "…")`, and in a
 * file that talks to Clarifai, `"Authorization": "Key …"` and `setValue("Key …", forHTTPHeaderField: "Authorization")`
 * (unless sent to another host) and comments holding a key.
 */
export function swiftSecrets(ctx: SwiftContext, { anchored, credentialNames, foreignHeaders }: SecretContext): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  const add = (valueNode: Node | null | undefined, context: SecretLiteral['context'], name: string | undefined) => {
    if (!valueNode || !SWIFT_STRING_TYPES.has(valueNode.type)) return;
    const value = ctx.ev.eval(valueNode);
    const part = value.kind === 'str' ? value.parts[value.parts.length - 1] : undefined;
    // The credential must be written in this literal (an interpolated constant is found where it is defined).
    if (!part || isHole(part) || part.literal?.start !== valueNode.startIndex) return;
    const secret = literalSecret(value, spanOf(valueNode), context, name);
    if (secret) found.push(secret);
  };
  // The source at each node's start says whether it can matter, before any call into the parser.
  const head = (node: Node, length = 160) => ctx.text.slice(node.startIndex, node.startIndex + length);
  for (const type of ['property_declaration', 'assignment']) {
    for (const node of ctx.index.of(type)) {
      const name = BOUND_NAME.exec(head(node))?.[1];
      if (!name || !isClarifaiCredentialName(name)) continue;
      add(type === 'assignment' ? node.childForFieldName('result') : node.childForFieldName('value'), 'assignment', name);
    }
  }
  for (const node of ctx.index.of('dictionary_literal')) {
    if (!/authorization|key|token|pat|secret/i.test(ctx.text.slice(node.startIndex, node.endIndex))) continue;
    const keys = node.childrenForFieldName('key');
    const values = node.childrenForFieldName('value');
    keys.forEach((keyNode, i) => {
      const key = keyNode ? PAIR_KEY.exec(keyNode.text)?.[1] : undefined;
      if (key === undefined) return;
      if (isClarifaiCredentialName(key)) add(values[i], 'assignment', key);
      else if (key.toLowerCase() === 'authorization' && anchored && !within(node, foreignHeaders)) add(values[i], 'authorization-header', undefined);
    });
  }
  for (const node of ctx.index.of('value_argument')) {
    const label = LABEL.exec(head(node, 80))?.[1];
    if (!label || !(isClarifaiCredentialName(label) || (APP_LABELS.has(label) && inAppConstructor(node)))) continue;
    add(node.childForFieldName('value'), 'argument', label);
  }
  if (anchored) {
    for (const call of ctx.calls) {
      if (!HEADER_SET.test(head(call)) || !/authorization/i.test(ctx.text.slice(call.startIndex, call.endIndex))) continue;
      const args = namedArgs(valueArguments(call));
      const field = args.find((a) => a.childForFieldName('name')?.text === 'forHTTPHeaderField')?.childForFieldName('value');
      const value = args.find((a) => !a.childForFieldName('name'))?.childForFieldName('value');
      if (field && value && knownText(ctx.ev.eval(field))?.toLowerCase() === 'authorization' && !within(value, foreignHeaders)) add(value, 'authorization-header', undefined);
    }
    for (const type of SWIFT_COMMENT_TYPES) for (const comment of ctx.index.of(type)) found.push(...secretsInComment(comment.text, comment.startIndex, credentialNames));
  }
  return found;
}

/** Whether a labelled argument belongs to `ClarifaiApp(…)`, whether or not a recognised call uses the client. */
function inAppConstructor(argument: Node): boolean {
  const call = argument.parent?.parent?.parent;
  return call?.type === 'call_expression' && call.namedChildren[0]?.text === 'ClarifaiApp';
}
