// Laravel's HTTP client: `Http::withHeaders([...])->post($url, $data)`, `Http::withToken($key, 'Key')`,
// `Http::baseUrl(…)`, chained in one expression or through variables.
import type { Node } from '@vscode/tree-sitter-wasm';
import { jsonValue } from '../../clarifai/jsonBody';
import type { RestCall } from '../../clarifai/rest';
import type { Reach } from '../../model';
import { reach } from '../../values/reach';
import { concat, fieldIgnoreCase, knownText, mergeObjects, objectOf, str, type CallValue, type Value } from '../../values/value';
import { spanOf } from '../syntax';
import { calleeOf } from './context';
import { sameName } from './names';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
const WITH_BODY = new Set(['post', 'put', 'patch']);
/** The facade as imported, or as the global alias Laravel registers. */
const FACADES = ['Illuminate\\Support\\Facades\\Http', 'Http'];

/** A request made with Laravel's `Http` facade, when the call is one. */
export function laravelCall(node: Node, call: CallValue): RestCall | undefined {
  const verb = call.method ?? '';
  if (!VERBS.has(verb)) return undefined;
  // The chain from the facade to this call, facade first: `Http::withHeaders(…)`, `->withToken(…)`, …
  const chain: CallValue[] = [];
  let step = call.receiver?.();
  while (step?.kind === 'call') {
    chain.unshift(step);
    step = step.receiver?.();
  }
  const root = call.receiver ? chain[0] : call;
  if (!root || root.receiver || !isFacade(root.callee)) return undefined;
  // Values a chain kept in a variable passes through: other requests may share them.
  const shared = [...new Set([...chain.flatMap((c) => c.names), ...(call.receiver?.().names ?? [])])];
  let headers: Value | undefined;
  let carrier: Reach | undefined;
  let token: Reach | undefined;
  let baseUrl: Value | undefined;
  let body: Value | undefined;
  for (const layer of chain) {
    const arg = layer.args[0]?.();
    if (layer.method === 'withHeaders' && arg) {
      headers = mergeObjects(headers, arg);
      if (fieldIgnoreCase(arg, 'authorization')) {
        carrier = reach(layer.argSpans[0], arg, shared);
        token = undefined;
      }
    } else if (layer.method === 'withToken' && arg) {
      const scheme = knownText(layer.args[1]?.() ?? layer.kwarg('type')) ?? 'Bearer';
      // The header is `<scheme> <token>`; a fix rewrites the arguments, `($pat, 'Key')`.
      headers = mergeObjects(headers, objectOf(new Map([['Authorization', () => ({ ...concat([str([{ text: `${scheme} ` }]), arg]), span: layer.argsSpan })]]), false));
      token = { at: layer.argsSpan, definition: layer.argsSpan, via: shared };
      carrier = undefined;
    } else if (layer.method === 'baseUrl' && arg) baseUrl = arg;
    else if (layer.method === 'withBody' && arg) body = jsonValue(arg) ?? arg;
  }
  const url = call.args[0]?.();
  if (!url) return undefined;
  const data = WITH_BODY.has(verb) ? call.args[1]?.() ?? body : undefined;
  const callee = calleeOf(node);
  return {
    flavor: 'php-http',
    callee: callee.label,
    method: verb.toUpperCase(),
    url,
    baseUrl,
    headers,
    body: data,
    span: callee.span,
    callSpan: spanOf(node),
    bodySpan: data?.span,
    written: {
      url: reach(call.argSpans[0], url),
      headers: carrier,
      header: token,
      body: call.args[1] ? reach(call.argSpans[1], data) : undefined,
    },
  };
}

function isFacade(callee: string): boolean {
  const at = callee.lastIndexOf('::');
  return at > 0 && FACADES.some((f) => sameName(callee.slice(0, at), f));
}
