// What every Python detector shares for one file: the tree, the evaluator, the calls and the imports.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isNode } from '../syntax';
import { PythonEvaluator } from './evaluator';

export interface PythonContext {
  root: Node;
  ev: PythonEvaluator;
  calls: readonly Node[];
  /** Every imported module path (`clarifai_grpc.grpc.api.service_pb2`, `clarifai.rest.ClarifaiApp`, `requests`). */
  imports: readonly string[];
}

export function pythonContext(root: Node): PythonContext {
  const imports: string[] = [];
  for (const node of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!node) continue;
    const module = node.childForFieldName('module_name')?.text;
    const names = node.type === 'import_statement' ? node.namedChildren : node.childrenForFieldName('name');
    for (const name of names) {
      const path = name?.type === 'aliased_import' ? name.childForFieldName('name')?.text : name?.type === 'dotted_name' ? name.text : undefined;
      if (path) imports.push(module ? `${module}.${path}` : path);
    }
    if (module && names.length === 0) imports.push(module);
  }
  return { root, ev: new PythonEvaluator(root), calls: root.descendantsOfType('call').filter(isNode), imports };
}

/** Whether the file imports a module under this prefix (`clarifai_grpc`, `clarifai.rest`). */
export function importsUnder(ctx: PythonContext, prefix: string): boolean {
  return ctx.imports.some((m) => m === prefix || m.startsWith(`${prefix}.`));
}
