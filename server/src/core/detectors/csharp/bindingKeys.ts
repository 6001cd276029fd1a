// The names a C# binding statement binds, read from its source text at the node's start: declarators, assignments,
// and the calls that fill a header collection, a request body or URL segments (`metadata.Add("Authorization", …)`).
import type { Node } from '@vscode/tree-sitter-wasm';

const NAME = String.raw`@?[A-Za-z_]\w*`;
/** A receiver path without its `this.`: `metadata`, `client.DefaultRequestHeaders`. */
const PATH = String.raw`(?:this\s*\.\s*)?(${NAME}(?:\s*\.\s*${NAME})*)`;
const DECLARATOR = new RegExp(`^(${NAME})`);
const ASSIGNMENT = new RegExp(String.raw`^${PATH}\s*(\[|=(?![=>])|\+=|\?\?=)`);
const FILLING_CALL = new RegExp(String.raw`^${PATH}\s*\.\s*(\w+)\s*\(`);
const WINDOW = 400;

/**
 * What a call filling a collection sets, by method: entries of the receiver itself (`metadata.Add`, `Headers.Add`),
 * or of a part of it named after the receiver (`request.AddHeader` fills `request#headers`).
 */
export const FILLING_METHODS: Readonly<Record<string, '' | '#headers' | '#body' | '#segments'>> = {
  Add: '',
  TryAddWithoutValidation: '',
  AddHeader: '#headers',
  AddOrUpdateHeader: '#headers',
  AddDefaultHeader: '#headers',
  AddJsonBody: '#body',
  AddStringBody: '#body',
  AddBody: '#body',
  AddParameter: '#body',
  AddUrlSegment: '#segments',
};

/** A receiver path as bindings store it: no spaces, no `this.`. */
export function compactPath(path: string): string {
  return path.replace(/\s+/g, '').replace(/^this\./, '').replace(/^@/, '');
}

/** The keys a statement binds, for the lazy binding index; 'eager' for shapes that need the tree to tell. */
export function cSharpBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, node.startIndex + WINDOW);
    switch (type) {
      case 'variable_declarator': {
        const name = DECLARATOR.exec(source);
        return name ? [name[1]!.replace(/^@/, '')] : 'eager';
      }
      case 'assignment_expression': {
        const m = ASSIGNMENT.exec(source);
        if (!m) return [];
        const path = compactPath(m[1]!);
        const dot = path.lastIndexOf('.');
        // `h["k"] = v` sets a key of `h`, `a.b.C = v` a property of `a.b`; `x = v` and `this.x = v` bind `x`.
        return [m[2] === '[' || dot < 0 ? path : path.slice(0, dot)];
      }
      case 'invocation_expression': {
        const m = FILLING_CALL.exec(source);
        return m && Object.hasOwn(FILLING_METHODS, m[2]!) ? [compactPath(m[1]!) + FILLING_METHODS[m[2]!]] : [];
      }
      default:
        // Properties, loop variables and catch clauses: few per file.
        return 'eager';
    }
  };
}
