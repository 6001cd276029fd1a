// Resolves C# expressions to abstract values by following one file's bindings: locals, fields and properties (of the
// enclosing type, or `Type.Member` of a type the file declares), parameters, concatenation, interpolation,
// string.Format, environment and configuration reads, and object and collection initializers as the members and
// entries they set.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import type { Binding } from '../../values/bindings';
import { compositeFormatValue } from '../../values/format';
import { LazyBindings } from '../../values/lazyBindings';
import { concat, knownText, memoize, named, objectOf, str, unknown, type CallValue, type Lazy, type Value } from '../../values/value';
import { EvaluatorBase } from '../evaluatorBase';
import { namedArgs, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import { compactPath, cSharpBindingKeys, FILLING_METHODS } from './bindingKeys';
import { CSHARP_STRING_TYPES, stringValue } from './strings';

const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'method_declaration',
  'constructor_declaration',
  'destructor_declaration',
  'operator_declaration',
  'conversion_operator_declaration',
  'local_function_statement',
  'lambda_expression',
  'anonymous_method_expression',
  'accessor_declaration',
]);
/** Node types that declare a type: their fields and properties are bound in their scope. */
const CSHARP_TYPE_TYPES: ReadonlySet<string> = new Set(['class_declaration', 'struct_declaration', 'record_declaration', 'interface_declaration']);
/** Node types that open a scope: functions for locals and parameters, types for fields and properties; the file is the root. */
export const CSHARP_SCOPE_TYPES: ReadonlySet<string> = new Set([...FUNCTION_TYPES, ...CSHARP_TYPE_TYPES]);
/** Node types whose bindings the evaluator reads. */
export const CSHARP_BINDING_TYPES = ['variable_declarator', 'assignment_expression', 'property_declaration', 'invocation_expression', 'foreach_statement', 'catch_declaration'];
/** Functions the evaluator may look into: a parameterless one that returns one expression gives that expression's value. */
export const CSHARP_FUNCTION_DECLARATIONS = ['method_declaration', 'local_function_statement'];

const ENV_READ = /^(?:global::)?(?:System\.)?(?:Environment\.)?GetEnvironmentVariable$/;
const STRING_FORMAT = /^(?:global::)?(?:System\.)?[Ss]tring\.Format$/;
const STRING_CONCAT = /^(?:global::)?(?:System\.)?[Ss]tring\.Concat$/;
/** JSON serializers give back the text of the object they are given, which is all a request body needs. */
const SERIALIZE = /(?:^|\.)(?:JsonSerializer\.Serialize|JsonConvert\.SerializeObject)$/;
const WRAPPERS = new Set(['parenthesized_expression', 'await_expression', 'checked_expression']);

export class CSharpEvaluator extends EvaluatorBase {
  protected readonly bindings: LazyBindings;
  private readonly paramsDone = new Set<number>();
  /** Declared types of bindings, by scope and name (`3:client` → `V2.V2Client`). */
  private readonly declaredTypes = new Map<string, string>();
  private types: Map<string, Scope[]> | undefined;
  private functions: Map<string, Node[]> | undefined;

  /** The index must hold CSHARP_BINDING_TYPES, CSHARP_FUNCTION_DECLARATIONS and CSHARP_SCOPE_TYPES. */
  constructor(
    private readonly index: SyntaxIndex,
    text: string,
  ) {
    super();
    this.bindings = new LazyBindings(
      () => CSHARP_BINDING_TYPES.map((t) => [t, index.of(t)] as const),
      cSharpBindingKeys(text),
      (node) => this.collect(node),
      // Declarations first, so that an assignment finds the scope that declares its name.
      (node) => (node.type === 'assignment_expression' || node.type === 'invocation_expression' ? 1 : 0),
    );
  }

  /** An invocation or object creation as a value: callee, arguments and initializer members, nothing evaluated yet. */
  callValue(node: Node): CallValue {
    const construct = node.type !== 'invocation_expression';
    const fn = construct ? node.childForFieldName('type') : node.childForFieldName('function');
    const argumentList = node.childForFieldName('arguments') ?? node.namedChildren.find((c) => c?.type === 'argument_list') ?? null;
    const { positional, named: byName } = argumentsOf(argumentList);
    if (construct) {
      const initializer = initializerOf(node);
      if (initializer) for (const [key, value] of this.entries(initializer).entries) byName.set(key, value);
    }
    const { method, receiver } = construct || !fn ? { method: undefined, receiver: undefined } : methodOf(fn);
    const kwarg = new Map([...byName].map(([key, value]) => [key, memoize(() => this.eval(value))] as const));
    return {
      kind: 'call',
      callee: fn ? calleeText(fn) : node.type === 'implicit_object_creation_expression' ? declaredTypeAt(node) ?? '' : '',
      construct,
      method,
      receiver: receiver ? memoize(() => this.eval(receiver)) : undefined,
      args: positional.map((a) => memoize(() => this.eval(a))),
      argSpans: positional.map(spanOf),
      kwargNames: [...byName.keys()],
      kwarg: (name) => kwarg.get(name)?.(),
      kwargSpan: (name) => {
        const value = byName.get(name);
        return value ? spanOf(value) : undefined;
      },
      calleeSpan: spanOf(fn ?? node),
      argsSpan: spanOf(argumentList ?? node),
      names: [],
      span: spanOf(node),
    };
  }

  /**
   * The type an expression has as the file writes it: the type it was created with (`new V2.V2Client(…)`), or the
   * declared type of the variable, field, property or parameter it names.
   */
  typeOf(node: Node): string | undefined {
    const value = this.eval(node);
    if (value.kind === 'call' && value.construct && value.callee) return value.callee;
    const member = node.type === 'member_access_expression' && isThis(node.childForFieldName('expression'));
    const name = node.type === 'identifier' ? node.text : member ? memberName(node) : undefined;
    if (!name) return undefined;
    // `this.x` names a member of the type, whatever the method declares.
    for (let scope: Scope | undefined = member ? this.index.enclosing(node, CSHARP_TYPE_TYPES) : this.index.scopeOf(node); scope; scope = scope.parent) {
      const declared = this.declaredTypes.get(`${scope.index}:${name}`);
      if (declared) return declared;
      if (this.table.binds(scope.index, name)) return undefined;
    }
    return undefined;
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    if (CSHARP_STRING_TYPES.has(node.type)) return stringValue(node, (e) => this.eval(e));
    if (WRAPPERS.has(node.type)) return this.eval(namedArgs(node)[0]);
    switch (node.type) {
      case 'identifier':
        return this.identifier(node);
      case 'member_access_expression':
        return this.member(node);
      case 'element_access_expression':
        return this.element(node);
      case 'invocation_expression':
        return this.invocation(node);
      case 'object_creation_expression':
      case 'implicit_object_creation_expression':
        return this.callValue(node);
      case 'anonymous_object_creation_expression':
        return this.anonymousObject(node);
      case 'initializer_expression':
        return this.collection(node);
      case 'array_creation_expression':
      case 'implicit_array_creation_expression': {
        const initializer = node.namedChildren.find((c) => c?.type === 'initializer_expression');
        return initializer ? this.collection(initializer) : unknown(node.text, span);
      }
      case 'binary_expression':
        return this.binary(node);
      case 'cast_expression':
        return this.eval(node.childForFieldName('value'));
      case 'postfix_unary_expression':
        // `key!` only says the value is not null.
        return node.text.endsWith('!') ? this.eval(namedArgs(node)[0]) : unknown(node.text, span);
      case 'character_literal':
      case 'integer_literal':
      case 'real_literal':
      case 'boolean_literal':
      case 'null_literal':
        return { kind: 'prim', text: node.text, names: [], span };
      default:
        return unknown(node.text, span);
    }
  }

  private identifier(node: Node): Value {
    const name = node.text.replace(/^@/, '');
    const found = this.resolve(name, node);
    if (!found) return { ...unknown(name, spanOf(node)), names: [name] };
    return named(this.withPropertySets(this.bindingValue(found.binding, found.scope), name, node), name);
  }

  /** `this.key`, `Settings.ApiKey` (a type of the file), `options.ApiKey` (an initializer member), `string.Empty`. */
  private member(node: Node): Value {
    const object = node.childForFieldName('expression');
    const prop = memberName(node);
    const span = spanOf(node);
    if (!object || !prop) return unknown(node.text, span);
    if (isThis(object)) {
      const type = this.index.enclosing(node, CSHARP_TYPE_TYPES);
      const found = this.lookupIn(type, prop, node);
      const base = found ? this.bindingValue(found, type.index) : { ...unknown(prop, span), names: [prop] };
      return named(this.withPropertySets(base, prop, node), prop);
    }
    if (/^(?:System\.)?[Ss]tring$/.test(object.text) && prop === 'Empty') return str([], span);
    const path = isPath(object) ? `${compactPath(object.text)}.${prop}` : node.text;
    if (object.type === 'identifier' && !this.resolve(object.text, object)) {
      // A static member of a type declared in this file.
      for (const type of this.typesNamed(object.text)) {
        const found = this.lookupIn(type, prop, node);
        if (found) return named(this.bindingValue(found, type.index), path);
      }
    }
    const base = this.eval(object);
    const member = base.kind === 'obj' ? base.get(prop) : base.kind === 'call' && base.construct ? base.kwarg(prop) : undefined;
    if (member) return named(member, path);
    return named(this.withPropertySets({ kind: 'attr', object: base, attr: prop, text: path, names: [], span }, path, node), path);
  }

  /** `headers["Authorization"]`; on something the file does not build (`configuration["Clarifai:ApiKey"]`), a read of settings. */
  private element(node: Node): Value {
    const object = node.childForFieldName('expression');
    const subscript = namedArgs(node.childForFieldName('subscript'))[0];
    const key = subscript ? knownText(this.eval(argumentValue(subscript))) : undefined;
    if (object && key !== undefined) {
      const base = this.eval(object);
      const entry = base.kind === 'obj' ? base.get(key) : base.kind === 'call' && base.construct ? base.kwarg(key) : undefined;
      if (entry) return entry;
    }
    return { ...unknown(node.text, spanOf(node)), names: [node.text.replace(/\s+/g, '')] };
  }

  private invocation(node: Node): Value {
    const call = this.callValue(node);
    const span = spanOf(node);
    const args = call.args.map((a) => a());
    if (ENV_READ.test(call.callee)) return { kind: 'env', name: knownText(args[0]), names: [], span };
    if (STRING_FORMAT.test(call.callee)) {
      // An IFormatProvider may come first.
      const at = args[0]?.kind !== 'str' && args[1]?.kind === 'str' ? 1 : 0;
      return args[at] ? compositeFormatValue(args[at]!, args.slice(at + 1), span) : call;
    }
    if (STRING_CONCAT.test(call.callee) && args.length > 0) return concat(args, span, call.argSpans);
    if (SERIALIZE.test(call.callee) && args[0]) return args[0];
    if (call.method === 'ToString' && args.length === 0) {
      const receiver = call.receiver?.();
      if (receiver?.kind === 'str') return receiver;
    }
    if (call.method === 'GetValue' && args.length === 1) {
      // `configuration.GetValue<string>("Clarifai:ApiKey")` reads the same setting as `configuration["Clarifai:ApiKey"]`.
      const key = knownText(args[0]);
      const receiver = node.childForFieldName('function')?.childForFieldName('expression');
      if (key !== undefined && receiver) return { ...unknown(node.text, span), names: [`${receiver.text.replace(/\s+/g, '')}["${key}"]`] };
    }
    const fn = node.childForFieldName('function');
    if (fn && args.length === 0 && (fn.type === 'identifier' || (fn.type === 'member_access_expression' && isThis(fn.childForFieldName('expression'))))) {
      const body = this.returnedBy(fn.type === 'identifier' ? fn.text : memberName(fn) ?? '', node);
      if (body) return this.eval(body);
    }
    return call;
  }

  /** `new { user_app_id = new { … }, inputs }`: members by name, projections by the name they take. */
  private anonymousObject(node: Node): Value {
    const entries = new Map<string, Lazy<Value>>();
    const written = new Map<string, Span>();
    let open = false;
    const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (!child.isNamed) continue;
      let key: string | undefined;
      let value = child;
      if (child.type === 'identifier' && children[i + 1]?.type === '=' && children[i + 2]) {
        key = child.text;
        value = children[i + 2]!;
        i += 2;
      } else key = child.type === 'identifier' ? child.text : child.type === 'member_access_expression' ? memberName(child) : undefined;
      if (key === undefined) {
        open = true;
        continue;
      }
      const valueNode = value;
      entries.set(key, memoize(() => this.eval(valueNode)));
      written.set(key, spanOf(valueNode));
    }
    return objectOf(entries, open, spanOf(node), written);
  }

  /** `{ { "Authorization", v } }` or `{ ["k"] = v }` as an object of its entries; `{ a, b }` as a list. */
  private collection(node: Node): Value {
    const { entries, items } = this.entries(node);
    if (entries.size > 0 && items.length === 0) {
      const values = new Map([...entries].map(([key, value]) => [key, memoize(() => this.eval(value))] as const));
      return objectOf(values, false, spanOf(node), new Map([...entries].map(([key, value]) => [key, spanOf(value)] as const)));
    }
    return { kind: 'list', items: items.map((item) => memoize(() => this.eval(item))), names: [], span: spanOf(node) };
  }

  /** An initializer's members (`Name = v`), indexed entries (`["k"] = v`) and pairs (`{ "k", v }`), and its other items. */
  private entries(initializer: Node): { entries: Map<string, Node>; items: Node[] } {
    const entries = new Map<string, Node>();
    const items: Node[] = [];
    for (const item of namedArgs(initializer)) {
      if (item.type === 'assignment_expression') {
        const left = item.childForFieldName('left');
        const right = item.childForFieldName('right');
        const index = left?.type === 'element_binding_expression' ? namedArgs(left)[0] : undefined;
        const key = left?.type === 'identifier' ? left.text : index ? knownText(this.eval(argumentValue(index))) : undefined;
        if (key !== undefined && right) entries.set(key, right);
        continue;
      }
      const pair = item.type === 'initializer_expression' ? namedArgs(item) : [];
      const key = pair.length === 2 ? knownText(this.eval(pair[0])) : undefined;
      if (key !== undefined) entries.set(key, pair[1]!);
      else items.push(item);
    }
    return { entries, items };
  }

  private binary(node: Node): Value {
    const op = node.childForFieldName('operator')?.text;
    const leftNode = node.childForFieldName('left');
    const rightNode = node.childForFieldName('right');
    const left = this.eval(leftNode);
    const span = spanOf(node);
    if (op === '+') {
      const right = this.eval(rightNode);
      if (left.kind === 'str' || right.kind === 'str') return concat([left, right], span, [leftNode ? spanOf(leftNode) : undefined, rightNode ? spanOf(rightNode) : undefined]);
    }
    if (op === '??') {
      // `Environment.GetEnvironmentVariable("X") ?? "…"` keeps the literal as the fallback.
      const right = this.eval(rightNode);
      if (left.kind === 'env') return { ...left, fallback: left.fallback ?? right, span };
      return left.kind === 'unknown' ? right : left;
    }
    return unknown(node.text, span);
  }

  private resolve(name: string, ref: Node): { binding: Binding; scope: number } | undefined {
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      const binding = this.lookupIn(scope, name, ref);
      if (binding) return { binding, scope: scope.index };
    }
    return undefined;
  }

  private lookupIn(scope: Scope, name: string, ref: Node): Binding | undefined {
    this.bindings.ensure(name);
    this.ensureParams(scope);
    return this.table.lookup(scope.index, name, ref.startIndex, this.ownerOf(ref));
  }

  protected propertyScopes(ref: Node): number[] {
    return this.index.scopeChain(ref);
  }

  protected ownerOf(node: Node): number {
    return this.index.scopeOf(node).index;
  }

  private collect(node: Node): void {
    switch (node.type) {
      case 'variable_declarator':
        return this.declare(node);
      case 'assignment_expression':
        return this.assign(node);
      case 'property_declaration': {
        const name = node.childForFieldName('name')?.text;
        const value = node.childForFieldName('value');
        const expression = value?.type === 'arrow_expression_clause' ? namedArgs(value)[0] : value;
        const type = this.index.enclosing(node, CSHARP_TYPE_TYPES);
        if (!name) return;
        this.recordType(type, name, node.childForFieldName('type'));
        this.add(type, node, expression ? { kind: 'value', name, node: expression } : { kind: 'declare', name, node });
        return;
      }
      case 'invocation_expression':
        return this.fill(node);
      case 'foreach_statement':
        for (const id of identifiersOf(node.childForFieldName('left'))) this.add(this.index.scopeOf(node), node, { kind: 'opaque', name: id.text, node: id });
        return;
      case 'catch_declaration': {
        const name = node.childForFieldName('name');
        if (name) this.add(this.index.scopeOf(node), node, { kind: 'opaque', name: name.text, node: name });
        return;
      }
    }
  }

  /** `var x = …;`, `const string X = …;`, a field's declarator (bound in its type). */
  private declare(node: Node): void {
    const name = node.childForFieldName('name');
    if (!name) return;
    const declaration = node.parent;
    const field = declaration?.parent?.type === 'field_declaration' || declaration?.parent?.type === 'event_field_declaration';
    const scope = field ? this.index.enclosing(node, CSHARP_TYPE_TYPES) : this.index.scopeOf(node);
    const value = valueOfDeclarator(node);
    const key = name.text.replace(/^@/, '');
    if (declaration?.type === 'variable_declaration') this.recordType(scope, key, declaration.childForFieldName('type'));
    this.add(scope, node, value ? { kind: 'value', name: key, node: value } : { kind: 'declare', name: key, node });
  }

  /** `x = v`, `this.x = v`, `request.UserAppId = v`, `headers["k"] = v` (not an initializer's `Member = v`). */
  private assign(node: Node): void {
    if (node.parent?.type === 'initializer_expression') return;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    const op = node.childForFieldName('operator')?.text;
    if (left.type === 'identifier' || (left.type === 'member_access_expression' && isThis(left.childForFieldName('expression')))) {
      const name = left.type === 'identifier' ? left.text : memberName(left);
      if (!name) return;
      this.add(this.declaringScope(name, node), node, { kind: op === '+=' ? 'augment' : 'value', name, node: right });
      return;
    }
    const object = left.childForFieldName('expression');
    if (!object || !isPath(object)) return;
    const key = left.type === 'member_access_expression' ? memberName(left) : left.type === 'element_access_expression' ? knownText(this.eval(argumentValue(namedArgs(left.childForFieldName('subscript'))[0]))) : undefined;
    if (key === undefined) return;
    const path = compactPath(object.text);
    this.add(this.declaringScope(path.split('.')[0]!, node), node, { kind: 'value', name: path, prop: key, node: right });
  }

  /**
   * A statement that fills a collection: `metadata.Add("Authorization", v)` sets an entry of `metadata`,
   * `request.AddHeader(…)` one of `request#headers`, `request.AddJsonBody(b)` the `body` of `request#body`,
   * `request.AddUrlSegment("id", v)` one of `request#segments`.
   */
  private fill(node: Node): void {
    if (node.parent?.type !== 'expression_statement') return;
    const fn = node.childForFieldName('function');
    const receiver = fn?.type === 'member_access_expression' ? fn.childForFieldName('expression') : undefined;
    const method = fn ? memberName(fn) : undefined;
    if (!receiver || !method || !isPath(receiver) || !Object.hasOwn(FILLING_METHODS, method)) return;
    const part = FILLING_METHODS[method]!;
    const { positional } = argumentsOf(node.childForFieldName('arguments'));
    const path = compactPath(receiver.text);
    let entry: { key: string | undefined; value: Node | undefined };
    if (part === '#body') {
      // `AddParameter("application/json", json, ParameterType.RequestBody)` is a body; other parameters are not.
      const parameter = method === 'AddParameter';
      if (parameter && !/RequestBody$/.test(positional[2]?.text ?? '')) return;
      entry = { key: 'body', value: positional[parameter ? 1 : 0] };
    } else {
      if (positional.length !== 2) return;
      entry = { key: knownText(this.eval(positional[0])), value: positional[1] };
    }
    if (entry.key === undefined || !entry.value) return;
    this.add(this.declaringScope(path.split('.')[0]!, node), node, { kind: 'value', name: path + part, prop: entry.key, node: entry.value });
  }

  /** The scope that declares a name visible at `ref`; for a name the file never declares, the enclosing type. */
  private declaringScope(name: string, ref: Node): Scope {
    this.bindings.ensure(name);
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      this.ensureParams(scope);
      if (this.table.binds(scope.index, name)) return scope;
    }
    return this.index.enclosing(ref, CSHARP_TYPE_TYPES);
  }

  private add(scope: Scope, statement: Node, binding: Omit<Binding, 'at' | 'owner'>): void {
    this.table.add(scope.index, { ...binding, at: statement.startIndex, owner: this.ownerOf(statement) });
  }

  private recordType(scope: Scope, name: string, type: Node | null | undefined): void {
    if (type && type.type !== 'implicit_type') this.declaredTypes.set(`${scope.index}:${name}`, calleeText(type));
  }

  /** A function's parameters (a setter's `value`, a primary constructor's), bound the first time a lookup passes through it. */
  private ensureParams(scope: Scope): void {
    if (scope === this.index.root || this.paramsDone.has(scope.index)) return;
    this.paramsDone.add(scope.index);
    const node = scope.node;
    const params = node.childForFieldName('parameters') ?? node.namedChildren.find((c) => c?.type === 'parameter_list') ?? null;
    const list = params?.type === 'parameter_list' ? namedArgs(params).filter((p) => p.type === 'parameter') : params ? [params] : [];
    for (const param of list) {
      const name = param.type === 'parameter' ? param.childForFieldName('name') : param;
      if (!name) continue;
      this.recordType(scope, name.text, param.childForFieldName('type'));
      this.table.add(scope.index, { kind: 'param', name: name.text, node: name, at: scope.start, owner: scope.index });
    }
    if (node.type === 'accessor_declaration') this.table.add(scope.index, { kind: 'param', name: 'value', node, at: scope.start, owner: scope.index });
  }

  /** The types the file declares under a name. */
  private typesNamed(name: string): Scope[] {
    if (!this.types) {
      this.types = new Map();
      for (const type of CSHARP_TYPE_TYPES) {
        for (const node of this.index.of(type)) {
          const scope = this.index.scopeFor(node);
          const typeName = node.childForFieldName('name')?.text;
          if (!scope || !typeName) continue;
          this.types.set(typeName, [...(this.types.get(typeName) ?? []), scope]);
        }
      }
    }
    return this.types.get(name) ?? [];
  }

  /**
   * The expression a parameterless method or local function of that name returns (`string ApiKey() => …;`), when
   * the call's type (or the file) declares exactly one and it returns exactly one expression.
   */
  private returnedBy(name: string, call: Node): Node | undefined {
    if (!this.functions) {
      this.functions = new Map();
      for (const type of CSHARP_FUNCTION_DECLARATIONS) {
        for (const node of this.index.of(type)) {
          const fnName = node.childForFieldName('name')?.text;
          if (fnName) this.functions.set(fnName, [...(this.functions.get(fnName) ?? []), node]);
        }
      }
    }
    const candidates = this.functions.get(name) ?? [];
    const type = this.index.enclosing(call, CSHARP_TYPE_TYPES);
    const own = candidates.filter((c) => type.start <= c.startIndex && c.endIndex <= type.end);
    const def = own.length === 1 ? own[0] : undefined;
    if (!def || namedArgs(def.childForFieldName('parameters')).length > 0) return undefined;
    const body = def.childForFieldName('body');
    if (body?.type === 'arrow_expression_clause') return namedArgs(body)[0];
    const statements = body?.type === 'block' ? namedArgs(body) : [];
    return statements.length === 1 && statements[0]!.type === 'return_statement' ? namedArgs(statements[0])[0] : undefined;
  }
}

/** Arguments split into positional expressions and named ones (`language: "ru"`). */
export function argumentsOf(list: Node | null | undefined): { positional: Node[]; named: Map<string, Node> } {
  const positional: Node[] = [];
  const byName = new Map<string, Node>();
  for (const argument of namedArgs(list)) {
    if (argument.type !== 'argument') continue;
    const value = argumentValue(argument);
    const label = argument.childForFieldName('name');
    if (!value) continue;
    if (label) byName.set(label.text, value);
    else positional.push(value);
  }
  return { positional, named: byName };
}

/** The expression of an argument (after its name and `ref`/`out`, if any). */
function argumentValue(argument: Node | undefined): Node | undefined {
  if (argument?.type !== 'argument') return argument;
  const label = argument.childForFieldName('name');
  return namedArgs(argument).filter((c) => c.id !== label?.id).pop();
}

/** The braces after an object creation (`new R { … }`, `new() { … }`), when it has them. */
export function initializerOf(creation: Node): Node | undefined {
  return creation.childForFieldName('initializer') ?? creation.namedChildren.find((c) => c?.type === 'initializer_expression') ?? undefined;
}

/** The value after `=` in a declarator. */
function valueOfDeclarator(declarator: Node): Node | undefined {
  let afterEquals = false;
  for (const child of declarator.children) {
    if (!child) continue;
    if (child.type === '=') afterEquals = true;
    else if (afterEquals && child.isNamed && child.type !== 'comment') return child;
  }
  return undefined;
}

/** The method a callee names and its receiver: `client.PostModelOutputs`, `client?.Predict<Concept>`. */
function methodOf(fn: Node): { method?: string; receiver?: Node } {
  if (fn.type === 'member_access_expression') return { method: memberName(fn), receiver: fn.childForFieldName('expression') ?? undefined };
  if (fn.type === 'conditional_access_expression') {
    const binding = fn.namedChildren.find((c) => c?.type === 'member_binding_expression');
    return { method: binding ? memberName(binding) : undefined, receiver: fn.childForFieldName('condition') ?? undefined };
  }
  return {};
}

/** The member a member access names, without type arguments (`Predict` of `client.Predict<Concept>`). */
export function memberName(node: Node): string | undefined {
  const name = node.childForFieldName('name');
  if (!name) return undefined;
  return name.type === 'generic_name' ? name.namedChildren.find((c) => c?.type === 'identifier')?.text : name.text;
}

/** A callee or type as text to match on: no spaces, no type arguments, no `global::`, `?.` read as `.`. */
export function calleeText(node: Node): string {
  let text = node.text.replace(/\s+/g, '').replace(/^global::/, '').replace(/\?\./g, '.');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/<[^<>]*>/g, '');
  }
  return text.replace(/\?$/, '');
}

/** The declared type an implicit `new()` takes from its declaration (`PostModelOutputsRequest r = new() { … }`). */
function declaredTypeAt(node: Node): string | undefined {
  const declaration = node.parent?.type === 'variable_declarator' ? node.parent.parent : undefined;
  const type = declaration?.type === 'variable_declaration' ? declaration.childForFieldName('type') : undefined;
  return type && type.type !== 'implicit_type' ? calleeText(type) : undefined;
}

function isThis(node: Node | null | undefined): boolean {
  return node?.text === 'this';
}

/** A name or a chain of member names (`this.client.DefaultRequestHeaders`), whose text names one storage place. */
function isPath(node: Node): boolean {
  if (node.type === 'identifier' || isThis(node)) return true;
  if (node.type !== 'member_access_expression') return false;
  const object = node.childForFieldName('expression');
  return !!object && node.childForFieldName('name')?.type === 'identifier' && isPath(object);
}

function identifiersOf(node: Node | null | undefined): Node[] {
  if (!node) return [];
  if (node.type === 'identifier') return [node];
  return node.descendantsOfType('identifier').filter((c): c is Node => c !== null);
}
