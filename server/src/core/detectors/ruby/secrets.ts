// Clarifai credentials written into Ruby source outside a recognised call: named assignments, hash entries,
// Authorization headers set on a request, the clarification gem's key, comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, literalSecret, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import type { SecretLiteral, Span } from '../../model';
import { namedArgs, spanOf } from '../syntax';
import { isGemConfiguration } from './clarification';
import { methodOf, type RubyContext } from './context';

/** `NAME = …`, `@name = …`, `config.name = …` at the start of an assignment: the name (the last one of a path). */
const NAMED = /^(?:[@$]{0,2}[A-Za-z_]\w*\s*\.\s*)*([@$]{0,2}[A-Za-z_]\w*)\s*=(?![=~>])/;
/** `headers["Name"] = …`, `ENV["NAME"] = …`: the key. */
const KEYED = /^[@$]{0,2}[A-Za-z_][\w.]*\s*\[\s*(?::|['"])([\w-]{1,80})['"]?\s*\]\s*=(?![=~>])/;
/** `name: …`, `:name => …`, `"name" => …`, `"name": …`. */
const PAIR_KEY = /^(?:([A-Za-z_]\w*):(?!:)|:([A-Za-z_]\w*)\s*=>|(['"])([\w-]{1,80})\3\s*(?:=>|:))/;
const HEADER_CALL = /^[@$]{0,2}[\w.]+\s*\.\s*(?:add_field|store|\[\]=)\s*\(?\s*['"]authorization['"]\s*,/i;

/**
 * `CLARIFAI_PAT = "…"`, `{ clarifai_api_key: "…" }`, the gem's `config.api_key = "…"`, and in a file that calls
 * Clarifai, `"Authorization" => "Key …"` (unless sent to another host), `req["Authorization"] = "Key …"`,
 * `req.add_field("Authorization", "Key …")` and comments holding a key.
 */
export function rubySecrets(ctx: RubyContext, { anchored, credentialNames, foreignHeaders }: SecretContext): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  const add = (valueNode: Node, context: SecretLiteral['context'], name: string | undefined) => {
    const literal = literalOf(valueNode);
    const secret = literal && literalSecret(ctx.ev.eval(literal), spanOf(literal), context, name);
    if (secret) found.push(secret);
  };
  const outside = (node: Node) => !foreignHeaders.some((h: Span) => node.startIndex >= h.start && node.endIndex <= h.end);
  // The source at each node's start says whether it can matter, before any call into the parser.
  const head = (node: Node) => ctx.text.slice(node.startIndex, node.startIndex + 160);
  for (const node of ctx.index.of('assignment')) {
    const right = node.childForFieldName('right');
    if (!right) continue;
    const source = head(node);
    const named = NAMED.exec(source)?.[1]?.replace(/^[@$]+/, '');
    const keyed = KEYED.exec(source)?.[1];
    if (named && (isClarifaiCredentialName(named) || (named === 'api_key' && inGemConfiguration(node)))) add(right, 'assignment', named);
    else if (keyed && isClarifaiCredentialName(keyed)) add(right, 'assignment', keyed);
    else if (keyed && anchored && keyed.toLowerCase() === 'authorization' && outside(node)) add(right, 'authorization-header', undefined);
  }
  for (const node of ctx.index.of('pair')) {
    const match = PAIR_KEY.exec(head(node));
    const key = match?.[1] ?? match?.[2] ?? match?.[4];
    const value = node.childForFieldName('value');
    if (key === undefined || !value) continue;
    if (isClarifaiCredentialName(key)) add(value, 'argument', key);
    else if (anchored && key.toLowerCase() === 'authorization' && outside(node)) add(value, 'authorization-header', undefined);
  }
  if (anchored) {
    for (const call of ctx.calls) {
      if (!HEADER_CALL.test(head(call))) continue;
      const args = namedArgs(call.childForFieldName('arguments'));
      if (args.length === 2 && outside(call)) add(args[1]!, 'authorization-header', undefined);
    }
    for (const comment of ctx.index.of('comment')) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  }
  return found;
}

/** A string literal, also behind `.freeze`. */
function literalOf(node: Node): Node | undefined {
  if (node.type === 'string') return node;
  if (node.type === 'call' && methodOf(node) === 'freeze' && !node.childForFieldName('arguments')) return literalOf(node.childForFieldName('receiver')!);
  return undefined;
}

/** Whether an assignment sits in a `Clarification.configure do |config| … end` block, where `api_key` is the gem's key. */
function inGemConfiguration(node: Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'call' && isGemConfiguration(n)) return true;
  }
  return false;
}
