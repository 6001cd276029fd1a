// What every Python detector shares for one file: the text, one index of the tree, the evaluator and the imports.
import type { Node } from '@vscode/tree-sitter-wasm';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import { SyntaxIndex } from '../syntaxIndex';
import { PYTHON_BINDING_TYPES, PYTHON_SCOPE_TYPES, PythonEvaluator } from './evaluator';

/** Everything the Python detectors look at, collected in one walk. */
const INDEXED_TYPES = [...PYTHON_BINDING_TYPES, 'pair', 'keyword_argument', 'tuple', 'comment'];

export interface PythonContext {
  text: string;
  /** Whether the text holds a credential-shaped token at all (computed once). */
  secretShaped: boolean;
  index: SyntaxIndex;
  ev: PythonEvaluator;
  calls: readonly Node[];
  /** Every imported module path (`clarifai_grpc.grpc.api.service_pb2`, `clarifai.rest.ClarifaiApp`, `requests`). */
  imports: readonly string[];
}

export function pythonContext(root: Node, text: string): PythonContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, PYTHON_SCOPE_TYPES);
  const imports: string[] = [];
  for (const node of [...index.of('import_statement'), ...index.of('import_from_statement')]) {
    const module = node.childForFieldName('module_name')?.text;
    const names = node.type === 'import_statement' ? node.namedChildren : node.childrenForFieldName('name');
    for (const name of names) {
      const path = name?.type === 'aliased_import' ? name.childForFieldName('name')?.text : name?.type === 'dotted_name' ? name.text : undefined;
      if (path) imports.push(module ? `${module}.${path}` : path);
    }
    if (module && names.length === 0) imports.push(module);
  }
  return { text, secretShaped: hasSecretShapedToken(text), index, ev: new PythonEvaluator(index, text), calls: index.of('call'), imports };
}

/** Whether the file imports a module under this prefix (`clarifai_grpc`, `clarifai.rest`). */
export function importsUnder(ctx: PythonContext, prefix: string): boolean {
  return ctx.imports.some((m) => m === prefix || m.startsWith(`${prefix}.`));
}
