// What a C# using directive imports: `using X;`, `using static X;`, `using A = X;`, `global using X;`.
import type { Node } from '@vscode/tree-sitter-wasm';

const USING = /^(?:global\s+)?using\s+(static\s+)?(?:(@?\w+)\s*=\s*)?(?:global::)?([\w.\s]+?)\s*;/;

/** The namespace or type a using directive names, its alias (none for a plain using), and whether it is `static`. */
export function usingOf(directive: Node): { target: string; alias?: string; isStatic: boolean } | undefined {
  if (directive.type !== 'using_directive') return undefined;
  const m = USING.exec(directive.text);
  return m ? { target: m[3]!.replace(/\s+/g, ''), alias: m[2], isStatic: !!m[1] } : undefined;
}
