// Small helpers over tree-sitter nodes shared by the language detectors.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../model';
import type { Comment } from '../suppressions';
import type { SyntaxIndex } from './syntaxIndex';

export function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

export function isNode(node: Node | null | undefined): node is Node {
  return node !== null && node !== undefined;
}

/** Named children that are not comments. */
export function namedArgs(node: Node | null | undefined): Node[] {
  if (!node) return [];
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

/** The last name of a callee: `PostModelOutputs` for `stub.PostModelOutputs`, `fetch` for `fetch`. */
export function memberName(node: Node | null | undefined, objectField: string, propertyField: string): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  const prop = node.childForFieldName(propertyField);
  return node.childForFieldName(objectField) && prop ? prop.text : undefined;
}

/** A short label for a callee, for messages: `stub.PostModelOutputs`, `requests.post`. */
export function calleeLabel(node: Node): string {
  let text = node.text;
  const comments = node.descendantsOfType('comment').filter(isNode).reverse();
  for (const c of comments) text = text.slice(0, c.startIndex - node.startIndex) + text.slice(c.endIndex - node.startIndex);
  return shortLabel(text.replace(/\s+/g, ''));
}

/** A callee's label shortened to its last two names when it is long (`…stub.postModelOutputs`). */
export function shortLabel(label: string): string {
  if (label.length <= 60) return label;
  const parts = label.split('.');
  return `…${parts.slice(-2).join('.')}`;
}

/** The comments an index collected (of the language's comment node types), as text and span, in document order. */
export function commentsOf(index: SyntaxIndex, types: readonly string[] = ['comment']): Comment[] {
  return types
    .flatMap((type) => index.of(type))
    .sort((a, b) => a.startIndex - b.startIndex)
    .map((n) => ({ text: n.text, span: spanOf(n) }));
}
