// Objects built by calls on their variable: protobuf setters, grpc.Metadata and Headers.
import type { Span } from '../../model';
import { namedArgs, spanOf } from '../syntax';
import { knownText, memoize, objectOf, type Lazy, type Value } from '../../values/value';
import type { JavaScriptContext } from './context';

/**
 * A message or header set built with calls on its variable before `before`: `request.setModelId(id)`,
 * `metadata.set("authorization", …)`, `headers.append("Authorization", …)`; read as an object whose keys
 * are the field names (setters in snake_case) or header names. Other values are returned unchanged.
 */
export function withMethodSets(ctx: JavaScriptContext, value: Value | undefined, before: number): Value | undefined {
  if (!value || value.kind !== 'call' || !value.construct) return value;
  const name = value.names[0];
  const entries = new Map<string, Lazy<Value>>();
  const written = new Map<string, Span>();
  for (const call of name ? ctx.calls : []) {
    if (call.startIndex >= before) break;
    const fn = call.childForFieldName('function');
    const object = fn?.childForFieldName('object');
    if (call.type !== 'call_expression' || fn?.type !== 'member_expression' || object?.text !== name) continue;
    // The same name in another function is another object: the receiver must resolve to this one.
    if (ctx.ev.eval(object).span?.start !== value.span?.start) continue;
    const method = fn.childForFieldName('property')?.text ?? '';
    const args = namedArgs(call.childForFieldName('arguments'));
    if ((method === 'set' || method === 'add' || method === 'append') && args.length === 2) {
      const key = knownText(ctx.ev.eval(args[0]));
      if (key !== undefined) entries.set(key, memoize(() => ctx.ev.eval(args[1])));
    } else if (/^set[A-Z]/.test(method) && args.length === 1) {
      const arg = args[0]!;
      const field = snakeCase(method.slice(3));
      entries.set(field, memoize(() => withMethodSets(ctx, ctx.ev.eval(arg), before)!));
      written.set(field, spanOf(arg));
    }
  }
  // A constructor argument (`new Headers({...})`) is the starting point.
  const initial = value.args[0]?.();
  if (initial?.kind === 'obj') for (const key of initial.keys) if (!entries.has(key)) entries.set(key, () => initial.get(key)!);
  return { ...objectOf(entries, false, value.span, written), names: value.names };
}

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
