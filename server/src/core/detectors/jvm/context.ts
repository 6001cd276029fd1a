// What the Java and Kotlin detectors give the shared reading of JVM code: the file's calls resolved to values, the
// statements that build an object up, annotated methods, and what the secret scan looks at.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { ClientFlavor, Span } from '../../model';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import { memoize, type CallValue, type Value } from '../../values/value';

/** The evaluator of a JVM language, as the shared detectors use it. */
export interface JvmEvaluator {
  eval(node: Node | null | undefined): Value;
  /** A method call or constructor call as a value: `method` and `receiver` for `recv.method(…)`. */
  callValue(call: Node): CallValue;
}

/** A call the file makes, with the name it calls: the method (`postModelOutputs`) or the type a constructor builds. */
export interface JvmCall {
  node: Node;
  name: string;
}

/**
 * A method call that is a statement of its own on a named receiver: `builder.setModelId(id);`,
 * `conn.setRequestProperty("Authorization", …);`. Kotlin's `conn.requestMethod = "POST"` reads as the setter call.
 */
export interface StatementCall {
  /** The receiver as written, without `this.`. */
  receiver: string;
  method: string;
  at: number;
  call(): CallValue;
}

/** An annotation with its arguments: positional ones without a key, `path = "…"` with one. */
export interface Annotation {
  name: string;
  span: Span;
  args: readonly { key?: string; value: Node }[];
}

/** A method declaration with annotations (a Retrofit service's `@POST("v2/…") Call<…> predict(@Body …)`). */
export interface AnnotatedMethod {
  name: string;
  /** The method's name, which a diagnostic marks. */
  span: Span;
  /** The whole declaration, annotations included, and its parameter list (parentheses included). */
  declaration: Span;
  paramList: Span;
  annotations: readonly Annotation[];
  params: readonly { name: string; annotations: readonly Annotation[] }[];
}

/** A name bound to an expression (`static final String API_KEY = "…"`, `val pat = …`, `apiKey = …`). */
export interface NamedValue {
  name: string;
  value: Node;
}

/** The client flavors a JVM language reports its call sites under. */
export interface JvmFlavors {
  grpc: ClientFlavor;
  legacy: ClientFlavor;
  http: ClientFlavor;
}

/** One file of a JVM language, as the shared detectors read it. */
export interface JvmContext {
  text: string;
  /** Whether the text holds a credential-shaped token at all (computed once). */
  secretShaped: boolean;
  ev: JvmEvaluator;
  flavors: JvmFlavors;
  /** Method and constructor calls, in document order. */
  calls: readonly JvmCall[];
  /** What a diagnostic marks for a call (its receiver and name), how messages name it, and where its receiver is written. */
  callee(call: Node): { span: Span; label: string; receiver?: Span };
  /** The qualified names the file imports (`com.clarifai.grpc.api.*`, `okhttp3.Request`). */
  imports: readonly string[];
  statementCalls: readonly StatementCall[];
  annotatedMethods: readonly AnnotatedMethod[];
  /** Names bound to expressions, for the secret scan. */
  namedValues: readonly NamedValue[];
  /**
   * Expressions the language requires to be compile-time constants (annotation arguments, Kotlin `const val`
   * initializers): a literal that reaches one cannot become an environment read.
   */
  constantExpressions: readonly { value: Node; own: boolean }[];
  /** The file's comments. */
  comments: readonly Node[];
}

/** What a language gives for a JvmContext; what only some detectors read is made once, when first read. */
export interface JvmSource extends Omit<JvmContext, 'secretShaped' | 'statementCalls' | 'annotatedMethods' | 'namedValues' | 'constantExpressions'> {
  statementCalls(): StatementCall[];
  annotatedMethods(): AnnotatedMethod[];
  namedValues(): NamedValue[];
  constantExpressions(): JvmContext['constantExpressions'];
}

/** The context of a file from what its language gives. */
export function jvmContext(source: JvmSource): JvmContext {
  const statementCalls = memoize(source.statementCalls);
  const annotatedMethods = memoize(source.annotatedMethods);
  const namedValues = memoize(source.namedValues);
  const constantExpressions = memoize(source.constantExpressions);
  return {
    text: source.text,
    secretShaped: hasSecretShapedToken(source.text),
    ev: source.ev,
    flavors: source.flavors,
    calls: source.calls,
    callee: source.callee,
    imports: source.imports,
    comments: source.comments,
    get statementCalls() {
      return statementCalls();
    },
    get annotatedMethods() {
      return annotatedMethods();
    },
    get namedValues() {
      return namedValues();
    },
    get constantExpressions() {
      return constantExpressions();
    },
  };
}

/** Whether the file imports something under this package (`com.clarifai.grpc`, `clarifai2`). */
export function importsUnder(ctx: JvmContext, prefix: string): boolean {
  return ctx.imports.some((i) => i === prefix || i.startsWith(`${prefix}.`));
}

/**
 * The statement calls on the object whose value is written at `target`, before `before` when given: setters on a
 * builder kept in a variable (`b.setModelId(x).setVersionId(y);` as well), request properties set on a
 * connection. The receiver must resolve to that very object (the same name in another method is another object).
 */
export function callsOn(ctx: JvmContext, target: Span | undefined, accept: (method: string) => boolean, before = Infinity, receiver?: string): CallValue[] {
  if (!target) return [];
  const found: CallValue[] = [];
  for (const statement of ctx.statementCalls) {
    if (statement.at >= before || !accept(statement.method) || (receiver !== undefined && statement.receiver !== receiver)) continue;
    const call = statement.call();
    if (chainReaches(call, target)) found.push(call);
  }
  return found;
}

/** Whether a chain of method calls starts at the value written at `target`. */
function chainReaches(call: CallValue, target: Span): boolean {
  for (let current = call.receiver?.(); current; current = current.kind === 'call' && current.method ? current.receiver?.() : undefined) {
    if (current.span?.start === target.start && current.span.end === target.end) return true;
  }
  return false;
}

/** The last segment of a qualified name: `Request.Builder` for `okhttp3.Request.Builder` when `segments` is 2. */
export function lastNames(qualified: string, segments = 1): string {
  return qualified.split('.').slice(-segments).join('.');
}
