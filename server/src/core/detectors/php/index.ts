// The PHP detector (plain PHP and templates): every Clarifai call shape and written-in credential of one file.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { commentsOf } from '../syntax';
import { phpContext, usesClasses } from './context';
import { phpFixSupport } from './fixSupport';
import { detectGrpc } from './grpc';
import { detectHttp } from './http';
import { detectLegacy } from './legacy';
import { phpSecrets } from './secrets';

const CLARIFAI_CLASSES = /^Clarifai\\/;

export function detectPhp(root: Node, text: string): Detection {
  const ctx = phpContext(root, text);
  const http = detectHttp(ctx);
  const callSites = [...detectGrpc(ctx), ...detectLegacy(ctx), ...http.sites];
  // Comments and bare `Key …` strings count only where the file really talks to Clarifai (fal.ai uses `Key` too).
  const anchored = callSites.length > 0 || usesClasses(ctx, CLARIFAI_CLASSES);
  const credentialNames = new Set(callSites.flatMap((s) => (s.credential.name ? [s.credential.name, s.credential.name.replace(/^.*(?:->|::|\$)/, '')] : [])));
  return {
    model: { callSites, secrets: phpSecrets(ctx, { anchored, credentialNames, foreignHeaders: http.foreignHeaders }) },
    comments: commentsOf(ctx.index),
    support: phpFixSupport(root, text),
  };
}
