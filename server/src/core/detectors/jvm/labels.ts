// How messages name a JVM call: its callee's text without comments and whitespace, shortened when long.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import { shortLabel } from '../syntax';

/** `stub.postModelOutputs`, `…generalModel().predict` for a callee written over several lines with comments. */
export function calleeText(text: string, span: Span, comments: readonly Node[]): string {
  let label = text.slice(span.start, span.end);
  const inside = comments.filter((c) => c.startIndex >= span.start && c.endIndex <= span.end).reverse();
  for (const c of inside) label = label.slice(0, c.startIndex - span.start) + label.slice(c.endIndex - span.start);
  // Whitespace goes, but `new URL(u)` keeps the space after `new`.
  let compact = label.replace(/\bnew\s+/g, 'new\u0000').replace(/\s+/g, '').replace(/\u0000/g, ' ');
  // A long chain shows its calls without their arguments: `URL(…).openConnection`.
  while (compact.length > 60 && /\([^()…]+\)/.test(compact)) compact = compact.replace(/\([^()…]+\)/g, '(…)');
  return shortLabel(compact);
}
