// The names a Ruby binding statement binds, read from its source text at the node's start.
import type { Node } from '@vscode/tree-sitter-wasm';

/** A local, a constant, an instance, class or global variable. */
const NAME = String.raw`[@$]{0,2}[A-Za-z_]\w*`;
/** `a`, `@client.headers`, `conn.headers`: a receiver chain that property sets can be keyed by. */
const PATH = String.raw`${NAME}(?:\s*\.\s*[A-Za-z_]\w*)*`;
const ASSIGNED = new RegExp(String.raw`^(${NAME})\s*(?:\+|-|\*|\/|\|\||&&|<<|\||&)?=(?![=~>])`);
const SETTER = new RegExp(String.raw`^(${PATH})\s*\.\s*([A-Za-z_]\w*)\s*=(?![=~>])`);
const ELEMENT = new RegExp(String.raw`^(${PATH})\s*\[`);
const MULTIPLE = /^([^=\n]*,[^=\n]*)=(?![=~>])/;
const DEF = /^def\s+(?:self\s*\.\s*)?([A-Za-z_]\w*[?!]?)/;
/** Statements that add keys to a hash or a request: `h.merge!(…)`, `req.add_field(k, v)`. */
export const MUTATORS = new Set(['merge!', 'update', 'store', 'add_field']);
const MUTATION = new RegExp(String.raw`^(${PATH})\s*\.\s*(?:${[...MUTATORS].join('|')})(?=[\s(])`);
const APPEND = new RegExp(String.raw`^(${NAME})\s*<<(?!~|-|[A-Z'"])`);
/** How much source a key is read from: enough for any left-hand side we resolve. */
const WINDOW = 300;

const compact = (path: string) => path.replace(/\s+/g, '');

/** The key a method definition is bound under, apart from the locals of the same name. */
export function methodKey(name: string): string {
  return `${name}()`;
}

/** The keys a statement binds, for the lazy binding index; 'eager' for rare shapes analysed up front. */
export function rubyBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, node.startIndex + WINDOW);
    switch (type) {
      case 'assignment':
      case 'operator_assignment': {
        const name = ASSIGNED.exec(source);
        if (name) return [name[1]!];
        const setter = SETTER.exec(source);
        if (setter) return [`${compact(setter[1]!)}.${setter[2]!}`];
        const element = ELEMENT.exec(source);
        if (element) return [compact(element[1]!)];
        const multiple = MULTIPLE.exec(source);
        return multiple ? (multiple[1]!.match(/[@$]{0,2}[A-Za-z_]\w*/g) ?? []) : 'eager';
      }
      case 'method':
      case 'singleton_method': {
        const name = DEF.exec(source);
        return name ? [methodKey(name[1]!)] : 'eager';
      }
      case 'call': {
        const mutation = MUTATION.exec(source);
        return mutation ? [compact(mutation[1]!)] : [];
      }
      case 'binary': {
        const append = APPEND.exec(source);
        return append ? [append[1]!] : [];
      }
      default:
        return 'eager';
    }
  };
}
