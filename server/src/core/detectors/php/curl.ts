// PHP's curl extension: `curl_exec($ch)` on a handle from `curl_init($url)`, with its options set by `curl_setopt` and
// `curl_setopt_array` before it: CURLOPT_URL, CURLOPT_HTTPHEADER lines, CURLOPT_POSTFIELDS and the method.
import type { Node } from '@vscode/tree-sitter-wasm';
import { splitHeaderLine } from '../../clarifai/headerLine';
import { jsonValue } from '../../clarifai/jsonBody';
import type { RestCall } from '../../clarifai/rest';
import type { Reach, Span } from '../../model';
import { reach } from '../../values/reach';
import { knownText, objectOf, type CallValue, type Lazy, type Value } from '../../values/value';
import { namedArgs, spanOf } from '../syntax';
import { calleeOf, type PhpContext } from './context';

/** One option as the request sees it: its value, where it is written, and the bindings between (an options array). */
interface CurlOption {
  value: Value;
  at: Span;
  via: readonly string[];
}

/** The request a `curl_exec($ch)` call makes, when its handle and URL can be read. */
export function curlCall(ctx: PhpContext, node: Node, call: CallValue): RestCall | undefined {
  if (call.callee.replace(/^.*\\/, '').toLowerCase() !== 'curl_exec') return undefined;
  const handle = namedArgs(namedArgs(node.childForFieldName('arguments'))[0])[0];
  const options = handle?.type === 'variable_name' ? curlOptions(ctx, node, handle) : undefined;
  const url = options?.get('CURLOPT_URL');
  if (!options || !url) return undefined;
  const lines = options.get('CURLOPT_HTTPHEADER');
  const headers = new Map<string, Lazy<Value>>();
  let header: Reach | undefined;
  if (lines?.value.kind === 'obj') {
    for (const key of lines.value.keys) {
      const line = lines.value.get(key)!;
      const split = splitHeaderLine(line);
      if (!split) continue;
      headers.set(split.name, () => split.value);
      // The whole line is what a fix rewrites (`'Authorization: Key ' . getenv('CLARIFAI_PAT')`).
      if (split.name.toLowerCase() === 'authorization' && line.span) header = { at: lines.at, definition: line.span, via: [...lines.via, ...lines.value.names, ...line.names] };
    }
  }
  const fields = options.get('CURLOPT_POSTFIELDS');
  const body = fields ? (fields.value.kind === 'str' ? jsonValue(fields.value) ?? fields.value : fields.value) : undefined;
  const post = knownText(options.get('CURLOPT_CUSTOMREQUEST')?.value) ?? (options.get('CURLOPT_POST')?.value.kind === 'prim' || fields ? 'POST' : 'GET');
  const callee = calleeOf(node);
  return {
    flavor: 'php-http',
    callee: callee.label,
    method: post.toUpperCase(),
    url: url.value,
    headers: lines ? objectOf(headers, lines.value.kind !== 'obj' || lines.value.open, lines.value.span) : undefined,
    body,
    opaque: lines && lines.value.kind !== 'obj' ? lines.value : undefined,
    span: callee.span,
    callSpan: spanOf(node),
    bodySpan: body?.span,
    written: {
      url: reach(url.at, url.value, url.via),
      header,
      body: fields && body?.kind === 'obj' ? reach(fields.at, body, fields.via) : undefined,
    },
  };
}

/**
 * The options of a curl handle as `curl_exec` sees them: the URL of `curl_init($url)`, then every `curl_setopt` and
 * `curl_setopt_array` on the same handle before the call (a later one wins).
 */
function curlOptions(ctx: PhpContext, exec: Node, handle: Node): Map<string, CurlOption> | undefined {
  const init = ctx.ev.eval(handle);
  if (init.kind !== 'obj' || !init.span) return undefined;
  const options = new Map<string, CurlOption>();
  const add = (from: Value, key: string, via: readonly string[]) => {
    const value = from.kind === 'obj' ? from.get(key) : undefined;
    const at = from.kind === 'obj' ? from.at?.(key) : undefined;
    if (value && at) options.set(key, { value, at, via });
  };
  for (const key of init.keys) add(init, key, []);
  for (const call of ctx.calls) {
    if (call.startIndex >= exec.startIndex) break;
    if (call.type !== 'function_call_expression') continue;
    const fn = call.childForFieldName('function')?.text.replace(/^\\/, '').toLowerCase();
    if (fn !== 'curl_setopt' && fn !== 'curl_setopt_array') continue;
    const args = namedArgs(call.childForFieldName('arguments')).map((a) => namedArgs(a).pop());
    // The same name in another function is another handle: the argument must resolve to this one.
    if (args[0]?.text !== handle.text || ctx.ev.eval(args[0]).span?.start !== init.span.start) continue;
    if (fn === 'curl_setopt' && args[1] && args[2]) {
      const option = ctx.ev.keyOf(args[1]);
      const value = args[2];
      if (option !== undefined) options.set(option, { value: ctx.ev.eval(value), at: spanOf(value), via: [] });
    } else if (fn === 'curl_setopt_array' && args[1]) {
      const array = ctx.ev.eval(args[1]);
      if (array.kind === 'obj') for (const key of array.keys) add(array, key, array.names);
    }
  }
  return options;
}
