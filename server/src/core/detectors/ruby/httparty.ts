// HTTParty: `HTTParty.post(url, headers: …, body: …)`, and classes that `include HTTParty` with a `base_uri` and
// default `headers` their calls (`self.class.post('/v2/…', …)`, `post(…)` in class methods) send.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { RestCall } from '../../clarifai/rest';
import { reach } from '../../values/reach';
import { concat, field, fieldAt, knownText, mergeObjects, str, type CallValue, type Value } from '../../values/value';
import { namedArgs } from '../syntax';
import { methodOf, parenthesisedArgs, type RubyContext } from './context';
import { rubyRequest } from './request';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** Where an HTTParty call without a receiver finds its class's settings. */
const CLASS_OR_MODULE: ReadonlySet<string> = new Set(['class', 'module']);

/** What a class that includes HTTParty gives every call it makes. */
interface PartyClass {
  baseUri?: Value;
  headers?: Value;
}

/** An HTTParty request, read with its class's `base_uri` and `headers`; undefined for any other call. */
export function httpartyCall(ctx: RubyContext, node: Node, call: CallValue): RestCall | undefined {
  const method = methodOf(node);
  if (!VERBS.has(method)) return undefined;
  const receiver = node.childForFieldName('receiver');
  if (receiver && call.callee === `HTTParty.${method}`) return request(node, call, method, {});
  const cls = partyClass(ctx, node, receiver);
  return cls ? request(node, call, method, cls) : undefined;
}

function request(node: Node, call: CallValue, method: string, cls: PartyClass): RestCall | undefined {
  const path = call.args[0]?.();
  if (!path) return undefined;
  const options = call.args[1]?.();
  const own = field(options, 'headers');
  const body = field(options, 'body');
  // Parentheses let a fix add the call's own headers, which HTTParty merges over the class's.
  const args = parenthesisedArgs(node);
  return rubyRequest(node, {
    method,
    url: path,
    baseUrl: cls.baseUri,
    headers: mergeObjects(cls.headers, own),
    body,
    written: {
      url: reach(call.argSpans[0], path),
      headers: cls.headers ? undefined : reach(fieldAt(options, 'headers'), own, options?.names),
      body: reach(fieldAt(options, 'body'), body, options?.names),
      headerSlot: cls.headers && !own && args ? { form: 'keyword', args } : undefined,
    },
  });
}

/**
 * The HTTParty class a call is made on: `self.class.post` or `post` inside it, or `ClassName.post` for a class
 * the file defines; undefined when that class does not include HTTParty.
 */
function partyClass(ctx: RubyContext, node: Node, receiver: Node | null): PartyClass | undefined {
  let cls: Node | undefined;
  if (!receiver || receiver.type === 'self' || receiver.text.replace(/\s+/g, '') === 'self.class') {
    const scope = ctx.index.enclosing(node, CLASS_OR_MODULE);
    if (CLASS_OR_MODULE.has(scope.type)) cls = scope.node;
  } else if (receiver.type === 'constant') {
    cls = [...ctx.index.of('class'), ...ctx.index.of('module')].find((c) => c.childForFieldName('name')?.text === receiver.text);
  }
  const body = cls?.childForFieldName('body');
  if (!body) return undefined;
  const statements = namedArgs(body).filter((s) => s.type === 'call' && !s.childForFieldName('receiver'));
  const macro = (name: string) => statements.filter((s) => methodOf(s) === name);
  if (!macro('include').some((s) => namedArgs(s.childForFieldName('arguments'))[0]?.text === 'HTTParty')) return undefined;
  const first = (s: Node) => ctx.ev.callValue(s).args[0]?.();
  const base = macro('base_uri').map(first).pop();
  // HTTParty adds a scheme to a base URI written without one.
  const baseText = base && knownText(base);
  const baseUri = base && baseText !== undefined && !/^https?:\/\//i.test(baseText) ? concat([str([{ text: 'https://' }]), base]) : base;
  const headers = macro('headers').map(first);
  return { baseUri, headers: headers.length > 0 ? mergeObjects(...headers) : undefined };
}
