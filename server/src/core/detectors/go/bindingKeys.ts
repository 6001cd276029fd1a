// The names a Go binding statement binds, read from its source text at the node's start.
import type { Node } from '@vscode/tree-sitter-wasm';

const NAME = String.raw`[A-Za-z_]\w*`;
const PATH = String.raw`${NAME}(?:\s*\.\s*${NAME})*`;
const NAMES = new RegExp(String.raw`^\s*(${NAME}(?:\s*,\s*${NAME})*)`);
const SHORT_DECLARATION = /^([^:=]*?):=/;
/** `a.b.c = …`, `h["k"] = …`, `x += …`: each target path and what follows it. */
const TARGET = new RegExp(String.raw`^\s*(${PATH})\s*(\[)?`);
const ASSIGNMENT_LEFT = /^([^=]*?)\s*(?:<<|>>|&\^|[-+*/%&|^])?=(?!=)/;
const FUNCTION = new RegExp(String.raw`^func\s+(${NAME})`);
/** `md.Set(k, v)`, `req.Header.Add(k, v)`: calls that set a key of the value they are called on. */
export const KEY_SETTERS = /^(Set|Add|Append)$/;
const KEY_SETTER_CALL = new RegExp(String.raw`^(${PATH})\s*\.\s*(?:Set|Add|Append)\s*\(`);
const WINDOW = 400;

const compact = (path: string) => path.replace(/\s+/g, '');
const names = (text: string) => text.split(',').map((n) => n.trim()).filter(Boolean);

/** `a.b.c = v` sets key `c` of `a.b`; `h["k"] = v` a key of `h`; `x = v` binds `x` itself. */
function assignmentKeys(left: string): string[] {
  return left.split(',').flatMap((target) => {
    const m = TARGET.exec(target);
    if (!m) return [];
    const path = compact(m[1]!);
    if (m[2]) return [path];
    const dot = path.lastIndexOf('.');
    return [dot < 0 ? path : path.slice(0, dot)];
  });
}

/** The keys a statement binds, for the lazy binding index; 'eager' for shapes analysed up front. */
export function goBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, node.startIndex + WINDOW);
    switch (type) {
      case 'short_var_declaration':
      case 'range_clause': {
        const left = SHORT_DECLARATION.exec(source);
        return left ? names(left[1]!) : type === 'range_clause' ? [] : 'eager';
      }
      case 'var_spec':
      case 'const_spec': {
        const m = NAMES.exec(source);
        return m ? names(m[1]!) : 'eager';
      }
      case 'assignment_statement': {
        const left = ASSIGNMENT_LEFT.exec(source);
        return left ? assignmentKeys(left[1]!) : 'eager';
      }
      case 'function_declaration': {
        const m = FUNCTION.exec(source);
        return m ? [m[1]!] : 'eager';
      }
      case 'call_expression': {
        const m = KEY_SETTER_CALL.exec(source);
        return m ? [compact(m[1]!)] : [];
      }
      case 'return_statement':
        return [];
      default:
        // Imports: few per file.
        return 'eager';
    }
  };
}
