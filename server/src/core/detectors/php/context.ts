// What every PHP detector shares for one file: the text, one index of the tree, the evaluator, the calls and the imports.
import type { Node } from '@vscode/tree-sitter-wasm';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import { namedArgs } from '../syntax';
import { SyntaxIndex } from '../syntaxIndex';
import { PHP_BINDING_TYPES, PHP_SCOPE_TYPES, PhpEvaluator } from './evaluator';
import { PhpNames } from './names';

const CALL_TYPES = ['function_call_expression', 'member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression', 'object_creation_expression'];
/** Everything the PHP detectors look at, collected in one walk. */
const INDEXED_TYPES = [...PHP_BINDING_TYPES, ...CALL_TYPES, 'namespace_use_declaration', 'namespace_definition', 'class_declaration', 'comment'];
/** What only the secrets scan reads: collected when the text holds a credential-shaped token. */
const SECRET_TYPES = ['array_element_initializer', 'property_element', 'const_element'];

export interface PhpContext {
  text: string;
  /** Whether the text holds a credential-shaped token at all (computed once). */
  secretShaped: boolean;
  index: SyntaxIndex;
  ev: PhpEvaluator;
  names: PhpNames;
  /** Function, method and static calls and `new` expressions, in document order. */
  calls: readonly Node[];
}

export function phpContext(root: Node, text: string): PhpContext {
  const secretShaped = hasSecretShapedToken(text);
  const index = new SyntaxIndex(root, secretShaped ? [...INDEXED_TYPES, ...SECRET_TYPES] : INDEXED_TYPES, PHP_SCOPE_TYPES);
  const names = new PhpNames(index.of('namespace_use_declaration'), index.of('namespace_definition'));
  const calls = CALL_TYPES.flatMap((t) => index.of(t)).sort((a, b) => a.startIndex - b.startIndex);
  return { text, secretShaped, index, ev: new PhpEvaluator(index, text, names), names, calls };
}

/** The method a call node calls (`PostModelOutputs` of `$client->PostModelOutputs(…)`), for member and static calls. */
export function methodName(call: Node): string | undefined {
  return call.type === 'function_call_expression' || call.type === 'object_creation_expression' ? undefined : call.childForFieldName('name')?.text;
}

const CALLS = new Set(['member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression', 'function_call_expression', 'object_creation_expression', 'parenthesized_expression']);

/**
 * What a diagnostic marks and names for a call: from the receiver to the method's name (`$client->PostModelOutputs`),
 * only the method at the end of a chain (`post` of `Http::withHeaders([…])->post`), labelled the way a reader writes
 * it (`Http::withHeaders(…)->post`).
 */
export function calleeOf(call: Node): { span: { start: number; end: number }; label: string } {
  const name = call.type === 'function_call_expression' ? call.childForFieldName('function') : call.childForFieldName('name');
  const object = call.childForFieldName('object');
  const start = object && CALLS.has(object.type) && name ? name.startIndex : call.startIndex;
  return { span: { start, end: name?.endIndex ?? call.endIndex }, label: label(call) };
}

function label(node: Node): string {
  switch (node.type) {
    case 'member_call_expression':
    case 'nullsafe_member_call_expression':
    case 'scoped_call_expression': {
      const object = node.childForFieldName(node.type === 'scoped_call_expression' ? 'scope' : 'object');
      const joint = node.type === 'scoped_call_expression' ? '::' : node.type === 'nullsafe_member_call_expression' ? '?->' : '->';
      return `${object ? receiverLabel(object) : ''}${joint}${node.childForFieldName('name')?.text ?? ''}`;
    }
    case 'function_call_expression':
      return node.childForFieldName('function')?.text.replace(/\s+/g, '') ?? node.text;
    default:
      return node.text.replace(/\s+/g, '');
  }
}

/** A receiver as a label: a call shows as `name(…)`, anything long is cut short. */
function receiverLabel(node: Node): string {
  if (node.type === 'member_call_expression' || node.type === 'nullsafe_member_call_expression' || node.type === 'scoped_call_expression') {
    return `${label(node)}(${namedArgs(node.childForFieldName('arguments')).length > 0 ? '…' : ''})`;
  }
  if (node.type === 'parenthesized_expression') return '(…)';
  const text = node.text.replace(/\s+/g, '');
  return text.length <= 40 ? text : '…';
}

/** Whether the file imports a class (or namespace) the pattern matches, or writes one with its full name at `new` or `::`. */
export function usesClasses(ctx: PhpContext, pattern: RegExp): boolean {
  if (ctx.names.imported.some((path) => pattern.test(path))) return true;
  return ctx.calls.some((call) => {
    const cls = call.type === 'object_creation_expression' ? call.namedChildren.find((c) => c?.type === 'qualified_name') : call.type === 'scoped_call_expression' ? call.childForFieldName('scope') : undefined;
    return cls?.type === 'qualified_name' && pattern.test(ctx.names.qualify(cls));
  });
}
