// Objects JVM code builds up with method calls, read as one object of keys: a chain of calls on the value that starts
// it (`X.newBuilder().setModelId(…).build()`, `new JSONObject().put(…)`), and calls made as statements on a
// variable holding it (`builder.setModelId(…);`). Later calls win, as they do at run time.
import type { Span } from '../../model';
import { memoize, objectOf, type CallValue, type Lazy, type ObjValue, type Value } from '../../values/value';
import { callsOn, type JvmContext } from './context';

/** A key a call sets (`setModelId(id)`, `put("k", v)`), and where its value is written. */
export interface KeySet {
  key: string;
  value: Lazy<Value>;
  at?: Span;
}

/** What one call on the object does to it. */
export type Step =
  /** Sets keys (`post(body)` sets the method and the body). */
  | readonly KeySet[]
  /** Returns the object itself, or a copy (`build()`). */
  | 'keep'
  /** Changes keys the file does not show (`mergeFrom(other)`, a key only known at run time). */
  | 'open';

/** A kind of built object: the call that starts one, and the steps calls on it make. */
export interface ObjectKind {
  /** The call that starts such an object, and the object it starts from (`newBuilder(prototype)`); undefined for other calls. */
  start(call: CallValue): { base?: Value } | undefined;
  /** What a method call does to the object; undefined for a call that is no step of this kind. */
  step(call: CallValue): Step | undefined;
}

/** The object a value builds, with the call that starts it; undefined when the value is no such object. */
export interface Built {
  object: ObjValue;
  start: CallValue;
}

/**
 * Reads a value as an object of this kind: the chain of calls down to its start, with the statement calls made on
 * any variable on the way (before `before`, the place the object is used).
 */
export function builtObject(ctx: JvmContext, value: Value | undefined, before: number, kind: ObjectKind): Built | undefined {
  const entries = new Map<string, Lazy<Value>>();
  const written = new Map<string, Span>();
  let open = false;
  /** Applies one step unless a later call already set its key; false when the call is no step of this kind. */
  const apply = (call: CallValue): boolean => {
    const step = kind.step(call);
    if (step === undefined) return false;
    if (step === 'open') open = true;
    else if (step !== 'keep') {
      for (const set of step) {
        if (entries.has(set.key)) continue;
        entries.set(set.key, set.value);
        if (set.at) written.set(set.key, set.at);
      }
    }
    return true;
  };
  for (let current = value; current?.kind === 'call'; current = current.receiver?.()) {
    // Statements on a variable run after its value was made: they win over the calls that made it.
    if (current.names.length > 0) {
      const receiver = current.names[0]!.replace(/^this\./, '');
      for (const statement of callsOn(ctx, current.span, () => true, before, receiver).reverse()) {
        for (const call of chainDownTo(statement, current.span)) apply(call);
      }
    }
    const start = kind.start(current);
    if (start) {
      const base = start.base?.kind === 'obj' ? start.base : undefined;
      if (start.base && !base) open = true;
      for (const key of base?.keys ?? []) if (!entries.has(key)) entries.set(key, () => base!.get(key)!);
      open ||= base?.open ?? false;
      return { object: { ...objectOf(entries, open, value!.span, written), names: value!.names }, start: current };
    }
    if (!apply(current)) return undefined;
  }
  return undefined;
}

/** The calls of a statement's chain, outermost first, down to (not including) the receiver written at `target`. */
function chainDownTo(call: CallValue, target: Span | undefined): CallValue[] {
  const calls: CallValue[] = [];
  for (let current: Value | undefined = call; current?.kind === 'call'; current = current.receiver?.()) {
    if (current.span?.start === target?.start && current.span?.end === target?.end) break;
    calls.push(current);
  }
  return calls;
}

/** `setUserAppId` → `user_app_id`: a Java accessor's property in the proto's snake_case. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** Sets `key` to a lazily read value, written at `at`. */
export function keySet(key: string, value: () => Value, at?: Span): KeySet {
  return { key, value: memoize(value), at };
}
