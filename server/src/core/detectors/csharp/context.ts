// What every C# detector shares for one file: the tree, the evaluator, the calls and object creations, the namespaces
// it imports.
import type { Node } from '@vscode/tree-sitter-wasm';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import type { Span } from '../../model';
import { fieldIgnoreCase, type CallValue, type Value } from '../../values/value';
import { spanOf } from '../syntax';
import { SyntaxIndex } from '../syntaxIndex';
import { CSHARP_BINDING_TYPES, CSHARP_FUNCTION_DECLARATIONS, CSHARP_SCOPE_TYPES, CSharpEvaluator, initializerOf, memberName } from './evaluator';
import { usingOf } from './usings';

/** Everything the C# detectors look at, collected in one walk. */
const INDEXED_TYPES = [
  ...CSHARP_BINDING_TYPES,
  ...CSHARP_FUNCTION_DECLARATIONS,
  'object_creation_expression',
  'implicit_object_creation_expression',
  'initializer_expression',
  'using_directive',
  'comment',
];

export interface CSharpContext {
  text: string;
  root: Node;
  /** Whether the text holds a credential-shaped token at all (computed once). */
  secretShaped: boolean;
  index: SyntaxIndex;
  ev: CSharpEvaluator;
  /** Invocations and object creations, in document order. */
  calls: readonly Node[];
  /** The namespaces and types the file imports with `using` (`Clarifai.Api`, `System.Net.Http.Headers`). */
  usings: ReadonlySet<string>;
  /** Calls of a method on a receiver (`client.PostModelOutputs(…)`), read once for every detector. */
  methodCalls: readonly MethodCall[];
}

/** `receiver.Method(…)`: the invocation, its callee, the method's name and the receiver. */
export interface MethodCall {
  node: Node;
  /** The callee, `client.PostModelOutputs`. */
  fn: Node;
  /** The method's name without type arguments: `Predict` of `client.Predict<Concept>`. */
  method: string;
  receiver: Node;
}

/** Reads a file once for the C# detectors: its index, evaluator, calls, usings and method calls. */
export function cSharpContext(root: Node, text: string): CSharpContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, CSHARP_SCOPE_TYPES);
  const usings = new Set<string>();
  for (const node of index.of('using_directive')) {
    const target = usingOf(node)?.target;
    if (target) usings.add(target);
  }
  const calls = [...index.of('invocation_expression'), ...index.of('object_creation_expression'), ...index.of('implicit_object_creation_expression')].sort((a, b) => a.startIndex - b.startIndex);
  const methodCalls: MethodCall[] = [];
  for (const node of index.of('invocation_expression')) {
    const fn = node.childForFieldName('function');
    const receiver = fn?.type === 'member_access_expression' ? fn.childForFieldName('expression') : undefined;
    const method = receiver ? memberName(fn!) : undefined;
    if (fn && receiver && method) methodCalls.push({ node, fn, method, receiver });
  }
  return { text, root, secretShaped: hasSecretShapedToken(text), index, ev: new CSharpEvaluator(index, text), calls, usings, methodCalls };
}

/**
 * Whether the file uses a namespace: imports it (or a namespace under it), or names a type inside it by its full
 * name (`new Clarifai.Api.PostModelOutputsRequest`). Namespaces are case-sensitive: `Clarifai.API` is the
 * deprecated client, `Clarifai.Api` the gRPC one.
 */
export function usesNamespace(ctx: CSharpContext, namespace: string): boolean {
  for (const u of ctx.usings) if (u === namespace || u.startsWith(`${namespace}.`)) return true;
  if (!ctx.text.includes(`${namespace}.`)) return false;
  return ctx.calls.some((c) => c.type === 'object_creation_expression' && (c.childForFieldName('type')?.text.replace(/\s+/g, '').startsWith(`${namespace}.`) ?? false));
}

/** The node an evaluated value was written as. */
function nodeAt(ctx: CSharpContext, span: Span): Node | undefined {
  for (let node: Node | null = ctx.root.descendantForIndex(span.start, span.end); node; node = node.parent) {
    if (node.startIndex === span.start && node.endIndex === span.end) return node;
    if (node.startIndex < span.start || node.endIndex > span.end) break;
  }
  return undefined;
}

/** The braces of an object creation's initializer (`new PostModelOutputsRequest { … }`), when it has one. */
export function initializerSpan(ctx: CSharpContext, creation: Value | undefined): Span | undefined {
  if (creation?.kind !== 'call' || !creation.construct || !creation.span) return undefined;
  const node = nodeAt(ctx, creation.span);
  const initializer = node && initializerOf(node);
  return initializer && spanOf(initializer);
}

/** An entry of a header collection, in any case: a key of an object, or a member an initializer or `Add` set. */
export function entryIgnoreCase(value: Value | undefined, key: string): Value | undefined {
  if (value?.kind !== 'call') return fieldIgnoreCase(value, key);
  const name = value.kwargNames.find((k) => k.toLowerCase() === key.toLowerCase());
  return name === undefined ? undefined : value.kwarg(name);
}

/** The last segment of a type name as written (`V2Client` of `Clarifai.Api.V2.V2Client`). */
export function simpleTypeName(type: string | undefined): string | undefined {
  return type?.slice(type.lastIndexOf('.') + 1);
}

/** The value when it is an object created as one of these types, named plainly or in full (`new Grpc.Core.CallOptions(…)`). */
export function createdAs(value: Value | undefined, ...types: string[]): CallValue | undefined {
  return value?.kind === 'call' && value.construct && types.includes(simpleTypeName(value.callee)!) ? value : undefined;
}
