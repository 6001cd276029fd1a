// The Swift detector: URLSession and Alamofire requests to the Clarifai API, the deprecated CocoaPod's model lookups,
// and credentials written into a file.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { commentsOf } from '../syntax';
import { SWIFT_COMMENT_TYPES, swiftContext } from './context';
import { detectHttp } from './http';
import { detectLegacy, importsCocoaPod } from './legacy';
import { swiftSecrets } from './secrets';

export function detectSwift(root: Node, text: string): Detection {
  const ctx = swiftContext(root, text);
  const http = detectHttp(ctx);
  const callSites = [...detectLegacy(ctx), ...http.sites];
  // Comments and bare `Key …` strings count only where the file really talks to Clarifai (fal.ai uses `Key` too).
  const anchored = callSites.length > 0 || importsCocoaPod(ctx);
  const credentialNames = new Set(callSites.flatMap((s) => (s.credential.name ? [s.credential.name.split('.').pop()!] : [])));
  return {
    model: { callSites, secrets: swiftSecrets(ctx, { anchored, credentialNames, foreignHeaders: http.foreignHeaders }) },
    comments: commentsOf(ctx.index, SWIFT_COMMENT_TYPES),
    support: ctx.support,
  };
}
