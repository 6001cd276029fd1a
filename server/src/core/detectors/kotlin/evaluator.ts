// Resolves Kotlin expressions to abstract values by following the file's own bindings: locals and properties (of
// this class, its companion object, or an object of the file), parameters, string templates, concatenation,
// `String.format`, maps written with `to`, and environment reads (`System.getenv("X") ?: "…"`).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import type { Binding } from '../../values/bindings';
import { printfValue } from '../../values/format';
import { LazyBindings } from '../../values/lazyBindings';
import { concat, interpolated, knownText, memoize, objectOf, str, unknown, type CallValue, type Lazy, type StrPart, type Value } from '../../values/value';
import { JvmEvaluatorBase } from '../jvm/evaluatorBase';
import { callOf, envObject, jvmCallResult, withFallback } from '../jvm/values';
import { spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import { kotlinBindingKeys } from './bindingKeys';
import { assignmentParts, callParts, childOfType, children, isRawString, navigationParts, propertyParts, targetPath } from './syntax';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_declaration', 'lambda_literal', 'anonymous_function', 'secondary_constructor', 'anonymous_initializer', 'getter', 'setter']);
const CLASS_BODIES: ReadonlySet<string> = new Set(['class_body', 'enum_class_body']);
/** Node types that open a scope: functions for parameters, class bodies for properties, blocks for locals. */
export const KOTLIN_SCOPE_TYPES: ReadonlySet<string> = new Set([...FUNCTION_TYPES, ...CLASS_BODIES, 'control_structure_body', 'for_statement', 'catch_block']);
/** Node types whose bindings the evaluator reads. */
export const KOTLIN_BINDING_TYPES = ['property_declaration', 'assignment', 'import_header', 'for_statement', 'catch_block', 'class_parameter'];
/** Declarations with a class body whose members code reads through their name. */
export const KOTLIN_CLASS_DECLARATIONS = ['class_declaration', 'object_declaration'];
const PRIMITIVES = new Set(['integer_literal', 'long_literal', 'real_literal', 'hex_literal', 'bin_literal', 'boolean_literal', 'null', 'character_literal', 'unsigned_literal']);
const TRANSPARENT = new Set(['parenthesized_expression', 'postfix_expression', 'as_expression']);
const MAPS = new Set(['mapOf', 'hashMapOf', 'mutableMapOf', 'linkedMapOf']);
const LISTS = new Set(['listOf', 'mutableListOf', 'arrayListOf', 'arrayOf']);
const ESCAPES: Readonly<Record<string, string>> = { t: '\t', b: '\b', n: '\n', r: '\r', "'": "'", '"': '"', '\\': '\\', $: '$' };

/** The values of Kotlin expressions, through the file's bindings. */
export class KotlinEvaluator extends JvmEvaluatorBase {
  protected readonly bindings: LazyBindings;

  /** The index must hold KOTLIN_BINDING_TYPES, KOTLIN_CLASS_DECLARATIONS and KOTLIN_SCOPE_TYPES. */
  constructor(index: SyntaxIndex, text: string) {
    super(index, FUNCTION_TYPES, CLASS_BODIES);
    this.bindings = new LazyBindings(() => KOTLIN_BINDING_TYPES.map((t) => [t, index.of(t)] as const), kotlinBindingKeys(text), (node) => this.collect(node));
  }

  /**
   * A call as a value. `Request.Builder()` and `ClarifaiCallCredentials(key)` (a capitalised name) construct;
   * `recv.method(…)` has a method and a receiver.
   */
  callValue(call: Node): CallValue {
    const { callee, args, argList } = callParts(call);
    const navigation = callee?.type === 'navigation_expression' ? navigationParts(callee) : undefined;
    const receiverValue = navigation ? this.eval(navigation.receiver) : undefined;
    const name = navigation ? navigation.name.text : callee?.type === 'simple_identifier' ? callee.text : undefined;
    // `Request.Builder()` names a nested class of a type; `client.newCall(…)` calls a method.
    const construct = /^[A-Z]/.test(name ?? '') && (!navigation || receiverValue?.kind === 'module');
    const qualified = navigation ? `${receiverValue?.kind === 'module' ? receiverValue.path : navigation.receiver.text}.${name}` : name !== undefined ? this.qualifyName(name, call) : (callee?.text ?? '');
    return callOf({
      callee: qualified,
      construct,
      method: navigation && !construct ? name : undefined,
      receiver: navigation && !construct ? () => receiverValue! : undefined,
      args: args.map((a) => memoize(() => this.eval(a))),
      argSpans: args.map(spanOf),
      calleeSpan: spanOf(callee ?? call),
      argsSpan: spanOf(argList ?? call),
      span: spanOf(call),
    });
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    if (PRIMITIVES.has(node.type)) return { kind: 'prim', text: node.text, names: [], span };
    if (TRANSPARENT.has(node.type)) return this.eval(children(node)[0]);
    switch (node.type) {
      case 'string_literal':
        return this.string(node);
      case 'simple_identifier':
      case 'interpolated_identifier':
        return this.identifierValue(node);
      case 'navigation_expression':
        return this.navigation(node);
      case 'call_expression':
        return this.call(node);
      case 'additive_expression':
        return this.addition(node);
      case 'elvis_expression': {
        // `System.getenv("X") ?: "…"` keeps the literal as the fallback; otherwise the left side decides.
        const [left, right] = children(node).map((c) => this.eval(c));
        return left && right ? (left.kind === 'env' ? withFallback(left, right, span) : left) : unknown(node.text, span);
      }
      case 'indexing_expression':
        return this.indexing(node);
      default:
        return unknown(node.text, span);
    }
  }

  /** A string or raw string: content keeps its place in the source, templates become their values. */
  private string(node: Node): Value {
    const parts: StrPart[] = [];
    const literal = spanOf(node);
    const raw = isRawString(node);
    for (const child of children(node)) {
      if (child.type === 'string_content') {
        const text = raw ? child.text : child.text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? e)));
        parts.push({ text, at: text === child.text ? child.startIndex : undefined, literal });
      } else if (child.type === 'interpolated_identifier') parts.push(...interpolated(this.eval(child), spanOf(child)));
      else if (child.type === 'interpolated_expression') parts.push(...interpolated(this.eval(children(child)[0]), spanOf(child)));
    }
    return str(parts, literal);
  }

  /** `this.x`, `Config.KEY` (an object or companion of the file), `BuildConfig.CLARIFAI_API_KEY`, `client.defaultModels`. */
  private navigation(node: Node): Value {
    const parts = navigationParts(node);
    return parts ? this.memberValue(node, parts.receiver, parts.name.text, parts.receiver.type === 'this_expression') : unknown(node.text, spanOf(node));
  }

  private call(node: Node): Value {
    const call = this.callValue(node);
    const span = spanOf(node);
    const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
    if (/(?:^|\.)System\.getenv$/.test(call.callee)) return call.args.length === 0 ? envObject(span) : { kind: 'env', name: knownText(call.args[0]!()), names: [], span };
    if (/(?:^|\.)String\.format$/.test(call.callee) && call.args.length > 0) return printfValue(call.args[0]!(), call.args.slice(1).map((a) => a()), span);
    if (!call.method && (name === 'requireNotNull' || name === 'checkNotNull') && call.args[0]) return call.args[0]();
    if (!call.method && MAPS.has(name)) return this.map(node, span);
    if (!call.method && LISTS.has(name)) return { kind: 'list', items: call.args, names: [], span };
    return jvmCallResult(call) ?? call;
  }

  /** `mapOf("k" to v, …)`: an object of its pairs. */
  private map(node: Node, span: Span): Value {
    const entries = new Map<string, Lazy<Value>>();
    let open = false;
    for (const arg of callParts(node).args) {
      const [key, to, value] = arg.type === 'infix_expression' ? children(arg) : [];
      const keyText = key ? knownText(this.eval(key)) : undefined;
      if (to?.text !== 'to' || !value || keyText === undefined) open = true;
      else entries.set(keyText, memoize(() => this.eval(value)));
    }
    return objectOf(entries, open, span);
  }

  private addition(node: Node): Value {
    const [leftNode, rightNode] = children(node);
    const span = spanOf(node);
    const operator = node.child(1)?.text;
    if (!leftNode || !rightNode || operator !== '+') return unknown(node.text, span);
    const left = this.eval(leftNode);
    const right = this.eval(rightNode);
    if (left.kind === 'str' || right.kind === 'str') return concat([left, right], span, [spanOf(leftNode), spanOf(rightNode)]);
    return unknown(node.text, span);
  }

  /** `System.getenv()["X"]`, `map["k"]`. */
  private indexing(node: Node): Value {
    const [object, suffix] = children(node);
    const key = knownText(this.eval(children(suffix)[0]));
    const base = this.eval(object);
    const found = base.kind === 'obj' && key !== undefined ? base.get(key) : undefined;
    return found ?? { ...unknown(node.text, spanOf(node)), names: [node.text] };
  }

  /** A class body and the bodies of its companion objects, whose members it reads by their plain names. */
  protected membersOf(scope: Scope): readonly Scope[] {
    if (!CLASS_BODIES.has(scope.type)) return [scope];
    const companions = children(scope.node).flatMap((c) => {
      const body = c.type === 'companion_object' ? childOfType(c, 'class_body') : undefined;
      const found = body ? this.index.scopeFor(body) : undefined;
      return found ? [found] : [];
    });
    return [scope, ...companions];
  }

  protected declaredClasses(): Iterable<{ name: string; body: Node }> {
    return KOTLIN_CLASS_DECLARATIONS.flatMap((type) =>
      this.index.of(type).flatMap((decl) => {
        const name = childOfType(decl, 'type_identifier')?.text;
        const body = childOfType(decl, 'class_body') ?? childOfType(decl, 'enum_class_body');
        return name && body ? [{ name, body }] : [];
      }),
    );
  }

  private collect(node: Node): void {
    const add = (binding: Omit<Binding, 'at' | 'owner'>, into?: Scope) => this.bindAt(node, binding, into);
    switch (node.type) {
      case 'property_declaration': {
        const { name, value } = propertyParts(node);
        if (name) add(value ? { kind: 'value', name: name.text, node: value } : { kind: 'declare', name: name.text, node });
        return;
      }
      case 'assignment':
        return this.assign(node, add);
      case 'import_header': {
        const path = childOfType(node, 'identifier')?.text.replace(/\s+/g, '');
        const alias = childOfType(childOfType(node, 'import_alias'), 'type_identifier')?.text;
        if (path && !childOfType(node, 'wildcard_import')) add({ kind: 'import', name: alias ?? path.slice(path.lastIndexOf('.') + 1), module: path, node }, this.index.root);
        return;
      }
      case 'for_statement': {
        const into = this.index.scopeFor(node);
        for (const id of children(childOfType(node, 'variable_declaration')).filter((c) => c.type === 'simple_identifier')) if (into) add({ kind: 'opaque', name: id.text, node: id }, into);
        return;
      }
      case 'catch_block': {
        const id = childOfType(node, 'simple_identifier');
        const into = this.index.scopeFor(node);
        if (id && into) add({ kind: 'opaque', name: id.text, node: id }, into);
        return;
      }
      case 'class_parameter': {
        // A constructor parameter is known in the class body, as a property when it is declared `val` or `var`.
        const id = childOfType(node, 'simple_identifier');
        const declaration = node.parent?.parent;
        const body = declaration ? childOfType(declaration, 'class_body') : undefined;
        const into = body ? this.index.scopeFor(body) : undefined;
        if (id && into) add({ kind: 'param', name: id.text, node: id }, into);
        return;
      }
    }
  }

  /** `x = v`, `x += v`, `this.x = v`: bound where `x` is declared (a property when no local declares it). */
  private assign(node: Node, add: (binding: Omit<Binding, 'at' | 'owner'>, into?: Scope) => void): void {
    const { target, operator, value } = assignmentParts(node);
    if (!target || !value) return;
    const { root, names } = targetPath(target);
    const kind = operator === '=' ? 'value' : operator === '+=' ? 'augment' : 'opaque';
    if (root?.type === 'simple_identifier' && names.length === 0) add({ kind, name: root.text, node: value }, this.declaringScope(root.text, node));
    else if (root?.type === 'this_expression' && names.length === 1) add({ kind, name: names[0]!, node: value }, this.index.enclosing(node, CLASS_BODIES));
  }

  /** A function's or lambda's parameters (a lambda without any has `it`). */
  protected bindParams(scope: Scope): void {
    const node = scope.node;
    if (node.type === 'lambda_literal') {
      const params = children(childOfType(node, 'lambda_parameters')).flatMap((d) => (d.type === 'variable_declaration' ? children(d).filter((c) => c.type === 'simple_identifier') : []));
      // `conn.outputStream.use { it.write(…) }`: the lambda of `use`, `let` or `also` is given its receiver.
      const receiver = scopeFunctionReceiver(node);
      const first = params[0];
      if (receiver) this.bindParam(scope, first?.text ?? 'it', receiver, 'value');
      else this.bindParam(scope, first?.text ?? 'it', first ?? node);
      for (const id of params.slice(1)) this.bindParam(scope, id.text, id);
      return;
    }
    for (const param of children(childOfType(node, 'function_value_parameters'))) {
      const id = param.type === 'parameter' ? childOfType(param, 'simple_identifier') : undefined;
      if (id) this.bindParam(scope, id.text, id);
    }
  }
}

/** The receiver of `x.use { … }`, `x.let { … }`, `x.also { … }` for its trailing lambda, whose parameter it is. */
function scopeFunctionReceiver(lambda: Node): Node | undefined {
  const call = lambda.parent?.type === 'annotated_lambda' ? lambda.parent.parent?.parent : undefined;
  const callee = call?.type === 'call_expression' ? callParts(call).callee : undefined;
  const navigation = callee?.type === 'navigation_expression' ? navigationParts(callee) : undefined;
  return navigation && ['use', 'let', 'also'].includes(navigation.name.text) ? navigation.receiver : undefined;
}
