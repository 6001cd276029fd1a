// The abstract values that language evaluators resolve expressions to; Clarifai logic reads only these.
import type { Span } from '../model';

export type Lazy<T> = () => T;

interface ValueBase {
  /** Binding names followed to reach this value, the one used at the call first. */
  names: readonly string[];
  /** The expression that produced the value. */
  span?: Span;
}

/** A piece of literal text; `at` is the source offset of its first character when the text maps 1:1 onto the source. */
export interface TextPart {
  text: string;
  at?: number;
  /** The string literal (quotes included) the text was written in. */
  literal?: Span;
  /** The binding names of the string this text came from, kept through concatenation (`'Key ' + PAT`). */
  from?: readonly string[];
}

/** A piece of a string that is only known at run time. */
export interface HolePart {
  hole: Value;
  /**
   * Where the piece is written in the string's own expression: an interpolation (`${x}`, `{x}`, braces included)
   * or an operand of a concatenation.
   */
  written?: { span: Span; interpolation: boolean };
}

export type StrPart = TextPart | HolePart;

/** A string, possibly with run-time holes (f-strings, template literals, concatenation). */
export interface StrValue extends ValueBase {
  kind: 'str';
  parts: readonly StrPart[];
}

/** A dict or object literal (with later `x[k] = v` assignments folded in). */
export interface ObjValue extends ValueBase {
  kind: 'obj';
  keys: readonly string[];
  get(key: string): Value | undefined;
  /** Where a key's value is written in the literal (`key: value`), for keys written as pairs. */
  at?(key: string): Span | undefined;
  /** Spreads or computed keys: other keys may exist at run time. */
  open: boolean;
}

export interface ListValue extends ValueBase {
  kind: 'list';
  items: readonly Lazy<Value>[];
}

/** A call or `new` whose result we do not model further: the callee and its arguments are kept. */
export interface CallValue extends ValueBase {
  kind: 'call';
  /** Qualified callee: imports resolved, e.g. `clarifai_grpc.grpc.api.resources_pb2.UserAppIDSet`, `clarifai.App`. */
  callee: string;
  construct: boolean;
  args: readonly Lazy<Value>[];
  argSpans: readonly Span[];
  kwargNames: readonly string[];
  kwarg(name: string): Value | undefined;
  kwargSpan(name: string): Span | undefined;
  calleeSpan: Span;
  /** The span of the argument list, parentheses included. */
  argsSpan: Span;
  /** For a method call `recv.method(…)`: the method name and the receiver. */
  method?: string;
  receiver?: Lazy<Value>;
}

/** An attribute of a value we do not model (`app.public_models`, `client.headers`). */
export interface AttrValue extends ValueBase {
  kind: 'attr';
  object: Value;
  attr: string;
  /** Its source path, for messages: `app.public_models.general_model`. */
  text: string;
}

/** An imported module or a member of one: `clarifai_grpc.grpc.api.service_pb2`, `clarifai-nodejs-grpc.grpc`. */
export interface ModuleValue extends ValueBase {
  kind: 'module';
  path: string;
}

/** A value read from the process environment. */
export interface EnvValue extends ValueBase {
  kind: 'env';
  /** The variable's name, when it is a literal. */
  name?: string;
  /** A default used when the variable is unset (`os.getenv("X", "…")`, `process.env.X || "…"`). */
  fallback?: Value;
}

/** A function parameter: known only at run time. */
export interface ParamValue extends ValueBase {
  kind: 'param';
  name: string;
}

/** Numbers, booleans, None/null/undefined. */
export interface PrimValue extends ValueBase {
  kind: 'prim';
  text: string;
}

/** An expression we cannot follow (an import from another file, a computation). */
export interface UnknownValue extends ValueBase {
  kind: 'unknown';
  /** Its source text, shortened, for messages. */
  text: string;
}

export type Value = StrValue | ObjValue | ListValue | CallValue | AttrValue | ModuleValue | EnvValue | ParamValue | PrimValue | UnknownValue;

export function isHole(part: StrPart): part is HolePart {
  return 'hole' in part;
}

export function str(parts: readonly StrPart[], span?: Span, names: readonly string[] = []): StrValue {
  return { kind: 'str', parts: mergeText(parts), names, span };
}

export function unknown(text: string, span?: Span): UnknownValue {
  return { kind: 'unknown', text: shorten(text), names: [], span };
}

/** The value seen through one more binding name. */
export function named<V extends Value>(value: V, name: string): V {
  if (value.names[0] === name) return value;
  return { ...value, names: [name, ...value.names] };
}

/** Any value as a string: a string stays itself, anything else becomes one hole. */
export function asStr(value: Value): StrValue {
  if (value.kind === 'str') return value;
  return { kind: 'str', parts: [{ hole: value }], names: value.names, span: value.span };
}

/** Strings joined; `operands` are where each value is written, so that a run-time piece knows its place. */
export function concat(values: readonly Value[], span?: Span, operands?: readonly (Span | undefined)[]): StrValue {
  return str(
    values.flatMap((v, i) => {
      const at = operands?.[i];
      if (v.kind !== 'str') return [{ hole: v, ...(at ? { written: { span: at, interpolation: false } } : {}) }];
      return v.parts.map((p) => (isHole(p) || p.from || v.names.length === 0 ? p : { ...p, from: v.names }));
    }),
    span,
  );
}

/** The parts an interpolated value (`f"{x}"`, `${x}` written at `at`) contributes: a string's own parts, or one hole. */
export function interpolated(value: Value, at?: Span): StrPart[] {
  if (value.kind !== 'str') return [{ hole: value, ...(at ? { written: { span: at, interpolation: true } } : {}) }];
  return concat([value]).parts.slice();
}

/** The string's text when it has no run-time holes. */
export function knownText(value: Value | undefined): string | undefined {
  if (!value || value.kind !== 'str') return undefined;
  let text = '';
  for (const part of value.parts) {
    if (isHole(part)) return undefined;
    text += part.text;
  }
  return text;
}

/** A readable name for a value in messages: the variable, the environment variable, or the expression. */
export function describe(value: Value): string | undefined {
  if (value.names.length > 0) return value.names[0];
  switch (value.kind) {
    case 'env':
      return value.name;
    case 'param':
      return value.name;
    case 'unknown':
    case 'attr':
      return value.text;
    case 'call':
      return `${value.callee}(…)`;
    default:
      return undefined;
  }
}

/** Looks up a field of an object literal or a keyword argument of a constructor call, under any of the given spellings. */
export function field(value: Value | undefined, ...keys: string[]): Value | undefined {
  if (!value) return undefined;
  for (const key of keys) {
    const found = value.kind === 'obj' ? value.get(key) : value.kind === 'call' ? value.kwarg(key) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Case-insensitive lookup of an object key (HTTP header names). */
export function fieldIgnoreCase(value: Value | undefined, key: string): Value | undefined {
  if (!value || value.kind !== 'obj') return undefined;
  const lower = key.toLowerCase();
  const match = value.keys.find((k) => k.toLowerCase() === lower);
  return match === undefined ? undefined : value.get(match);
}

export function objectOf(entries: ReadonlyMap<string, Lazy<Value>>, open: boolean, span?: Span, written?: ReadonlyMap<string, Span>): ObjValue {
  return { kind: 'obj', keys: [...entries.keys()], get: (key) => entries.get(key)?.(), at: (key) => written?.get(key), open, names: [], span };
}

/** Where a field of an object literal (or a keyword argument of a call) is written, under the first spelling present. */
export function fieldAt(value: Value | undefined, ...keys: string[]): Span | undefined {
  for (const key of keys) {
    const span = value?.kind === 'obj' ? value.at?.(key) : value?.kind === 'call' ? value.kwargSpan(key) : undefined;
    if (span) return span;
  }
  return undefined;
}

/** Objects from several layers (session or instance defaults, then the call's own), later ones winning. */
export function mergeObjects(...sources: (Value | undefined)[]): Value | undefined {
  const objects = sources.filter((s): s is Value => s !== undefined);
  if (objects.length <= 1) return objects[0];
  const entries = new Map<string, Lazy<Value>>();
  let open = false;
  for (const o of objects) {
    if (o.kind !== 'obj') {
      open = true;
      continue;
    }
    for (const key of o.keys) entries.set(key, () => o.get(key)!);
    open ||= o.open;
  }
  return objectOf(entries, open);
}

/** The process environment as an object (`process.env`, `ProcessInfo.processInfo.environment`): every key is a read of it. */
export function environmentObject(span?: Span): ObjValue {
  return { kind: 'obj', keys: [], get: (key) => ({ kind: 'env', name: key, names: [], span }), open: true, names: [], span };
}

/** A thunk evaluated at most once. */
export function memoize<T>(fn: () => T): Lazy<T> {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}

function mergeText(parts: readonly StrPart[]): StrPart[] {
  const out: StrPart[] = [];
  for (const part of parts) {
    if (!isHole(part) && part.text.length === 0) continue;
    const last = out[out.length - 1];
    // Adjacent text pieces merge only when the merged piece still maps exactly onto the source (or neither does).
    if (last && !isHole(last) && !isHole(part) && (last.from ?? []).join() === (part.from ?? []).join()) {
      const bothUnmapped = last.at === undefined && part.at === undefined;
      const contiguous = last.at !== undefined && part.at !== undefined && last.at + last.text.length === part.at;
      if (bothUnmapped || contiguous) {
        out[out.length - 1] = { ...last, text: last.text + part.text };
        continue;
      }
    }
    out.push(part);
  }
  return out;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
