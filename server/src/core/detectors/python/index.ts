// The Python detector: every Clarifai call shape and written-in credential of one Python file (or notebook program).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { commentsOf } from '../syntax';
import { pythonContext, importsUnder } from './context';
import { pythonFixSupport } from './fixSupport';
import { detectGrpc } from './grpc';
import { detectHttp } from './http';
import { detectLegacy } from './legacy';
import { detectSdk } from './sdk';
import { pythonSecrets } from './secrets';

export function detectPython(root: Node, text: string): Detection {
  const ctx = pythonContext(root, text);
  const http = detectHttp(ctx);
  const callSites = [...detectGrpc(ctx), ...detectLegacy(ctx), ...detectSdk(ctx), ...http.sites];
  // Comments and bare `Key …` strings count only where the file really talks to Clarifai (fal.ai uses `Key` too).
  const anchored = callSites.length > 0 || ['clarifai_grpc', 'clarifai', 'clarifai_utils'].some((m) => importsUnder(ctx, m));
  const credentialNames = new Set(callSites.flatMap((s) => (s.credential.name ? [s.credential.name.split('.').pop()!] : [])));
  return {
    model: { callSites, secrets: pythonSecrets(ctx, { anchored, credentialNames, foreignHeaders: http.foreignHeaders }) },
    comments: commentsOf(ctx.index),
    support: pythonFixSupport(root, text),
  };
}
