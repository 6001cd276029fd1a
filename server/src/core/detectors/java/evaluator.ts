// Resolves Java expressions to abstract values by following the file's own bindings: locals, fields and constants
// (of this class or another class of the file), parameters, concatenation, text blocks, `String.format`, and
// environment reads through `System.getenv`.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Binding } from '../../values/bindings';
import { printfValue } from '../../values/format';
import { LazyBindings } from '../../values/lazyBindings';
import { concat, knownText, memoize, str, unknown, type CallValue, type StrPart, type Value } from '../../values/value';
import { JvmEvaluatorBase } from '../jvm/evaluatorBase';
import { callOf, envObject, jvmCallResult } from '../jvm/values';
import { namedArgs, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import { javaBindingKeys } from './bindingKeys';
import { decodeJavaEscape } from './strings';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'static_initializer']);
const CLASS_BODIES: ReadonlySet<string> = new Set(['class_body', 'interface_body', 'enum_body']);
const BLOCK_TYPES = ['block', 'constructor_body', 'for_statement', 'enhanced_for_statement', 'try_with_resources_statement', 'catch_clause', 'switch_block'];
/** Node types that open a scope: functions for parameters, class bodies for fields, blocks for locals. */
export const JAVA_SCOPE_TYPES: ReadonlySet<string> = new Set([...FUNCTION_TYPES, ...CLASS_BODIES, ...BLOCK_TYPES]);
const DECLARATION_TYPES = ['local_variable_declaration', 'field_declaration', 'constant_declaration'];
/** Node types whose bindings the evaluator reads. */
export const JAVA_BINDING_TYPES = [...DECLARATION_TYPES, 'assignment_expression', 'import_declaration', 'enhanced_for_statement', 'catch_formal_parameter', 'resource'];
const CLASS_DECLARATIONS = ['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration'];
const PRIMITIVES = new Set(['decimal_integer_literal', 'hex_integer_literal', 'octal_integer_literal', 'binary_integer_literal', 'decimal_floating_point_literal', 'true', 'false', 'null_literal', 'character_literal']);

/** The values of Java expressions, through the file's bindings. */
export class JavaEvaluator extends JvmEvaluatorBase {
  protected readonly bindings: LazyBindings;

  /** The index must hold JAVA_BINDING_TYPES, the class declarations and JAVA_SCOPE_TYPES. */
  constructor(index: SyntaxIndex, text: string) {
    super(index, FUNCTION_TYPES, CLASS_BODIES);
    this.bindings = new LazyBindings(() => JAVA_BINDING_TYPES.map((t) => [t, index.of(t)] as const), javaBindingKeys(text), (node) => this.collect(node));
  }

  /** A method call or `new` expression as a value: the callee (imports resolved), the receiver and the arguments. */
  callValue(call: Node): CallValue {
    const construct = call.type === 'object_creation_expression';
    const argsNode = call.childForFieldName('arguments');
    const args = namedArgs(argsNode).filter((a) => a.type !== 'block_comment' && a.type !== 'line_comment');
    const object = construct ? null : call.childForFieldName('object');
    const name = call.childForFieldName(construct ? 'type' : 'name');
    const method = construct ? undefined : name?.text;
    return callOf({
      callee: construct ? this.typeName(name) : object ? `${this.qualify(object)}.${method}` : this.qualifyName(method ?? '', call),
      construct,
      method: object ? method : undefined,
      receiver: object ? memoize(() => this.eval(object)) : undefined,
      args: args.map((a) => memoize(() => this.eval(a))),
      argSpans: args.map(spanOf),
      calleeSpan: object && name ? { start: object.startIndex, end: name.endIndex } : spanOf(name ?? call),
      argsSpan: spanOf(argsNode ?? call),
      span: spanOf(call),
    });
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    if (PRIMITIVES.has(node.type)) return { kind: 'prim', text: node.text, names: [], span };
    switch (node.type) {
      case 'string_literal':
        return this.string(node);
      case 'identifier':
        return this.identifierValue(node);
      case 'field_access':
        return this.fieldAccess(node);
      case 'method_invocation':
        return this.invocation(node);
      case 'object_creation_expression':
        return this.callValue(node);
      case 'binary_expression':
        return this.binary(node);
      case 'parenthesized_expression':
        return this.eval(namedArgs(node)[0]);
      case 'cast_expression':
        return this.eval(node.childForFieldName('value'));
      case 'array_initializer':
        return { kind: 'list', items: namedArgs(node).map((c) => memoize(() => this.eval(c))), names: [], span };
      case 'array_creation_expression':
        return this.eval(node.childForFieldName('value')) ?? unknown(node.text, span);
      default:
        return unknown(node.text, span);
    }
  }

  /** A string literal or text block: its fragments keep their place in the source; escapes are decoded. */
  private string(node: Node): Value {
    const parts: StrPart[] = [];
    const literal = spanOf(node);
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'string_fragment' || child.type === 'multiline_string_fragment') parts.push({ text: child.text, at: child.startIndex, literal });
      else if (child.type === 'escape_sequence') parts.push({ text: decodeJavaEscape(child.text), literal });
    }
    return str(parts, literal);
  }

  /** `this.x`, `Config.USER_ID` (a class of this file), `com.clarifai.grpc.api.V2Grpc`, `BuildConfig.CLARIFAI_API_KEY`. */
  private fieldAccess(node: Node): Value {
    const object = node.childForFieldName('object');
    const field = node.childForFieldName('field')?.text ?? '';
    return object ? this.memberValue(node, object, field, object.type === 'this') : unknown(node.text, spanOf(node));
  }

  private invocation(node: Node): Value {
    const call = this.callValue(node);
    const span = spanOf(node);
    if (/(?:^|\.)System\.getenv$/.test(call.callee)) {
      if (call.args.length === 0) return envObject(span);
      return { kind: 'env', name: knownText(call.args[0]!()), names: [], span };
    }
    if (/(?:^|\.)String\.format$/.test(call.callee) && call.args.length > 0) {
      // `String.format(Locale.US, "…", …)` takes the locale first.
      const first = call.args[0]!();
      const [format, ...rest] = first.kind === 'str' ? call.args : call.args.slice(1);
      return format ? printfValue(format(), rest.map((a) => a()), span) : call;
    }
    if (/(?:^|\.)String\.valueOf$/.test(call.callee) && call.args.length === 1) return call.args[0]!();
    return jvmCallResult(call) ?? call;
  }

  private binary(node: Node): Value {
    const leftNode = node.childForFieldName('left');
    const rightNode = node.childForFieldName('right');
    if (node.childForFieldName('operator')?.text !== '+') return unknown(node.text, spanOf(node));
    const left = this.eval(leftNode);
    const right = this.eval(rightNode);
    // `+` concatenates when either side is a string.
    if (left.kind === 'str' || right.kind === 'str') return concat([left, right], spanOf(node), [leftNode ? spanOf(leftNode) : undefined, rightNode ? spanOf(rightNode) : undefined]);
    return unknown(node.text, spanOf(node));
  }

  protected declaredClasses(): Iterable<{ name: string; body: Node }> {
    return CLASS_DECLARATIONS.flatMap((type) =>
      this.index.of(type).flatMap((decl) => {
        const name = decl.childForFieldName('name')?.text;
        const body = decl.childForFieldName('body');
        return name && body ? [{ name, body }] : [];
      }),
    );
  }

  /** A type as written (`Request.Builder`, `HashMap<>`), its first name resolved through the imports. */
  private typeName(type: Node | null): string {
    if (!type) return '';
    const text = type.text.replace(/<[^]*>$/, '').replace(/\s+/g, '');
    const dot = text.indexOf('.');
    const head = dot < 0 ? text : text.slice(0, dot);
    return this.qualifyName(head, type) + (dot < 0 ? '' : text.slice(dot));
  }

  private collect(node: Node): void {
    const add = (binding: Omit<Binding, 'at' | 'owner'>, into?: Scope) => this.bindAt(node, binding, into);
    switch (node.type) {
      case 'local_variable_declaration':
      case 'field_declaration':
      case 'constant_declaration':
        for (const declarator of node.childrenForFieldName('declarator')) {
          const name = declarator?.childForFieldName('name');
          const value = declarator?.childForFieldName('value');
          if (name) add(value ? { kind: 'value', name: name.text, node: value } : { kind: 'declare', name: name.text, node: declarator! });
        }
        return;
      case 'assignment_expression':
        return this.assign(node, add);
      case 'import_declaration': {
        const path = namedArgs(node).find((c) => c.type === 'scoped_identifier' || c.type === 'identifier')?.text;
        const wildcard = namedArgs(node).some((c) => c.type === 'asterisk');
        if (path && !wildcard) add({ kind: 'import', name: path.slice(path.lastIndexOf('.') + 1), module: path, node }, this.index.root);
        return;
      }
      case 'enhanced_for_statement':
      case 'catch_formal_parameter': {
        const name = node.childForFieldName('name');
        const into = node.type === 'enhanced_for_statement' ? this.index.scopeFor(node) : this.index.scopeOf(node);
        if (name && into) add({ kind: 'opaque', name: name.text, node: name }, into);
        return;
      }
      case 'resource': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (name && value) add({ kind: 'value', name: name.text, node: value });
        return;
      }
    }
  }

  /** `x = v`, `x += v`, `this.x = v`: bound where `x` is declared (a field when no local declares it). */
  private assign(node: Node, add: (binding: Omit<Binding, 'at' | 'owner'>, into?: Scope) => void): void {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    const operator = node.childForFieldName('operator')?.text;
    const kind = operator === '=' ? 'value' : operator === '+=' ? 'augment' : 'opaque';
    if (left.type === 'identifier') {
      add({ kind, name: left.text, node: right }, this.declaringScope(left.text, node));
      return;
    }
    if (left.type === 'field_access' && left.childForFieldName('object')?.type === 'this') {
      const field = left.childForFieldName('field')?.text;
      if (field) add({ kind, name: field, node: right }, this.index.enclosing(node, CLASS_BODIES));
    }
  }

  /** A method's, constructor's or lambda's parameters. */
  protected bindParams(scope: Scope): void {
    const params = scope.node.childForFieldName('parameters');
    const list = !params ? [] : params.type === 'identifier' ? [params] : namedArgs(params);
    for (const param of list) {
      const name = param.type === 'identifier' ? param : param.childForFieldName('name') ?? namedArgs(param).find((c) => c.type === 'identifier' || c.type === 'variable_declarator');
      const id = name?.type === 'variable_declarator' ? name.childForFieldName('name') : name;
      if (id) this.bindParam(scope, id.text, id);
    }
  }
}
