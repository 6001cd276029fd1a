// Clarifai credentials written into C# source outside a recognised call: declarations, assignments and properties
// named like one, the deprecated client's API key, `Key …` in an Authorization entry, and comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isClarifaiCredentialName, literalSecret, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import type { CredentialKind, SecretLiteral, Span } from '../../model';
import { knownText } from '../../values/value';
import { namedArgs, spanOf } from '../syntax';
import { usesNamespace, type CSharpContext } from './context';
import { argumentsOf } from './evaluator';

/** Literals that hold their text as written (an interpolated string has holes; a raw one is not a credential's shape). */
const LITERALS = new Set(['string_literal', 'verbatim_string_literal']);
/** `name = …`, `this.name = …` at the start of an assignment. */
const ASSIGNED = /^(?:this\s*\.\s*)?@?([\w.]+)\s*=(?![=>])/;
const DECLARED = /^@?(\w+)/;
/** `{ "Authorization", … }` in a collection initializer, `["Authorization"] = …` in an index initializer. */
const AUTHORIZATION_ENTRY = /^(?:\{\s*|\[\s*)@?"authorization"\s*[,\]]/i;
/** `headers.Add("Authorization", …)`, `request.AddHeader("Authorization", …)`: the receiver, then the call's own method. */
const HEADER_CALL = /^[\w.\s]*\.\s*(?:Add|TryAddWithoutValidation|AddHeader|AddOrUpdateHeader|AddDefaultHeader)\s*\(\s*@?"authorization"\s*,/i;
const CREATION = /^new\s+(?:[\w.]+\.)?(ClarifaiClient|AuthenticationHeaderValue)\s*\(/;

/**
 * `const string ClarifaiPat = "…"`, `CLARIFAI_PAT` properties, `Environment.GetEnvironmentVariable(…) ?? "…"`,
 * `new ClarifaiClient("…")`, and in a file that calls Clarifai, `Key …` in Authorization entries (unless sent to another
 * host) and comments holding a key.
 */
export function cSharpSecrets(ctx: CSharpContext, { anchored, credentialNames, foreignHeaders }: SecretContext): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  /** A credential in a literal; `kind` overrides the kind its name tells. */
  const add = (valueNode: Node | undefined, context: SecretLiteral['context'], name: string | undefined, kind?: CredentialKind) => {
    if (valueNode?.type === 'binary_expression' && context === 'assignment') return addFallback(valueNode, name);
    if (!valueNode || !LITERALS.has(valueNode.type)) return;
    if (context === 'authorization-header' && foreignHeaders.some((h) => within(valueNode, h))) return;
    const secret = literalSecret(ctx.ev.eval(valueNode), spanOf(valueNode), context, name);
    if (secret) found.push(kind ? { ...secret, kind } : secret);
  };
  /** `Environment.GetEnvironmentVariable("CLARIFAI_PAT") ?? "…"`: the written-in default, which a fix drops. */
  const addFallback = (valueNode: Node, name: string | undefined) => {
    const value = ctx.ev.eval(valueNode);
    if (value.kind !== 'env' || !value.name || !value.span || !value.fallback?.span) return;
    const secret = literalSecret(value.fallback, value.fallback.span, 'assignment', name);
    if (secret) found.push({ ...secret, fallbackOf: { expression: value.span, envName: value.name } });
  };
  // The source at each node's start says whether it can matter, before any call into the parser.
  const head = (node: Node) => ctx.text.slice(node.startIndex, node.startIndex + 160);
  for (const node of ctx.index.of('variable_declarator')) {
    const name = DECLARED.exec(head(node))?.[1];
    if (name && isClarifaiCredentialName(name)) add(namedArgs(node).pop(), 'assignment', name);
  }
  for (const node of ctx.index.of('property_declaration')) {
    const name = node.childForFieldName('name')?.text;
    if (name && isClarifaiCredentialName(name)) add(node.childForFieldName('value') ?? undefined, 'assignment', name);
  }
  for (const node of ctx.index.of('assignment_expression')) {
    const source = head(node);
    const name = ASSIGNED.exec(source)?.[1]?.split('.').pop();
    // An initializer's member (`ClarifaiPat = "…"`) is given to what it builds; an assignment stores it.
    const context = node.parent?.type === 'initializer_expression' ? 'argument' : 'assignment';
    if (name && isClarifaiCredentialName(name)) add(node.childForFieldName('right') ?? undefined, context, name);
    else if (anchored && AUTHORIZATION_ENTRY.test(source)) add(node.childForFieldName('right') ?? undefined, 'authorization-header', undefined);
  }
  if (anchored) {
    for (const node of ctx.index.of('initializer_expression')) {
      const items = AUTHORIZATION_ENTRY.test(head(node)) ? namedArgs(node) : [];
      if (items.length === 2) add(items[1], 'authorization-header', undefined);
    }
  }
  const legacy = usesNamespace(ctx, 'Clarifai.API');
  for (const node of ctx.calls) {
    const source = head(node);
    if (node.type === 'invocation_expression') {
      if (anchored && HEADER_CALL.test(source)) add(argumentsOf(node.childForFieldName('arguments')).positional[1], 'authorization-header', undefined);
      continue;
    }
    const created = CREATION.exec(source)?.[1];
    if (!created) continue;
    const { positional, named } = argumentsOf(node.childForFieldName('arguments'));
    // The deprecated client's key, whether or not a recognised call uses the client.
    if (created === 'ClarifaiClient' && legacy) add(positional[0] ?? named.get('apiKey'), 'argument', undefined, 'api-key');
    else if (created === 'AuthenticationHeaderValue' && anchored && /^key$/i.test(knownText(ctx.ev.eval(positional[0])) ?? '')) add(positional[1], 'authorization-header', undefined);
  }
  if (anchored) {
    for (const comment of ctx.index.of('comment')) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  }
  return found;
}

function within(node: Node, span: Span): boolean {
  return node.startIndex >= span.start && node.endIndex <= span.end;
}
