// Clarifai credentials written into PHP source outside a recognised call: variables, properties and constants named
// like one, array entries, `env()` defaults, the deprecated client's key, `Key …` headers and comments.
import type { Node } from '@vscode/tree-sitter-wasm';
import { kindFromName } from '../../clarifai/names';
import { isClarifaiCredentialName, looksLikeSecret, secretsInComment, type SecretContext } from '../../clarifai/secrets';
import type { SecretLiteral, Span } from '../../model';
import { isHole, knownText } from '../../values/value';
import { namedArgs, spanOf } from '../syntax';
import type { PhpContext } from './context';
import { isLegacyClientConstruction } from './legacy';

const LITERALS = new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc']);
const KEY_VALUE = /^\s*key\s+/i;
const HEADER_LINE = /^\s*authorization\s*:\s*key\s+/i;
/** `$name = …`, `$this->name = …`, `self::$name = …`: the name a statement assigns. */
const ASSIGNED = /^(?:\$this\s*->\s*|(?:self|static)\s*::\s*\$|\$)([A-Za-z_]\w*)\s*=(?!=)/;

function within(node: Node, spans: readonly Span[]): boolean {
  return spans.some((s) => node.startIndex >= s.start && node.endIndex <= s.end);
}

/**
 * `$CLARIFAI_PAT = '…'`, `private $clarifaiApiKey = '…'`, `const CLARIFAI_PAT = '…'`, `define('PAT', '…')`,
 * `['clarifai_api_key' => '…']`, `env('CLARIFAI_PAT', '…')`, `new ClarifaiClient('…')`, and in a file that calls
 * Clarifai, `'Authorization' => 'Key …'`, gRPC metadata `['Key …']`, curl's `'Authorization: Key …'` (unless sent
 * to another host) and comments holding a key.
 */
export function phpSecrets(ctx: PhpContext, { anchored, credentialNames, foreignHeaders }: SecretContext): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (!ctx.secretShaped) return found;
  const add = (valueNode: Node | null | undefined, context: SecretLiteral['context'], name: string | undefined, prefix?: RegExp) => {
    if (!valueNode || !LITERALS.has(valueNode.type)) return;
    const value = ctx.ev.eval(valueNode);
    const text = knownText(value);
    const part = value.kind === 'str' ? value.parts[value.parts.length - 1] : undefined;
    if (text === undefined || !part || isHole(part) || part.at === undefined) return;
    const secret = (prefix ? text.replace(prefix, '') : text).trimEnd();
    if (secret === text.trimEnd() && prefix) return;
    if (!looksLikeSecret(secret) || !part.text.trimEnd().endsWith(secret)) return;
    const end = part.at + part.text.trimEnd().length;
    found.push({ span: { start: end - secret.length, end }, literal: spanOf(valueNode), context, name, kind: name ? kindFromName(name) : undefined });
  };
  const head = (node: Node) => ctx.text.slice(node.startIndex, node.startIndex + 120);
  for (const node of ctx.index.of('assignment_expression')) {
    const name = ASSIGNED.exec(head(node))?.[1];
    if (name && isClarifaiCredentialName(name)) add(node.childForFieldName('right'), 'assignment', name);
    else if (anchored && !name) {
      // `$headers[] = 'Authorization: Key …'`
      add(node.childForFieldName('right'), 'authorization-header', undefined, HEADER_LINE);
    }
  }
  for (const node of ctx.index.of('property_element')) {
    const name = node.childForFieldName('name')?.text.slice(1);
    if (name && isClarifaiCredentialName(name)) add(node.childForFieldName('default_value'), 'assignment', name);
  }
  for (const node of ctx.index.of('const_element')) {
    const [name, value] = [namedArgs(node)[0], namedArgs(node).pop()];
    if (name && value && value.id !== name.id && isClarifaiCredentialName(name.text)) add(value, 'assignment', name.text);
  }
  for (const node of ctx.index.of('array_element_initializer')) {
    const parts = namedArgs(node);
    const [key, value] = parts.length === 2 ? parts : [undefined, parts[0]];
    const keyText = key && LITERALS.has(key.type) ? knownText(ctx.ev.eval(key)) : undefined;
    if (keyText !== undefined && isClarifaiCredentialName(keyText)) add(value, 'assignment', keyText);
    if (!anchored || within(node, foreignHeaders)) continue;
    if (keyText?.toLowerCase() === 'authorization') {
      // `'Authorization' => 'Key …'`, and gRPC metadata's list: `'Authorization' => ['Key …']`.
      const values = value?.type === 'array_creation_expression' ? namedArgs(value).map((e) => namedArgs(e).pop()) : [value];
      for (const v of values) add(v, 'authorization-header', undefined, KEY_VALUE);
    } else if (!key) add(value, 'authorization-header', undefined, HEADER_LINE);
  }
  for (const node of ctx.calls) {
    const fn = node.type === 'function_call_expression' ? node.childForFieldName('function')?.text.replace(/^\\/, '').toLowerCase() : undefined;
    const args = namedArgs(node.childForFieldName('arguments') ?? node.namedChildren.find((c) => c?.type === 'arguments')).map((a) => namedArgs(a).pop());
    if (fn === 'define') {
      const name = args[0] ? knownText(ctx.ev.eval(args[0])) : undefined;
      if (name && isClarifaiCredentialName(name)) add(args[1], 'assignment', name);
    } else if (fn === 'env' || fn === 'getenv') {
      envDefault(ctx, node, found);
    } else if (node.type === 'object_creation_expression' && args[0] && LITERALS.has(args[0].type) && isLegacyClientConstruction(ctx, node)) {
      add(args[0], 'argument', 'apiKey');
    }
  }
  if (anchored) {
    for (const comment of ctx.index.of('comment')) found.push(...secretsInComment(comment.text, spanOf(comment).start, credentialNames));
  }
  return found;
}

/**
 * `env('CLARIFAI_PAT', '…')`, `getenv('CLARIFAI_PAT') ?: '…'`, `$_ENV['CLARIFAI_PAT'] ?? '…'`: a credential written in
 * as the default of a credential's environment variable.
 */
function envDefault(ctx: PhpContext, read: Node, found: SecretLiteral[]): void {
  const parent = read.parent;
  const orElse =
    parent && ((parent.type === 'conditional_expression' && !parent.childForFieldName('body') && parent.childForFieldName('condition')?.id === read.id) ||
      (parent.type === 'binary_expression' && parent.childForFieldName('operator')?.text === '??' && parent.childForFieldName('left')?.id === read.id));
  const expression = orElse ? parent : read;
  const value = ctx.ev.eval(expression);
  if (value.kind !== 'env' || !value.name || !isClarifaiCredentialName(value.name)) return;
  const fallback = value.fallback;
  const text = knownText(fallback);
  const part = fallback?.kind === 'str' && fallback.parts.length === 1 ? fallback.parts[0] : undefined;
  if (text === undefined || !part || isHole(part) || part.at === undefined || !fallback?.span || !looksLikeSecret(text)) return;
  found.push({
    span: { start: part.at, end: part.at + text.length },
    literal: fallback.span,
    context: 'argument',
    name: value.name,
    kind: kindFromName(value.name),
    fallbackOf: { expression: spanOf(expression), envName: value.name },
  });
}
