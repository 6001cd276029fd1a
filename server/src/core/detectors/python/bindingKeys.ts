// The names a Python binding statement binds, read from its source text at the node's start.
import type { Node } from '@vscode/tree-sitter-wasm';

const PATH = String.raw`[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*`;
/** The left side of an assignment: everything up to the first `=`, `+=`, `//=`… that is not `==`. */
const ASSIGNMENT_LEFT = /^([^=]*?)\s*(?:\/\/|\*\*|<<|>>|[-+*/%&|^@])?=(?!=)/;
const WHOLE_PATH = new RegExp(String.raw`^(${PATH})\s*(?::[\s\S]*)?$`);
const SUBSCRIPTED_PATH = new RegExp(String.raw`^(${PATH})\s*\[`);
const DEF = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/;
const FOR = /^(?:async\s+)?for\s+([\s\S]+?)\s+in\b/;
const WALRUS = /^([A-Za-z_]\w*)\s*:=/;
const MUTATION = new RegExp(String.raw`^(${PATH})\s*\.\s*(update|add_header|putheader)\s*\(`);
/** How much source a key is read from: enough for any left-hand side we resolve. */
const WINDOW = 400;

const compact = (path: string) => path.replace(/\s+/g, '');
const identifiers = (text: string) => text.match(/[A-Za-z_]\w*/g) ?? [];

/** `x`, `self.x`, `a.b` (also a property of `a`), `h` for `h["k"]`, every name of `a, b`. */
function assignmentKeys(left: string): readonly string[] | 'eager' {
  const trimmed = left.trim();
  const whole = WHOLE_PATH.exec(trimmed);
  if (whole) {
    const path = compact(whole[1]!);
    const dot = path.lastIndexOf('.');
    return dot < 0 || /^(self|cls)\./.test(path) ? [path] : [path, path.slice(0, dot)];
  }
  const subscripted = SUBSCRIPTED_PATH.exec(trimmed);
  if (subscripted) return [compact(subscripted[1]!)];
  if (trimmed.includes(',')) return identifiers(trimmed);
  return 'eager';
}

/** The keys a statement binds, for the lazy binding index; 'eager' for rare shapes analysed up front. */
export function pythonBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, node.startIndex + WINDOW);
    switch (type) {
      case 'assignment':
      case 'augmented_assignment': {
        const left = ASSIGNMENT_LEFT.exec(source);
        return left ? assignmentKeys(left[1]!) : 'eager';
      }
      case 'named_expression': {
        const name = WALRUS.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      case 'function_definition': {
        const name = DEF.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      case 'for_statement':
      case 'for_in_clause': {
        const targets = FOR.exec(source);
        return targets ? identifiers(targets[1]!) : 'eager';
      }
      case 'call': {
        // Only `x.update({...})` and `req.add_header(k, v)` bind anything; other calls are never analysed here.
        const mutation = MUTATION.exec(source);
        if (!mutation) return [];
        const path = compact(mutation[1]!);
        return [mutation[2] === 'update' ? path : `${path}.headers`];
      }
      case 'return_statement':
        return [];
      default:
        // Imports, with-items and except clauses: few per file.
        return 'eager';
    }
  };
}
