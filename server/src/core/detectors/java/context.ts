// What the shared JVM detectors read of one Java file: its calls, imports, builder statements, annotated methods and
// named values, collected in one walk of the tree.
import type { Node } from '@vscode/tree-sitter-wasm';
import { jvmContext, type AnnotatedMethod, type Annotation, type JvmCall, type JvmContext, type NamedValue, type StatementCall } from '../jvm/context';
import { namedArgs, spanOf } from '../syntax';
import { SyntaxIndex } from '../syntaxIndex';
import { calleeText } from '../jvm/labels';
import { JAVA_BINDING_TYPES, JAVA_SCOPE_TYPES, JavaEvaluator } from './evaluator';

/** Java's comment node types. */
export const JAVA_COMMENT_TYPES = ['line_comment', 'block_comment'];
const CALL_TYPES = ['method_invocation', 'object_creation_expression'];
const CLASS_DECLARATIONS = ['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration'];
const INDEXED_TYPES = [...JAVA_BINDING_TYPES, ...CALL_TYPES, ...CLASS_DECLARATIONS, ...JAVA_COMMENT_TYPES, 'method_declaration', 'annotation'];

/** A Java file's context, with the index of its tree. */
export interface JavaContext extends JvmContext {
  index: SyntaxIndex;
}

/** Collects what the shared detectors read of a Java file, in one walk of its tree. */
export function javaContext(root: Node, text: string): JavaContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, JAVA_SCOPE_TYPES);
  const ev = new JavaEvaluator(index, text);
  const calls: JvmCall[] = [...index.of('method_invocation'), ...index.of('object_creation_expression')]
    .sort((a, b) => a.startIndex - b.startIndex)
    .map((node) => ({ node, name: callName(node) }));
  const comments = JAVA_COMMENT_TYPES.flatMap((t) => index.of(t));
  const context = jvmContext({
    text,
    ev,
    flavors: { grpc: 'java-grpc', legacy: 'java-legacy', http: 'java-http' },
    calls,
    imports: index.of('import_declaration').flatMap((node) => {
      const path = namedArgs(node).find((c) => c.type === 'scoped_identifier' || c.type === 'identifier')?.text;
      return path ? [namedArgs(node).some((c) => c.type === 'asterisk') ? `${path}.*` : path] : [];
    }),
    callee(node) {
      if (node.type === 'object_creation_expression') {
        const type = node.childForFieldName('type');
        const span = { start: node.startIndex, end: type?.endIndex ?? node.endIndex };
        return { span, label: `new ${type ? calleeText(text, spanOf(type), comments) : ''}` };
      }
      const object = node.childForFieldName('object');
      const name = node.childForFieldName('name');
      const span = { start: (object ?? name ?? node).startIndex, end: (name ?? node).endIndex };
      return { span, label: calleeText(text, span, comments), receiver: object ? spanOf(object) : undefined };
    },
    statementCalls: () => calls.flatMap(({ node, name }) => statementCall(ev, node, name)),
    annotatedMethods: () => index.of('method_declaration').flatMap((m) => annotatedMethod(m)),
    namedValues: () => namedValuesOf(index),
    constantExpressions: () => index.of('annotation').flatMap((a) => annotationArgs(a).map(({ value }) => ({ value, own: true }))),
    comments,
  });
  return Object.assign(context, { index });
}

/** The method a call names, or the simple type a `new` expression builds. */
function callName(node: Node): string {
  if (node.type === 'method_invocation') return node.childForFieldName('name')?.text ?? '';
  const type = node.childForFieldName('type')?.text.replace(/<[^]*>$/, '') ?? '';
  return type.slice(type.lastIndexOf('.') + 1);
}

/** A call that is the whole of an expression statement, on a chain that starts at a variable or `this.x`. */
function statementCall(ev: JavaEvaluator, node: Node, method: string): StatementCall[] {
  if (node.type !== 'method_invocation' || node.parent?.type !== 'expression_statement') return [];
  let root = node.childForFieldName('object');
  while (root?.type === 'method_invocation') root = root.childForFieldName('object');
  const receiver = root?.type === 'identifier' ? root.text : root?.type === 'field_access' && root.childForFieldName('object')?.type === 'this' ? root.childForFieldName('field')?.text : undefined;
  return receiver ? [{ receiver, method, at: node.startIndex, call: () => ev.callValue(node) }] : [];
}

/** A method declared with annotations on it or its parameters. */
function annotatedMethod(method: Node): AnnotatedMethod[] {
  const name = method.childForFieldName('name');
  if (!name) return [];
  const annotations = annotationsOf(method);
  const params = namedArgs(method.childForFieldName('parameters')).flatMap((p) => {
    const id = p.childForFieldName('name');
    return id ? [{ name: id.text, annotations: annotationsOf(p) }] : [];
  });
  const paramList = method.childForFieldName('parameters');
  if (!paramList || (annotations.length === 0 && params.every((p) => p.annotations.length === 0))) return [];
  return [{ name: name.text, span: spanOf(name), declaration: spanOf(method), paramList: spanOf(paramList), annotations, params }];
}

function annotationsOf(declaration: Node): Annotation[] {
  const modifiers = declaration.namedChildren.find((c) => c?.type === 'modifiers');
  return namedArgs(modifiers).flatMap((a) => {
    if (a.type !== 'annotation' && a.type !== 'marker_annotation') return [];
    const name = a.childForFieldName('name')?.text ?? '';
    return [{ name: name.slice(name.lastIndexOf('.') + 1), span: spanOf(a), args: a.type === 'annotation' ? annotationArgs(a) : [] }];
  });
}

/** `@X("a")`, `@X({"a", "b"})`, `@X(method = "POST", path = "…")`: each value, arrays spread. */
function annotationArgs(annotation: Node): { key?: string; value: Node }[] {
  return namedArgs(annotation.childForFieldName('arguments')).flatMap((arg) => {
    if (arg.type === 'element_value_pair') {
      const key = arg.childForFieldName('key')?.text;
      const value = arg.childForFieldName('value');
      return value ? spread(value).map((v) => ({ key, value: v })) : [];
    }
    return spread(arg).map((value) => ({ value }));
  });
}

function spread(value: Node): Node[] {
  return value.type === 'element_value_array_initializer' ? namedArgs(value).filter((v) => !v.type.endsWith('comment')) : [value];
}

/** Declarators with a value and assignments to a name or `this.x`. */
function namedValuesOf(index: SyntaxIndex): NamedValue[] {
  const found: NamedValue[] = [];
  for (const type of ['local_variable_declaration', 'field_declaration', 'constant_declaration']) {
    for (const node of index.of(type)) {
      for (const declarator of node.childrenForFieldName('declarator')) {
        const name = declarator?.childForFieldName('name')?.text;
        const value = declarator?.childForFieldName('value');
        if (name && value) found.push({ name, value });
      }
    }
  }
  for (const node of index.of('assignment_expression')) {
    const left = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    const name = left?.type === 'identifier' ? left.text : left?.type === 'field_access' ? left.childForFieldName('field')?.text : undefined;
    if (name && value) found.push({ name, value });
  }
  return found;
}
