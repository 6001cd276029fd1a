// Values of JVM library calls that Java and Kotlin code writes alike: `System.getenv()` as a map, `Optional` and
// `Objects` around an environment read, and string methods that keep a string what it is (`trim`, `getBytes`).
import type { Span } from '../../model';
import { printfValue } from '../../values/format';
import { concat, knownText, type CallValue, type Lazy, type ModuleValue, type ObjValue, type Value } from '../../values/value';

/** Methods whose result carries the receiver's text (or object) unchanged, as far as a request is concerned. */
const SAME_VALUE = new Set(['toString', 'trim', 'strip', 'intern', 'getBytes', 'toByteArray', 'trimIndent', 'trimMargin', 'orEmpty', 'encodeToByteArray']);

/** A type or package the code names (`V2Grpc`, `com.clarifai.grpc.api.UserAppIDSet`), known to readers as `name`. */
export function typeValue(path: string, span: Span, name = path): ModuleValue {
  return { kind: 'module', path, names: [name], span };
}

/** `System.getenv()`: every key is a read of that environment variable. */
export function envObject(span: Span): ObjValue {
  return { kind: 'obj', keys: [], get: (key) => ({ kind: 'env', name: key, names: [], span }), open: true, names: [], span };
}

/** An environment read that falls back to `fallback` when the variable is unset; other values stay themselves. */
export function withFallback(value: Value, fallback: Value | undefined, span?: Span): Value {
  return value.kind === 'env' && fallback ? { ...value, fallback: value.fallback ?? fallback, span: span ?? value.span } : value;
}

/**
 * The value of a library call both JVM languages make, or undefined for other calls: `System.getenv().get("X")`,
 * `Optional.ofNullable(System.getenv("X")).orElse("…")`, `Objects.requireNonNull(x)`, `"…".formatted(a)`, `s.trim()`.
 */
export function jvmCallResult(call: CallValue): Value | undefined {
  const receiver = call.receiver?.();
  const args = call.args.map((a) => a());
  const callee = call.callee;
  if (/(?:^|\.)Objects\.requireNonNull$/.test(callee) && args[0]) return args[0];
  if (/(?:^|\.)Objects\.requireNonNullElse$/.test(callee) && args.length === 2) return withFallback(args[0]!, args[1], call.span);
  if (!receiver || !call.method) return undefined;
  const method = call.method;
  if (SAME_VALUE.has(method)) return receiver;
  if ((method === 'formatted' || method === 'format') && receiver.kind === 'str') return printfValue(receiver, args, call.span);
  if (method === 'concat' && receiver.kind === 'str' && args[0]) return concat([receiver, args[0]], call.span);
  if ((method === 'get' || method === 'getOrDefault') && receiver.kind === 'obj') {
    const key = knownText(args[0]);
    const found = key === undefined ? undefined : receiver.get(key);
    return found ? withFallback(found, method === 'getOrDefault' ? args[1] : undefined, call.span) : undefined;
  }
  if ((method === 'orElse' || method === 'orElseGet') && receiver.kind === 'call' && /(?:^|\.)Optional\.(?:ofNullable|of)$/.test(receiver.callee)) {
    const inner = receiver.args[0]?.();
    return inner ? withFallback(inner, method === 'orElse' ? args[0] : undefined, call.span) : undefined;
  }
  return undefined;
}

/** What a Java or Kotlin call gives its value: callee, receiver and arguments (JVM calls take no keywords). */
export interface CallParts {
  callee: string;
  construct: boolean;
  method?: string;
  receiver?: Lazy<Value>;
  args: readonly Lazy<Value>[];
  argSpans: readonly Span[];
  calleeSpan: Span;
  argsSpan: Span;
  span: Span;
}

/** A call value from its parts. */
export function callOf(parts: CallParts): CallValue {
  return { kind: 'call', ...parts, kwargNames: [], kwarg: () => undefined, kwargSpan: () => undefined, names: [] };
}
