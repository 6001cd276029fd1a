// What the shared JVM detectors read of one Kotlin file: its calls, imports, builder statements (property sets read as
// setter calls), annotated functions and named values, collected in one walk of the tree.
import type { Node } from '@vscode/tree-sitter-wasm';
import { memoize, type CallValue } from '../../values/value';
import { jvmContext, type AnnotatedMethod, type Annotation, type JvmCall, type JvmContext, type NamedValue, type StatementCall } from '../jvm/context';
import { calleeText } from '../jvm/labels';
import { callOf } from '../jvm/values';
import { spanOf } from '../syntax';
import { SyntaxIndex } from '../syntaxIndex';
import { KOTLIN_BINDING_TYPES, KOTLIN_CLASS_DECLARATIONS, KOTLIN_SCOPE_TYPES, KotlinEvaluator } from './evaluator';
import { assignmentParts, callParts, childOfType, children, KOTLIN_COMMENT_TYPES, navigationParts, propertyParts, targetPath } from './syntax';

const INDEXED_TYPES = [...KOTLIN_BINDING_TYPES, ...KOTLIN_CLASS_DECLARATIONS, ...KOTLIN_COMMENT_TYPES, 'call_expression', 'function_declaration', 'annotation'];

/** A Kotlin file's context, with the index of its tree. */
export interface KotlinContext extends JvmContext {
  index: SyntaxIndex;
}

/** Collects what the shared detectors read of a Kotlin file, in one walk of its tree. */
export function kotlinContext(root: Node, text: string): KotlinContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, KOTLIN_SCOPE_TYPES);
  const ev = new KotlinEvaluator(index, text);
  const calls: JvmCall[] = index.of('call_expression').map((node) => ({ node, name: callName(node) }));
  const comments = KOTLIN_COMMENT_TYPES.flatMap((t) => index.of(t));
  const context = jvmContext({
    text,
    ev,
    flavors: { grpc: 'kotlin-grpc', legacy: 'kotlin-legacy', http: 'kotlin-http' },
    calls,
    imports: index.of('import_header').flatMap((node) => {
      const path = childOfType(node, 'identifier')?.text.replace(/\s+/g, '');
      return path ? [childOfType(node, 'wildcard_import') ? `${path}.*` : path] : [];
    }),
    callee(node) {
      const { callee } = callParts(node);
      const navigation = callee?.type === 'navigation_expression' ? navigationParts(callee) : undefined;
      const span = spanOf(callee ?? node);
      return { span, label: calleeText(text, span, comments), receiver: navigation ? spanOf(navigation.receiver) : undefined };
    },
    statementCalls: () => [...calls.flatMap(({ node, name }) => statementCall(ev, node, name)), ...index.of('assignment').flatMap((a) => propertySet(ev, a))].sort((a, b) => a.at - b.at),
    annotatedMethods: () => index.of('function_declaration').flatMap((f) => annotatedFunction(f)),
    namedValues: () => namedValuesOf(index),
    constantExpressions: () => [
      ...index.of('annotation').flatMap((a) => annotationOf(a)?.args.map(({ value }) => ({ value, own: true })) ?? []),
      ...index.of('property_declaration').flatMap((p) => {
        const value = isConst(p) ? propertyParts(p).value : undefined;
        return value ? [{ value, own: false }] : [];
      }),
    ],
    comments,
  });
  return Object.assign(context, { index });
}

/** The method a call names (`newCall`), or the function or class it calls (`ClarifaiCallCredentials`). */
function callName(node: Node): string {
  const callee = children(node)[0];
  if (callee?.type === 'simple_identifier') return callee.text;
  if (callee?.type === 'navigation_expression') return navigationParts(callee)?.name.text ?? '';
  return '';
}

/** The variable (or `this.x`) a chain of navigations and calls starts at. */
function chainRoot(node: Node | undefined): string | undefined {
  let current = node;
  while (current?.type === 'call_expression' || current?.type === 'navigation_expression') {
    current = current.type === 'call_expression' ? callParts(current).callee : navigationParts(current)?.receiver;
    if (current?.type === 'navigation_expression' && navigationParts(current)?.receiver.type === 'this_expression') return navigationParts(current)?.name.text;
  }
  return current?.type === 'simple_identifier' ? current.text : undefined;
}

/** A call that is a statement of its own, on a chain that starts at a variable or `this.x`. */
function statementCall(ev: KotlinEvaluator, node: Node, method: string): StatementCall[] {
  if (node.parent?.type !== 'statements') return [];
  const { callee } = callParts(node);
  const receiver = callee?.type === 'navigation_expression' ? chainRoot(callee) : undefined;
  return receiver ? [{ receiver, method, at: node.startIndex, call: () => ev.callValue(node) }] : [];
}

/** `conn.requestMethod = "POST"`, `builder.modelId = id`: the Java setter Kotlin calls for them. */
function propertySet(ev: KotlinEvaluator, node: Node): StatementCall[] {
  const { target, operator, value } = assignmentParts(node);
  const path = target ? targetPath(target) : undefined;
  if (!target || !value || operator !== '=' || path?.root?.type !== 'simple_identifier' || path.names.length !== 1) return [];
  const property = path.names[0]!;
  const method = `set${property.charAt(0).toUpperCase()}${property.slice(1)}`;
  const root = path.root;
  const call = (): CallValue =>
    callOf({
      callee: `${root.text}.${method}`,
      construct: false,
      method,
      receiver: memoize(() => ev.eval(root)),
      args: [memoize(() => ev.eval(value))],
      argSpans: [spanOf(value)],
      calleeSpan: spanOf(target),
      argsSpan: spanOf(value),
      span: spanOf(node),
    });
  return [{ receiver: root.text, method, at: node.startIndex, call }];
}

/** A function declared with annotations on it or its parameters (a parameter's come right before it). */
function annotatedFunction(fn: Node): AnnotatedMethod[] {
  const name = childOfType(fn, 'simple_identifier');
  const paramList = childOfType(fn, 'function_value_parameters');
  if (!name || !paramList) return [];
  const annotations = children(childOfType(fn, 'modifiers')).flatMap((a) => (a.type === 'annotation' ? (annotationOf(a) ?? []) : []));
  const params: AnnotatedMethod['params'][number][] = [];
  let pending: Annotation[] = [];
  for (const child of children(paramList)) {
    if (child.type === 'parameter_modifiers') pending = children(child).flatMap((a) => (a.type === 'annotation' ? (annotationOf(a) ?? []) : []));
    else if (child.type === 'parameter') {
      params.push({ name: childOfType(child, 'simple_identifier')?.text ?? '', annotations: pending });
      pending = [];
    }
  }
  if (annotations.length === 0 && params.every((p) => p.annotations.length === 0)) return [];
  return [{ name: name.text, span: spanOf(name), declaration: spanOf(fn), paramList: spanOf(paramList), annotations, params }];
}

/** `@POST("…")`, `@Headers("a", "b")`, `@HTTP(method = "POST", path = "…")`, `@Body`. */
function annotationOf(annotation: Node): Annotation | undefined {
  const invocation = childOfType(annotation, 'constructor_invocation');
  const type = childOfType(invocation ?? annotation, 'user_type');
  const name = type?.text.slice(type.text.lastIndexOf('.') + 1);
  if (!name) return undefined;
  const args = children(childOfType(invocation, 'value_arguments')).flatMap((arg) => {
    const parts = children(arg);
    const value = parts[parts.length - 1];
    const key = parts.length > 1 && parts[0]!.type === 'simple_identifier' ? parts[0]!.text : undefined;
    return value ? [{ key, value }] : [];
  });
  return { name, span: spanOf(annotation), args };
}

function isConst(property: Node): boolean {
  return children(childOfType(property, 'modifiers')).some((m) => m.type === 'property_modifier' && m.text === 'const');
}

/** Properties with a value and assignments to a name or `this.x`. */
function namedValuesOf(index: SyntaxIndex): NamedValue[] {
  const found: NamedValue[] = [];
  for (const node of index.of('property_declaration')) {
    const { name, value } = propertyParts(node);
    if (name && value) found.push({ name: name.text, value });
  }
  for (const node of index.of('assignment')) {
    const { target, value } = assignmentParts(node);
    const path = target ? targetPath(target) : undefined;
    const name = path && (path.root?.type === 'simple_identifier' || path.root?.type === 'this_expression') ? (path.names[path.names.length - 1] ?? path.root.text) : undefined;
    if (name && value) found.push({ name, value });
  }
  return found;
}
