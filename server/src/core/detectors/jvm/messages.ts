// Protobuf messages as Java and Kotlin build them, read as objects of their proto fields:
// `PostModelOutputsRequest.newBuilder().setUserAppId(UserAppIDSet.newBuilder().setUserId(U)).setModelId(M).build()`
// has `user_app_id` (itself an object with `user_id`) and `model_id`.
import type { CallValue, Value } from '../../values/value';
import { builtObject, keySet, snakeCase, type ObjectKind } from './builtObjects';
import type { JvmContext } from './context';

const BUILD = new Set(['build', 'buildPartial']);

/** A message read from its builder calls, and the `newBuilder()` call a new field can be set right after. */
export interface Message {
  value: Value;
  newBuilder: CallValue;
}

function protobuf(ctx: JvmContext, before: number): ObjectKind {
  return {
    start(call) {
      if (call.method === 'newBuilder') return { base: call.args[0] ? messageOf(ctx, call.args[0](), before) : undefined };
      if (call.method === 'getDefaultInstance' && call.args.length === 0) return {};
      return undefined;
    },
    step(call) {
      const method = call.method ?? '';
      if (BUILD.has(method) || method === 'toBuilder') return 'keep';
      const setter = /^(set|add|addAll|put|putAll)([A-Z]\w*)$/.exec(method);
      if (setter && call.args.length >= 1) {
        const field = snakeCase(setter[2]!);
        // Repeated and map fields (`addInputs`, `putParams`) are known to be there; their items do not matter here.
        if (setter[1] !== 'set') return [keySet(field, () => ({ kind: 'list', items: [], names: [] }))];
        const arg = call.args[call.args.length - 1]!;
        return [keySet(field, () => messageOf(ctx, arg(), before) ?? arg(), call.argSpans[call.argSpans.length - 1])];
      }
      if (/^(merge|clear)[A-Z]?/.test(method)) return 'open';
      return undefined;
    },
  };
}

/**
 * A message value: a builder chain (with statements on a builder variable before `before`), or `X.toBuilder()` of
 * one; other values unchanged.
 */
function messageOf(ctx: JvmContext, value: Value | undefined, before: number): Value | undefined {
  return readMessage(ctx, value, before)?.value ?? value;
}

/** The message a value builds, with its `newBuilder()` call; undefined for a value that is no builder chain. */
export function readMessage(ctx: JvmContext, value: Value | undefined, before: number): Message | undefined {
  const built = builtObject(ctx, value, before, protobuf(ctx, before));
  return built && { value: built.object, newBuilder: built.start };
}
