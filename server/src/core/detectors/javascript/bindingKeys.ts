// The names a JavaScript/TypeScript binding statement binds, read from its source text at the node's start.
import type { Node } from '@vscode/tree-sitter-wasm';

const NAME = String.raw`[A-Za-z_$][\w$]*`;
const PATH = String.raw`(?:this|${NAME})(?:\s*\??\.\s*#?${NAME})*`;
const DECLARATOR = new RegExp(`^(${NAME})`);
/** `x = …`, `a.b.c = …`, `h["k"] = …`, `x ??= …`: the target path and what follows it. */
const ASSIGNMENT = new RegExp(String.raw`^(${PATH})\s*(\[|=(?![=>])|\?\?=|\|\|=|&&=)`);
const AUGMENTED = new RegExp(String.raw`^(${NAME})\s*(?:\*\*|<<|>>>?|[-+*/%&|^])=`);
const FUNCTION = new RegExp(String.raw`^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*(${NAME})`);
const FIELD = new RegExp(String.raw`^(?:(?:static|readonly|private|public|protected|declare|override|accessor)\s+)*#?(${NAME})`);
const WINDOW = 400;

const compact = (path: string) => path.replace(/\s+/g, '').replace(/\?\./g, '.');

/** Statements analysed first for a name: declarations, then the assignments that refer to them. */
export function javaScriptBindingRank(node: Node): number {
  return node.type === 'assignment_expression' || node.type === 'augmented_assignment_expression' ? 1 : 0;
}

/** The keys a statement binds, for the lazy binding index; 'eager' for rare shapes analysed up front. */
export function javaScriptBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, node.startIndex + WINDOW);
    switch (type) {
      case 'variable_declarator': {
        // Destructuring patterns are analysed up front: the names they bind need the tree.
        const name = DECLARATOR.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      case 'assignment_expression': {
        const m = ASSIGNMENT.exec(source);
        if (!m) return 'eager';
        const path = compact(m[1]!);
        const dot = path.lastIndexOf('.');
        // `h["k"] = v` sets a key of `h`; `a.b.c = v` one of `a.b`; `this.x = v` binds `this.x` itself.
        if (m[2] === '[' || path.startsWith('this.') || dot < 0) return [path];
        return [path.slice(0, dot)];
      }
      case 'augmented_assignment_expression': {
        const name = AUGMENTED.exec(source);
        return name ? [name[1]!] : [];
      }
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = FUNCTION.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      case 'public_field_definition':
      case 'field_definition': {
        const name = FIELD.exec(source);
        return name ? [`this.${name[1]!}`] : 'eager';
      }
      case 'return_statement':
        return [];
      default:
        // Imports, for-of/in heads and catch clauses: few per file.
        return 'eager';
    }
  };
}
