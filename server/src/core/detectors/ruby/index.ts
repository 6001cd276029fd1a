// The Ruby detector: REST calls to Clarifai (Net::HTTP, HTTParty, Faraday, RestClient), the clarification gem, and
// credentials written into one Ruby file.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { commentsOf } from '../syntax';
import { detectClarification } from './clarification';
import { rubyContext } from './context';
import { rubyFixSupport } from './fixSupport';
import { detectHttp } from './http';
import { rubySecrets } from './secrets';

/** The file model of one Ruby file, with its comments and what fixes may ask of its tree. */
export function detectRuby(root: Node, text: string): Detection {
  const ctx = rubyContext(root, text);
  const http = detectHttp(ctx);
  const callSites = [...http.sites, ...detectClarification(ctx)];
  // Comments and bare `Key …` strings count only where the file really talks to Clarifai (fal.ai uses `Key` too).
  const anchored = callSites.length > 0 || ctx.requires.has('clarification');
  const credentialNames = new Set(callSites.flatMap((s) => (s.credential.name ? [s.credential.name.split('.').pop()!] : [])));
  return {
    model: { callSites, secrets: rubySecrets(ctx, { anchored, credentialNames, foreignHeaders: http.foreignHeaders }) },
    comments: commentsOf(ctx.index),
    support: rubyFixSupport(root, text),
  };
}
