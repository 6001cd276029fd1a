// Reading Kotlin's syntax tree, whose grammar names no fields: the parts of calls, navigations, declarations and
// assignments, found by the types and order of their children.
import type { Node } from '@vscode/tree-sitter-wasm';

/** Kotlin's comment node types. */
export const KOTLIN_COMMENT_TYPES = ['line_comment', 'multiline_comment'];

/** Named children that are not comments. */
export function children(node: Node | null | undefined): Node[] {
  return node ? node.namedChildren.filter((c): c is Node => c !== null && !KOTLIN_COMMENT_TYPES.includes(c.type)) : [];
}

/** The first named child of a type. */
export function childOfType(node: Node | null | undefined, type: string): Node | undefined {
  return children(node).find((c) => c.type === type);
}

/** `a.b` (or `a?.b`): the receiver and the name after the dot. */
export function navigationParts(node: Node): { receiver: Node; name: Node } | undefined {
  const [receiver, suffix] = children(node);
  const name = childOfType(suffix, 'simple_identifier');
  return receiver && suffix?.type === 'navigation_suffix' && name ? { receiver, name } : undefined;
}

/** A call's callee and its arguments (the value of each, named or not), with the argument list. */
export function callParts(call: Node): { callee: Node | undefined; args: Node[]; argList: Node | undefined } {
  const [callee, suffix] = children(call);
  const argList = childOfType(suffix, 'value_arguments');
  const args = children(argList).flatMap((arg) => {
    const parts = children(arg);
    const value = parts[parts.length - 1];
    return value ? [value] : [];
  });
  return { callee, args, argList };
}

/** The name a property declaration binds and the expression it is initialised with (`by lazy { … }`: the lazy value). */
export function propertyParts(node: Node): { name: Node | undefined; value: Node | undefined } {
  const name = childOfType(childOfType(node, 'variable_declaration'), 'simple_identifier');
  const delegate = childOfType(node, 'property_delegate');
  if (delegate) return { name, value: lazyValue(delegate) };
  let afterEquals = false;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child) continue;
    if (child.type === '=') afterEquals = true;
    else if (afterEquals && child.isNamed && !KOTLIN_COMMENT_TYPES.includes(child.type)) return { name, value: child };
  }
  return { name, value: undefined };
}

/** `by lazy { expr }`: the expression the lambda ends with. */
function lazyValue(delegate: Node): Node | undefined {
  const call = childOfType(delegate, 'call_expression');
  const { callee } = call ? callParts(call) : { callee: undefined };
  if (callee?.text !== 'lazy') return undefined;
  const lambda = childOfType(childOfType(childOfType(call, 'call_suffix'), 'annotated_lambda'), 'lambda_literal');
  const statements = children(childOfType(lambda, 'statements'));
  return statements[statements.length - 1];
}

/** `x = v`, `x += v`, `this.x = v`, `conn.requestMethod = v`: the target, its parts, the operator and the value. */
export function assignmentParts(node: Node): { target: Node | undefined; operator: string; value: Node | undefined } {
  const [target] = children(node);
  let operator = '=';
  let value: Node | undefined;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child && !child.isNamed && /=$/.test(child.type)) operator = child.type;
    else if (child?.isNamed && child.id !== target?.id && !KOTLIN_COMMENT_TYPES.includes(child.type)) value = child;
  }
  return { target, operator, value };
}

/** The parts of an assignment's target: a root (a name or `this`) and the names after it (`conn`, [`requestMethod`]). */
export function targetPath(target: Node): { root: Node | undefined; names: string[] } {
  const [root, ...suffixes] = children(target);
  return { root, names: suffixes.map((s) => childOfType(s, 'simple_identifier')?.text ?? '') };
}

/** Whether a string literal is a raw `"""` string (no escapes). */
export function isRawString(node: Node): boolean {
  return node.text.startsWith('"""');
}
