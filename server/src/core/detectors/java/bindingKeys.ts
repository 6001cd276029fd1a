// The names a Java binding statement binds, read from its source text at the node's start (no call into the parser).
import type { Node } from '@vscode/tree-sitter-wasm';

const NAME = String.raw`[A-Za-z_$][\w$]*`;
/** The name right before the `=` or `;` that ends a single declarator (array brackets allowed after it). */
const DECLARED = new RegExp(String.raw`(${NAME})\s*(?:\[\s*\]\s*)*$`);
/** `x = …`, `x += …`, `this.x = …`. */
const ASSIGNED = new RegExp(String.raw`^(?:this\s*\.\s*)?(${NAME})\s*(?:[-+*/%&|^]|<<|>>>?)?=(?!=)`);
const WINDOW = 400;

/** The keys a statement binds, for the lazy binding index; 'eager' for shapes the text does not settle. */
export function javaBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + WINDOW));
    switch (type) {
      case 'local_variable_declaration':
      case 'field_declaration':
      case 'constant_declaration':
      case 'resource': {
        // Up to the first `=` or `;`: one declarator, unless annotations with arguments or several names make it unclear.
        const end = source.search(/=|;/);
        const head = end < 0 ? source : source.slice(0, end);
        if (head.includes('(') || severalDeclarators(source)) return 'eager';
        const name = DECLARED.exec(head.trimEnd());
        return name ? [name[1]!] : 'eager';
      }
      case 'assignment_expression': {
        const name = ASSIGNED.exec(source);
        // Other targets (`a.b = c`, `arr[i] = c`) bind nothing the evaluator reads.
        return name ? [name[1]!] : [];
      }
      default:
        // Imports, loop variables, catch parameters: few per file.
        return 'eager';
    }
  };
}

/** Whether a declaration's text has a comma outside brackets, strings and type arguments: `int a = 1, b = 2;`. */
function severalDeclarators(source: string): boolean {
  let depth = 0;
  let typeArgs = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"' || c === "'") {
      // Skip the literal (text blocks too: their quotes pair up the same way).
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{' || (typeArgs && c === '<')) depth++;
    else if (c === ')' || c === ']' || c === '}' || (typeArgs && c === '>')) depth--;
    else if (c === '=') typeArgs = false;
    else if (c === ';' && depth <= 0) return false;
    else if (c === ',' && depth <= 0) return true;
  }
  // Cut off by the window: the text does not settle it.
  return true;
}
