// The C# detector: ClarifaiGrpc, the deprecated Clarifai.API client, REST through HttpClient and RestSharp, and
// credentials written into a file.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { commentsOf } from '../syntax';
import { cSharpContext, usesNamespace } from './context';
import { cSharpFixSupport } from './fixSupport';
import { detectGrpc } from './grpc';
import { detectHttp } from './http';
import { detectLegacy } from './legacy';
import { cSharpSecrets } from './secrets';

/** The model of one C# file: its Clarifai calls and written-in credentials, its comments, and its fix support. */
export function detectCSharp(root: Node, text: string): Detection {
  const ctx = cSharpContext(root, text);
  const http = detectHttp(ctx);
  const callSites = [...detectGrpc(ctx), ...detectLegacy(ctx), ...http.sites];
  // Comments and bare `Key …` values count only where the file really talks to Clarifai (fal.ai uses `Key` too).
  const anchored = callSites.length > 0 || usesNamespace(ctx, 'Clarifai.Api') || usesNamespace(ctx, 'Clarifai.API') || usesNamespace(ctx, 'Clarifai.Channels');
  const credentialNames = new Set(callSites.flatMap((s) => (s.credential.name ? [s.credential.name.split('.').pop()!] : [])));
  return {
    model: { callSites, secrets: cSharpSecrets(ctx, { anchored, credentialNames, foreignHeaders: http.foreignHeaders }) },
    comments: commentsOf(ctx.index),
    support: cSharpFixSupport(root, text, ctx.index.of('using_directive')),
  };
}
