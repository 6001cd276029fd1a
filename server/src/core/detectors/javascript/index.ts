import type { Node } from '@vscode/tree-sitter-wasm';
import type { FileModel } from '../../model';
export function detectJavaScript(_root: Node): FileModel {
  return { callSites: [], secrets: [] };
}
