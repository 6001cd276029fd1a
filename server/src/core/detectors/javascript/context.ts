// What every JavaScript/TypeScript detector shares for one file: the tree, the evaluator, the calls and the imports.
import type { Node } from '@vscode/tree-sitter-wasm';
import { namedArgs } from '../syntax';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import { SyntaxIndex } from '../syntaxIndex';
import { JAVASCRIPT_BINDING_TYPES, JAVASCRIPT_SCOPE_TYPES, JavaScriptEvaluator } from './evaluator';

/** Everything the JavaScript detectors look at, collected in one walk. */
const INDEXED_TYPES = [...JAVASCRIPT_BINDING_TYPES, 'call_expression', 'new_expression', 'pair', 'comment'];

export interface JavaScriptContext {
  text: string;
  /** Whether the text holds a credential-shaped token at all (computed once). */
  secretShaped: boolean;
  index: SyntaxIndex;
  ev: JavaScriptEvaluator;
  /** Call and `new` expressions. */
  calls: readonly Node[];
  /** Every module the file imports or requires (`clarifai`, `clarifai-nodejs-grpc`, `axios`). */
  modules: ReadonlySet<string>;
}

export function javaScriptContext(root: Node, text: string): JavaScriptContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, JAVASCRIPT_SCOPE_TYPES);
  const modules = new Set<string>();
  const calls = [...index.of('call_expression'), ...index.of('new_expression')].sort((a, b) => a.startIndex - b.startIndex);
  for (const node of index.of('import_statement')) {
    const source = node.childForFieldName('source');
    if (source) modules.add(stringText(source));
  }
  for (const call of calls) {
    const fn = call.childForFieldName('function');
    const arg = namedArgs(call.childForFieldName('arguments'))[0];
    if ((fn?.text === 'require' || fn?.type === 'import') && arg?.type === 'string') modules.add(stringText(arg));
  }
  return { text, secretShaped: hasSecretShapedToken(text), index, ev: new JavaScriptEvaluator(index, text), calls, modules };
}

/** Whether the file imports this package or a path inside it. */
export function importsPackage(ctx: JavaScriptContext, name: string): boolean {
  for (const m of ctx.modules) if (m === name || m.startsWith(`${name}/`)) return true;
  return false;
}

function stringText(node: Node): string {
  return node.text.slice(1, -1);
}
