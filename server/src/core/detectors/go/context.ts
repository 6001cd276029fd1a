// What every Go detector shares for one file: the text, one index of the tree, the evaluator, the calls and the imports.
import type { Node } from '@vscode/tree-sitter-wasm';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import { knownText } from '../../values/value';
import { SyntaxIndex } from '../syntaxIndex';
import { defaultPackageName, GO_EVALUATOR_TYPES, GO_SCOPE_TYPES, GoEvaluator } from './evaluator';

/** Everything the Go detectors look at, collected in one walk. */
const INDEXED_TYPES = [...GO_EVALUATOR_TYPES, 'keyed_element', 'comment'];

/** The Clarifai gRPC client's API package: `github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api` (or a vendored copy). */
export const CLARIFAI_API_PACKAGE = /(?:^|\/)clarifai[_-](?:go[_-])?grpc\/proto\/clarifai\/api$/;

export interface GoContext {
  text: string;
  /** Whether the text holds a credential-shaped token at all (computed once). */
  secretShaped: boolean;
  index: SyntaxIndex;
  ev: GoEvaluator;
  calls: readonly Node[];
  /** Every import path, with the name the file knows the package by. */
  imports: ReadonlyMap<string, string>;
}

/** Indexes a Go file once and reads its imports. */
export function goContext(root: Node, text: string): GoContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, GO_SCOPE_TYPES);
  const ev = new GoEvaluator(index, text);
  const imports = new Map<string, string>();
  for (const spec of index.of('import_spec')) {
    const path = knownText(ev.eval(spec.childForFieldName('path')));
    if (path !== undefined) imports.set(path, spec.childForFieldName('name')?.text ?? defaultPackageName(path));
  }
  return { text, secretShaped: hasSecretShapedToken(text), index, ev, calls: index.of('call_expression'), imports };
}

/** Whether the file imports the Clarifai gRPC client's API package. */
export function importsClarifaiApi(ctx: GoContext): boolean {
  for (const path of ctx.imports.keys()) if (CLARIFAI_API_PACKAGE.test(path)) return true;
  return false;
}
