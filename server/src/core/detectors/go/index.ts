// The Go detector: Clarifai gRPC calls (`clarifai-go-grpc`), net/http requests to the API, and written-in credentials.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { CallSite, Span } from '../../model';
import type { Detection } from '../detection';
import { commentsOf } from '../syntax';
import { goContext, importsClarifaiApi } from './context';
import { goFixSupport } from './fixSupport';
import { detectGrpc } from './grpc';
import { detectHttp } from './http';
import { goSecrets } from './secrets';

/** The file model of a Go file, its comments, and the fix support that answers from its tree. */
export function detectGo(root: Node, text: string): Detection {
  const ctx = goContext(root, text);
  const http = detectHttp(ctx);
  const callSites = [...detectGrpc(ctx), ...http.sites];
  // Comments and bare `Key …` strings count only where the file really talks to Clarifai (fal.ai uses `Key` too).
  const anchored = callSites.length > 0 || importsClarifaiApi(ctx);
  const credentialNames = new Set(callSites.flatMap((s) => (s.credential.name ? [s.credential.name.split('.').pop()!] : [])));
  return {
    model: { callSites, secrets: goSecrets(ctx, { anchored, credentialNames, foreignHeaders: http.foreignHeaders }) },
    comments: commentsOf(ctx.index),
    support: goFixSupport(root, text, callSites.flatMap(fixZones)),
  };
}

/** What a fix of the call may edit: the call, and the values it reaches where they are defined. */
function fixZones(site: CallSite): Span[] {
  const { header, ids, carrier, request, address } = site.places;
  return [site.callSpan, ...[header, ids, carrier, request, address].flatMap((r) => (r ? [r.at, r.definition] : []))];
}
