// The names a Kotlin binding statement binds, read from its source text at the node's start (no call into the parser).
import type { Node } from '@vscode/tree-sitter-wasm';

const NAME = String.raw`[A-Za-z_][\w]*`;
/** `val x`, `private const val X`, `lateinit var x` (not `val (a, b)`). */
const DECLARED = new RegExp(String.raw`\b(?:val|var)\s+(${NAME})`);
/** `x = …`, `x += …`, `this.x = …`. */
const ASSIGNED = new RegExp(String.raw`^(?:this\s*\.\s*)?(${NAME})\s*(?:[-+*/%]?=)(?!=)`);
/** A constructor parameter: `private val apiKey: String`, `key: String`. */
const PARAMETER = new RegExp(String.raw`(${NAME})\s*:`);
const WINDOW = 300;

/** The keys a statement binds, for the lazy binding index; 'eager' for shapes the text does not settle. */
export function kotlinBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + WINDOW));
    switch (type) {
      case 'property_declaration': {
        const name = DECLARED.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      case 'assignment': {
        const name = ASSIGNED.exec(source);
        // Other targets (`a.b = c`, `arr[i] = c`) bind nothing the evaluator reads.
        return name ? [name[1]!] : [];
      }
      case 'class_parameter': {
        const name = PARAMETER.exec(source);
        return name ? [name[1]!] : 'eager';
      }
      default:
        // Imports, loop variables, catch parameters: few per file.
        return 'eager';
    }
  };
}
