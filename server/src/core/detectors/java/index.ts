// The Java detector: gRPC, the deprecated clarifai2 client and REST calls of one file, read by the shared JVM detectors.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { detectJvm } from '../jvm';
import { commentsOf } from '../syntax';
import { JAVA_COMMENT_TYPES, javaContext } from './context';
import { javaFixSupport } from './fixSupport';

/** Detects the Clarifai calls and written-in credentials of a Java file. */
export function detectJava(root: Node, text: string): Detection {
  const ctx = javaContext(root, text);
  return { model: detectJvm(ctx), comments: commentsOf(ctx.index, JAVA_COMMENT_TYPES), support: javaFixSupport(root, text) };
}
