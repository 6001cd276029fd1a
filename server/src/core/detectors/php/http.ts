// PHP REST calls to api.clarifai.com: Guzzle, the curl extension and Laravel's Http facade.
import { foreignHost, mayHaveClarifaiUrl, restCallSite, type RestCall } from '../../clarifai/rest';
import type { CallSite, Span } from '../../model';
import { methodName, type PhpContext } from './context';
import { curlCall } from './curl';
import { guzzleCall } from './guzzle';
import { laravelCall } from './laravel';

/** Names of the calls that can make a request: only these are resolved. */
const REQUEST_NAMES = /^(?:get|post|put|patch|delete|head|options|request|send|sendRequest)(?:Async)?$/;

/** Clarifai REST calls, and the header arrays of calls to other hosts (whose `Key …` values are not Clarifai's). */
export function detectHttp(ctx: PhpContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  // Without a Clarifai URL there is no call to find, and without a credential-shaped token no header to excuse.
  if (!mayHaveClarifaiUrl(ctx.text) && !ctx.secretShaped) return { sites, foreignHeaders };
  for (const node of ctx.calls) {
    let request: RestCall | undefined;
    if (node.type === 'function_call_expression') {
      if (!/curl_exec\s*$/i.test(node.childForFieldName('function')?.text ?? '')) continue;
      request = curlCall(ctx, node, ctx.ev.callValue(node));
    } else if (node.type !== 'object_creation_expression' && REQUEST_NAMES.test(methodName(node) ?? '')) {
      const call = ctx.ev.callValue(node);
      request = guzzleCall(ctx, node, call) ?? laravelCall(node, call);
    }
    if (!request) continue;
    const site = restCallSite(request);
    if (site) sites.push(site);
    else if (foreignHost(request.url) && request.headers?.span) foreignHeaders.push(request.headers.span);
  }
  return { sites, foreignHeaders };
}
