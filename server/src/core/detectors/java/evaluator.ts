// Resolves Java expressions to abstract values by following the file's own bindings: locals, fields and constants
// (of this class or another class of the file), parameters, concatenation, text blocks, `String.format`, and
// environment reads through `System.getenv`.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Binding } from '../../values/bindings';
import { printfValue } from '../../values/format';
import { LazyBindings } from '../../values/lazyBindings';
import { concat, knownText, memoize, named, str, unknown, type CallValue, type StrPart, type Value } from '../../values/value';
import { EvaluatorBase } from '../evaluatorBase';
import { envObject, jvmCallResult, typeValue } from '../jvm/values';
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

/** A binding and the scope that holds it. */
interface Found {
  binding: Binding;
  scope: Scope;
}

export class JavaEvaluator extends EvaluatorBase {
  protected readonly bindings: LazyBindings;
  private readonly paramsDone = new Set<number>();
  private classBodies: Map<string, Scope> | undefined;

  /** The index must hold JAVA_BINDING_TYPES, the class declarations and JAVA_SCOPE_TYPES. */
  constructor(
    private readonly index: SyntaxIndex,
    text: string,
  ) {
    super();
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
    return {
      kind: 'call',
      callee: construct ? this.typeName(name) : object ? `${this.qualify(object)}.${method}` : this.qualifyName(method ?? '', call),
      construct,
      method: object ? method : undefined,
      receiver: object ? memoize(() => this.eval(object)) : undefined,
      args: args.map((a) => memoize(() => this.eval(a))),
      argSpans: args.map(spanOf),
      kwargNames: [],
      kwarg: () => undefined,
      kwargSpan: () => undefined,
      calleeSpan: object && name ? { start: object.startIndex, end: name.endIndex } : spanOf(name ?? call),
      argsSpan: spanOf(argsNode ?? call),
      names: [],
      span: spanOf(call),
    };
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    if (PRIMITIVES.has(node.type)) return { kind: 'prim', text: node.text, names: [], span };
    switch (node.type) {
      case 'string_literal':
        return this.string(node);
      case 'identifier':
        return this.identifier(node);
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

  private identifier(node: Node): Value {
    const name = node.text;
    const found = this.resolve(name, node);
    if (found) return this.named(found, name);
    // A name the file never binds is a type (`V2Grpc`, `URI`), or a field inherited from elsewhere.
    return /^[A-Z]/.test(name) ? typeValue(name, spanOf(node)) : { ...unknown(name, spanOf(node)), names: [name] };
  }

  /** `this.x`, `Config.USER_ID` (a class of this file), `com.clarifai.grpc.api.V2Grpc`, `BuildConfig.CLARIFAI_API_KEY`. */
  private fieldAccess(node: Node): Value {
    const object = node.childForFieldName('object');
    const field = node.childForFieldName('field')?.text ?? '';
    const span = spanOf(node);
    if (!object) return unknown(node.text, span);
    if (object.type === 'this') {
      const found = this.resolveField(field, node, this.index.enclosing(node, CLASS_BODIES));
      return found ? this.named(found, `this.${field}`) : { ...unknown(node.text, span), names: [`this.${field}`] };
    }
    const base = this.eval(object);
    if (base.kind === 'module') {
      const body = this.classBody(base.path);
      const found = body ? this.resolveField(field, node, body) : undefined;
      if (found) return named(this.bindingValue(found.binding, found.scope.index), node.text);
      return typeValue(`${base.path}.${field}`, span, node.text);
    }
    return { kind: 'attr', object: base, attr: field, text: node.text, names: [node.text], span };
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

  /** The value of a binding, named as the code names it; a field is known by its plain name and as `this.x`. */
  private named(found: Found, name: string): Value {
    const value = named(this.bindingValue(found.binding, found.scope.index), name);
    if (!CLASS_BODIES.has(found.scope.type)) return value;
    const other = name.startsWith('this.') ? name.slice(5) : `this.${name}`;
    return value.names.includes(other) ? value : { ...value, names: [name, other, ...value.names.slice(1)] };
  }

  private resolve(name: string, ref: Node): Found | undefined {
    this.bindings.ensure(name);
    const owner = this.ownerOf(ref);
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      this.ensureParams(scope);
      const binding = this.table.lookup(scope.index, name, ref.startIndex, owner);
      if (!binding) continue;
      // A local is visible after its declaration; fields and parameters everywhere in their scope.
      const local = !CLASS_BODIES.has(scope.type) && binding.kind !== 'param' && binding.kind !== 'import';
      if (!local || binding.at < ref.startIndex || binding.owner !== owner) return { binding, scope };
    }
    return undefined;
  }

  /** A field of a class body, or of the class bodies around it (an inner class sees its outer class's fields). */
  private resolveField(name: string, ref: Node, body: Scope): Found | undefined {
    this.bindings.ensure(name);
    for (let scope: Scope | undefined = body; scope; scope = scope.parent) {
      if (!CLASS_BODIES.has(scope.type)) continue;
      const binding = this.table.lookup(scope.index, name, ref.startIndex, this.ownerOf(ref));
      if (binding) return { binding, scope };
    }
    return undefined;
  }

  /** The body of a class declared in this file, by its simple name (the last segment of `path`). */
  private classBody(path: string): Scope | undefined {
    return this.bodies().get(path.slice(path.lastIndexOf('.') + 1));
  }

  private bodies(): Map<string, Scope> {
    if (!this.classBodies) {
      this.classBodies = new Map();
      for (const type of CLASS_DECLARATIONS) {
        for (const decl of this.index.of(type)) {
          const name = decl.childForFieldName('name')?.text;
          const body = decl.childForFieldName('body');
          const scope = body ? this.index.scopeFor(body) : undefined;
          if (name && scope && !this.classBodies.has(name)) this.classBodies.set(name, scope);
        }
      }
    }
    return this.classBodies;
  }

  /** A type as written (`Request.Builder`, `HashMap<>`), its first name resolved through the imports. */
  private typeName(type: Node | null): string {
    if (!type) return '';
    const text = type.text.replace(/<[^]*>$/, '').replace(/\s+/g, '');
    const dot = text.indexOf('.');
    const head = dot < 0 ? text : text.slice(0, dot);
    return this.qualifyName(head, type) + (dot < 0 ? '' : text.slice(dot));
  }

  /** A simple name through the imports (`getenv` after `import static java.lang.System.getenv`). */
  private qualifyName(name: string, ref: Node): string {
    const found = this.resolve(name, ref);
    return found?.binding.kind === 'import' ? (found.binding.module ?? name) : name;
  }

  protected propertyScopes(ref: Node): number[] {
    const scopes: number[] = [];
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) scopes.push(scope.index);
    return scopes;
  }

  protected ownerOf(node: Node): number {
    for (let scope: Scope | undefined = this.index.scopeOf(node); scope; scope = scope.parent) if (FUNCTION_TYPES.has(scope.type) || CLASS_BODIES.has(scope.type)) return scope.index;
    return this.index.root.index;
  }

  private collect(node: Node): void {
    const scope = this.index.scopeOf(node);
    const add = (binding: Omit<Binding, 'at' | 'owner'>, into: Scope = scope) => this.table.add(into.index, { ...binding, at: node.startIndex, owner: this.ownerOf(node) });
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
        const into = node.type === 'enhanced_for_statement' ? this.index.scopeFor(node) : scope;
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

  /** The scope that declares a name visible at `ref`: a block, a function's parameters, or a class body's fields. */
  private declaringScope(name: string, ref: Node): Scope {
    this.bindings.ensure(name);
    let fallback: Scope | undefined;
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      this.ensureParams(scope);
      if (this.table.binds(scope.index, name)) return scope;
      if (!fallback && CLASS_BODIES.has(scope.type)) fallback = scope;
    }
    return fallback ?? this.index.root;
  }

  /** A method's, constructor's or lambda's parameters, bound the first time a lookup passes through it. */
  private ensureParams(scope: Scope): void {
    if (!FUNCTION_TYPES.has(scope.type) || this.paramsDone.has(scope.index)) return;
    this.paramsDone.add(scope.index);
    const params = scope.node.childForFieldName('parameters');
    const list = !params ? [] : params.type === 'identifier' ? [params] : namedArgs(params);
    for (const param of list) {
      const name = param.type === 'identifier' ? param : param.childForFieldName('name') ?? namedArgs(param).find((c) => c.type === 'identifier' || c.type === 'variable_declarator');
      const id = name?.type === 'variable_declarator' ? name.childForFieldName('name') : name;
      if (id) this.table.add(scope.index, { kind: 'param', name: id.text, node: id, at: scope.start, owner: scope.index });
    }
  }
}
