// What the Ruby HTTP libraries' readers share: a RestCall from the parts of a call, its body read as JSON.
import type { Node } from '@vscode/tree-sitter-wasm';
import { jsonValue } from '../../clarifai/jsonBody';
import type { RestCall } from '../../clarifai/rest';
import { unknown, type Value } from '../../values/value';
import { callParts } from './context';

/** A request of one of the libraries, with its body read as the JSON it sends. */
export function rubyRequest(node: Node, fields: Omit<RestCall, 'flavor' | 'span' | 'callSpan' | 'callee'>): RestCall {
  return { flavor: 'ruby-http', ...callParts(node), ...fields, method: fields.method.toUpperCase(), body: bodyValue(fields.body) };
}

/** A request body: a hash as the JSON it becomes, JSON written as a string, or unknown. */
function bodyValue(body: Value | undefined): Value | undefined {
  if (!body || body.kind !== 'str') return body;
  return jsonValue(body) ?? unknown('the request body', body.span);
}
