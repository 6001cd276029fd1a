// The JavaScript/TypeScript detector (JSX and TSX too): every Clarifai call shape and written-in credential of one file.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { commentsOf } from '../syntax';
import { importsPackage, javaScriptContext } from './context';
import { javaScriptFixSupport } from './fixSupport';
import { detectGrpc } from './grpc';
import { detectHttp } from './http';
import { detectLegacy } from './legacy';
import { detectSdk } from './sdk';
import { javaScriptSecrets } from './secrets';

const CLARIFAI_PACKAGES = ['clarifai', 'clarifai-nodejs-grpc', 'clarifai-nodejs', 'clarifai-web-grpc'];

export function detectJavaScript(root: Node, text: string): Detection {
  const ctx = javaScriptContext(root, text);
  const http = detectHttp(ctx);
  const callSites = [...detectLegacy(ctx), ...detectGrpc(ctx), ...detectSdk(ctx), ...http.sites];
  // Comments and bare `Key …` strings count only where the file really talks to Clarifai (fal.ai uses `Key` too).
  const anchored = callSites.length > 0 || CLARIFAI_PACKAGES.some((p) => importsPackage(ctx, p));
  const credentialNames = new Set(callSites.flatMap((s) => (s.credential.name ? [s.credential.name.split('.').pop()!] : [])));
  return {
    model: { callSites, secrets: javaScriptSecrets(ctx, { anchored, credentialNames, foreignHeaders: http.foreignHeaders }) },
    comments: commentsOf(ctx.index),
    support: javaScriptFixSupport(root, text),
  };
}
