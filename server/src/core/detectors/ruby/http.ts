// Ruby REST calls to api.clarifai.com: Net::HTTP, HTTParty, Faraday and RestClient, each read into one RestCall.
import { foreignHost, mayHaveClarifaiUrl, restCallSite } from '../../clarifai/rest';
import type { CallSite, Span } from '../../model';
import { methodOf, type RubyContext } from './context';
import { faradayCall } from './faraday';
import { httpartyCall } from './httparty';
import { netHttpCall } from './netHttp';
import { restClientCall } from './restClient';

/** Methods that send a request in one of the libraries. */
const SENDING = new Set(['request', 'post', 'get', 'put', 'patch', 'delete', 'execute']);

/** Clarifai REST calls, and the header objects of calls to other hosts (whose `Key …` values are not Clarifai's). */
export function detectHttp(ctx: RubyContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  // Without a Clarifai URL there is no call to find, and without a credential-shaped token no header to excuse.
  if (!mayHaveClarifaiUrl(ctx.text) && !ctx.secretShaped) return { sites, foreignHeaders };
  for (const node of ctx.calls) {
    if (!SENDING.has(methodOf(node))) continue;
    // One reading of the call's arguments serves every library's reader.
    const call = ctx.ev.callValue(node);
    const request = netHttpCall(ctx, node, call) ?? httpartyCall(ctx, node, call) ?? faradayCall(ctx, node, call) ?? restClientCall(node, call);
    if (!request) continue;
    const site = restCallSite(request);
    if (site) sites.push(withBracedBody(ctx.text, site));
    else if (foreignHost(request.url) && request.headers?.span) foreignHeaders.push(request.headers.span);
  }
  return { sites, foreignHeaders };
}

/** A body written as bare `key: value` arguments (`JSON.generate(inputs: […])`) has no braces a user_app_id could go inside. */
function withBracedBody(text: string, site: CallSite): CallSite {
  const container = site.places.container;
  if (!container || text[container.start] === '{') return site;
  return { ...site, places: { ...site.places, container: undefined } };
}
