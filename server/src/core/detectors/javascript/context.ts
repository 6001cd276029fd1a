// What every JavaScript/TypeScript detector shares for one file: the tree, the evaluator, the calls and the imports.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isNode, namedArgs } from '../syntax';
import { JavaScriptEvaluator } from './evaluator';

export interface JavaScriptContext {
  root: Node;
  ev: JavaScriptEvaluator;
  /** Call and `new` expressions. */
  calls: readonly Node[];
  /** Every module the file imports or requires (`clarifai`, `clarifai-nodejs-grpc`, `axios`). */
  modules: ReadonlySet<string>;
}

export function javaScriptContext(root: Node): JavaScriptContext {
  const modules = new Set<string>();
  const calls = root.descendantsOfType(['call_expression', 'new_expression']).filter(isNode);
  for (const node of root.descendantsOfType('import_statement')) {
    const source = node?.childForFieldName('source');
    if (source) modules.add(stringText(source));
  }
  for (const call of calls) {
    const fn = call.childForFieldName('function');
    const arg = namedArgs(call.childForFieldName('arguments'))[0];
    if ((fn?.text === 'require' || fn?.type === 'import') && arg?.type === 'string') modules.add(stringText(arg));
  }
  return { root, ev: new JavaScriptEvaluator(root), calls, modules };
}

/** Whether the file imports this package or a path inside it. */
export function importsPackage(ctx: JavaScriptContext, name: string): boolean {
  for (const m of ctx.modules) if (m === name || m.startsWith(`${name}/`)) return true;
  return false;
}

function stringText(node: Node): string {
  return node.text.slice(1, -1);
}
