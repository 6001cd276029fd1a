// The Kotlin detector: gRPC, the deprecated clarifai2 client and REST calls of one file, read by the shared JVM detectors.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { detectJvm } from '../jvm';
import { commentsOf } from '../syntax';
import { kotlinContext } from './context';
import { kotlinFixSupport } from './fixSupport';
import { KOTLIN_COMMENT_TYPES } from './syntax';

/** Detects the Clarifai calls and written-in credentials of a Kotlin file. */
export function detectKotlin(root: Node, text: string): Detection {
  const ctx = kotlinContext(root, text);
  return { model: detectJvm(ctx), comments: commentsOf(ctx.index, KOTLIN_COMMENT_TYPES), support: kotlinFixSupport(root, text) };
}
