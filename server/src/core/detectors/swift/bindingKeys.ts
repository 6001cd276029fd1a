// The names a Swift binding statement binds, read from its source text at the node's start.
import type { Node } from '@vscode/tree-sitter-wasm';

const NAME = String.raw`[A-Za-z_]\w*`;
/** Attributes and modifiers that may open a declaration: `@MainActor private static let`. */
export const DECLARATION_PREFIX = String.raw`(?:@${NAME}(?:\([^)]*\))?\s+|(?:public|private|fileprivate|internal|open|package|static|class|final|lazy|weak|unowned|override|nonisolated|dynamic)(?:\(set\))?\s+)*`;
const DECLARATION = new RegExp(String.raw`^${DECLARATION_PREFIX}(?:let|var)\s+(${NAME})\b`);
/** `x = …`, `a.b.c = …`, `h["k"] = …`, `a.b?["k"] = …`, `x += …`: the target path and what follows it. */
const ASSIGNMENT = new RegExp(String.raw`^((?:${NAME})(?:\s*[?!]?\s*\.\s*${NAME})*)\s*[?!]?\s*(\[|\+?=)`);
const FUNCTION = new RegExp(String.raw`^${DECLARATION_PREFIX}(?:mutating\s+|nonmutating\s+)?func\s+(${NAME})`);
const FOR = new RegExp(String.raw`^for\s+(?:case\s+)?(?:let\s+|var\s+)?(${NAME})\s+in\b`);
/** `let x` and `var x` in the conditions of an `if` or `guard`, before its body. */
const CONDITION_BINDING = new RegExp(String.raw`\b(?:let|var)\s+(${NAME})`, 'g');
/** `request.setValue(…)` and `request.addValue(…)`: headers set on a request variable. */
export const HEADER_SET = new RegExp(String.raw`^((?:${NAME})(?:\s*\.\s*${NAME})*)\s*\.\s*(?:setValue|addValue)\s*\(`);
const WINDOW = 400;

/** A path as the evaluator names it: no spaces, no optional chaining, no leading `self.`. */
export function swiftPath(path: string): string {
  return path.replace(/\s+/g, '').replace(/[?!]/g, '').replace(/^self\./, '');
}

/** Where the headers set with `setValue(_:forHTTPHeaderField:)` on a request are kept. */
export function headerFieldsPath(request: string): string {
  return `${request}.allHTTPHeaderFields`;
}

/** Statements analysed first for a name: declarations, then the assignments that refer to them. */
export function swiftBindingRank(node: Node): number {
  return node.type === 'assignment' || node.type === 'call_expression' ? 1 : 0;
}

/** The keys a statement binds, for the lazy binding index; 'eager' for rare shapes analysed up front. */
export function swiftBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, node.startIndex + WINDOW);
    switch (type) {
      case 'property_declaration': {
        // Tuple patterns (`let (data, _) = …`) and lists of declarators need the tree.
        const name = DECLARATION.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      case 'assignment': {
        const m = ASSIGNMENT.exec(source);
        if (!m) return [];
        const path = swiftPath(m[1]!);
        const dot = path.lastIndexOf('.');
        // `h["k"] = v` sets a key of `h`; `a.b.c = v` a property of `a.b`; `x = v` and `self.x = v` bind `x`.
        if (m[2] === '[' || dot < 0) return [path];
        return [path.slice(0, dot)];
      }
      case 'if_statement':
      case 'guard_statement': {
        const conditions = source.slice(0, Math.max(0, source.indexOf('{')) || source.length);
        return [...conditions.matchAll(CONDITION_BINDING)].map((m) => m[1]!);
      }
      case 'for_statement': {
        const name = FOR.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      case 'function_declaration': {
        const name = FUNCTION.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      case 'call_expression': {
        const set = HEADER_SET.exec(source);
        return set ? [headerFieldsPath(swiftPath(set[1]!))] : [];
      }
      default:
        return [];
    }
  };
}
