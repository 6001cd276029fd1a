// What the shell detectors share for one script: the text, one index of the tree, and the evaluator.
import type { Node } from '@vscode/tree-sitter-wasm';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import { SyntaxIndex } from '../syntaxIndex';
import { SHELL_BINDING_TYPES, SHELL_SCOPE_TYPES, ShellEvaluator } from './evaluator';

const INDEXED_TYPES = [...SHELL_BINDING_TYPES, 'command', 'comment'];

export interface ShellContext {
  text: string;
  secretShaped: boolean;
  index: SyntaxIndex;
  ev: ShellEvaluator;
}

export function shellContext(root: Node, text: string): ShellContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, SHELL_SCOPE_TYPES);
  return { text, secretShaped: hasSecretShapedToken(text), index, ev: new ShellEvaluator(index) };
}
