// RestClient: `RestClient.post(url, payload, headers)`, `RestClient.get(url, headers)` and
// `RestClient::Request.execute(method: :post, url: …, payload: …, headers: …)`.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { RestCall } from '../../clarifai/rest';
import { reach } from '../../values/reach';
import { field, fieldAt, knownText, type CallValue } from '../../values/value';
import { methodOf } from './context';
import { rubyRequest } from './request';

const WITH_PAYLOAD = new Set(['post', 'put', 'patch']);
const WITHOUT_PAYLOAD = new Set(['get', 'delete', 'head']);

/** A RestClient request; undefined for any other call. */
export function restClientCall(node: Node, call: CallValue): RestCall | undefined {
  const method = methodOf(node);
  if (!node.childForFieldName('receiver')) return undefined;
  if (call.callee === 'RestClient::Request.execute') {
    const options = call.args[0]?.();
    const url = field(options, 'url');
    if (!url) return undefined;
    const headers = field(options, 'headers');
    const payload = field(options, 'payload');
    const at = (key: string) => fieldAt(options, key);
    const written = { url: reach(at('url'), url), headers: reach(at('headers'), headers), body: reach(at('payload'), payload) };
    return rubyRequest(node, { method: knownText(field(options, 'method')) ?? 'GET', url, headers, body: payload, written });
  }
  if (call.callee !== `RestClient.${method}` || !(WITH_PAYLOAD.has(method) || WITHOUT_PAYLOAD.has(method))) return undefined;
  const url = call.args[0]?.();
  if (!url) return undefined;
  const headerAt = WITH_PAYLOAD.has(method) ? 2 : 1;
  const payload = WITH_PAYLOAD.has(method) ? call.args[1]?.() : undefined;
  const headers = call.args[headerAt]?.();
  return rubyRequest(node, {
    method,
    url,
    headers,
    body: payload,
    written: { url: reach(call.argSpans[0], url), headers: reach(call.argSpans[headerAt], headers), body: payload ? reach(call.argSpans[1], payload) : undefined },
  });
}
