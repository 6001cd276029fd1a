// The shell detector: curl requests to the Clarifai API and credentials written into a script.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Detection } from '../detection';
import { commentsOf } from '../syntax';
import { shellContext } from './context';
import { detectCurl } from './curl';
import { shellFixSupport } from './fixSupport';
import { shellSecrets } from './secrets';

export function detectShell(root: Node, text: string): Detection {
  const ctx = shellContext(root, text);
  const curl = detectCurl(ctx);
  const credentialNames = new Set(curl.sites.flatMap((s) => (s.credential.name ? [s.credential.name] : [])));
  return {
    model: { callSites: curl.sites, secrets: shellSecrets(ctx, { anchored: curl.sites.length > 0, credentialNames, foreignHeaders: curl.foreignHeaders }) },
    comments: commentsOf(ctx.index),
    support: shellFixSupport(root, text),
  };
}
