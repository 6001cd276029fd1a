// What every Swift detector shares for one file: the text, one index of the tree, the evaluator and the imports.
import type { Node } from '@vscode/tree-sitter-wasm';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import type { FixSupport } from '../../fixes/support';
import { SyntaxIndex } from '../syntaxIndex';
import { swiftFixSupport } from './fixSupport';
import { SWIFT_BINDING_TYPES, SWIFT_SCOPE_TYPES, SWIFT_STRING_TYPES, SwiftEvaluator } from './evaluator';

/** The comment node types of the grammar. */
export const SWIFT_COMMENT_TYPES = ['comment', 'multiline_comment'];
/** Everything the Swift detectors look at, collected in one walk. */
const INDEXED_TYPES = [...SWIFT_BINDING_TYPES, ...SWIFT_COMMENT_TYPES, ...SWIFT_STRING_TYPES, 'import_declaration', 'dictionary_literal', 'value_argument', 'control_transfer_statement'];

export interface SwiftContext {
  text: string;
  /** Whether the text holds a credential-shaped token at all (computed once). */
  secretShaped: boolean;
  index: SyntaxIndex;
  ev: SwiftEvaluator;
  calls: readonly Node[];
  /** The modules the file imports (`Foundation`, `Clarifai`, `Alamofire`). */
  modules: ReadonlySet<string>;
  /** Uses of names in the tree, for what only one call uses (and for the fix builders). */
  support: FixSupport;
}

/** The last name of a callee's source, as written before any resolving: `dataTask` for `URLSession.shared.dataTask`. */
export function lastName(callee: string): string {
  return callee.slice(callee.lastIndexOf('.') + 1).trim();
}

export function swiftContext(root: Node, text: string): SwiftContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, SWIFT_SCOPE_TYPES);
  const modules = new Set<string>();
  // `import Foundation`, `@testable import App`, `import struct Foundation.URL`: the module is the first path component.
  for (const node of index.of('import_declaration')) {
    const module = /\bimport\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?([A-Za-z_]\w*)/.exec(node.text)?.[1];
    if (module) modules.add(module);
  }
  return { text, secretShaped: hasSecretShapedToken(text), index, ev: new SwiftEvaluator(index, text), calls: index.of('call_expression'), modules, support: swiftFixSupport(root, text) };
}
