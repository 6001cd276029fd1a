// Resolves Swift expressions to abstract values by following simple bindings inside one file: locals, parameters,
// properties of the file's types (`Config.apiKey`, `self.app`), string interpolation, concatenation, `String(format:)`,
// environment reads (`ProcessInfo.processInfo.environment["X"] ?? ""`) and Info.plist values (known at run time).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import type { Binding } from '../../values/bindings';
import { printfValue } from '../../values/format';
import { LazyBindings } from '../../values/lazyBindings';
import {
  concat,
  environmentObject,
  interpolated,
  isHole,
  knownText,
  memoize,
  named,
  objectOf,
  str,
  unknown,
  type CallValue,
  type Lazy,
  type StrPart,
  type Value,
} from '../../values/value';
import { FunctionScopedEvaluator } from '../functionScopedEvaluator';
import { namedArgs, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import { headerFieldsPath, swiftBindingKeys, swiftBindingRank, swiftPath } from './bindingKeys';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_declaration', 'init_declaration', 'deinit_declaration', 'lambda_literal', 'computed_property', 'subscript_declaration']);
/** Classes, structs, enums, actors and extensions are all `class_declaration`s in this grammar. */
const TYPE_TYPES: ReadonlySet<string> = new Set(['class_declaration', 'protocol_declaration']);
const OWNER_TYPES: ReadonlySet<string> = new Set([...FUNCTION_TYPES, ...TYPE_TYPES]);
/** Node types that open a scope: functions and closures for locals, types for their properties; the file is the root. */
export const SWIFT_SCOPE_TYPES: ReadonlySet<string> = OWNER_TYPES;
/** Node types whose bindings the evaluator reads (calls: `request.setValue(…, forHTTPHeaderField: …)`). */
export const SWIFT_BINDING_TYPES = ['property_declaration', 'assignment', 'if_statement', 'guard_statement', 'for_statement', 'function_declaration', 'call_expression'];
export const SWIFT_STRING_TYPES: ReadonlySet<string> = new Set(['line_string_literal', 'multi_line_string_literal', 'raw_string_literal']);
/** Expressions whose value is their operand's for our purposes: `x!`, `try x`, `await x`, `x as? String`, `(x)`. */
const TRANSPARENT = new Set(['try_expression', 'await_expression', 'as_expression', 'postfix_expression', 'tuple_expression']);
const ENVIRONMENT = 'ProcessInfo.processInfo.environment';
const INFO_DICTIONARY = /^Bundle\.main\.infoDictionary$/;

/** Simple escapes of a Swift string literal. */
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0', '"': '"', "'": "'", '\\': '\\' };

/** Values of a file's Swift expressions. Its scopes are functions, closures and types (blocks open none). */
export class SwiftEvaluator extends FunctionScopedEvaluator {
  protected readonly bindings: LazyBindings;
  private readonly paramsDone = new Set<number>();
  private typeScopes: Map<string, Scope[]> | undefined;

  /** The index must hold SWIFT_BINDING_TYPES and SWIFT_SCOPE_TYPES. */
  constructor(index: SyntaxIndex, text: string) {
    super(index, OWNER_TYPES);
    this.bindings = new LazyBindings(() => SWIFT_BINDING_TYPES.map((t) => [t, index.of(t)] as const), swiftBindingKeys(text), (node) => this.collect(node), swiftBindingRank);
  }

  /** A call's callee and arguments as a value: unlabelled arguments are positional, labelled ones are keywords. */
  callValue(call: Node): CallValue {
    const fn = linkBase(call) ?? call;
    const argsNode = valueArguments(call);
    const positional: Node[] = [];
    const labelled = new Map<string, Node>();
    for (const arg of argsNode ? namedArgs(argsNode) : []) {
      if (arg.type !== 'value_argument') continue;
      const label = arg.childForFieldName('name');
      const value = arg.childForFieldName('value');
      if (!value) continue;
      if (label) labelled.set(label.text, value);
      else positional.push(value);
    }
    const lazy = (n: Node): Lazy<Value> => memoize(() => this.eval(n));
    const kwargValues = new Map([...labelled].map(([k, n]) => [k, lazy(n)]));
    const receiver = fn.type === 'navigation_expression' ? linkBase(fn) : null;
    const callee = calleeName(fn);
    return {
      method: receiver ? suffixName(fn) : undefined,
      receiver: receiver ? lazy(receiver) : undefined,
      kind: 'call',
      callee,
      // Types are capitalised: `URLRequest(url:)` builds a value, `send(request)` calls a function.
      construct: /^[A-Z]/.test(callee.slice(callee.lastIndexOf('.') + 1)),
      args: positional.map(lazy),
      argSpans: positional.map(spanOf),
      kwargNames: [...labelled.keys()],
      kwarg: (name) => kwargValues.get(name)?.(),
      kwargSpan: (name) => {
        const n = labelled.get(name);
        return n ? spanOf(n) : undefined;
      },
      calleeSpan: spanOf(fn),
      argsSpan: spanOf(argsNode ?? call),
      names: [],
      span: spanOf(call),
    };
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    const misparsed = misparsedSum(node);
    if (misparsed) return this.reassociated(node, misparsed);
    if (TRANSPARENT.has(node.type)) return this.eval(operand(node));
    switch (node.type) {
      case 'line_string_literal':
      case 'multi_line_string_literal':
      case 'raw_string_literal':
        return this.string(node);
      case 'additive_expression':
        // The base of a misparsed chain stands for its right operand there.
        return isLinkBase(node) ? this.eval(node.childForFieldName('rhs')) : this.additive(node);
      case 'nil_coalescing_expression':
        return this.coalesce(node);
      case 'simple_identifier':
        return this.identifier(node);
      case 'self_expression':
        return unknown('self', span);
      case 'navigation_expression':
        return this.member(node);
      case 'call_expression':
        return this.call(node);
      case 'dictionary_literal':
        return this.dictionary(node);
      case 'array_literal':
        return { kind: 'list', items: namedArgs(node).map((c) => memoize(() => this.eval(c))), names: [], span };
      case 'integer_literal':
      case 'real_literal':
      case 'boolean_literal':
      case 'prefix_expression':
        // `.post` and other implicit members are kept as written.
        return { kind: 'prim', text: node.text, names: [], span };
      default:
        return node.text === 'nil' ? { kind: 'prim', text: 'nil', names: [], span } : unknown(node.text, span);
    }
  }

  /**
   * `"Key " + Config.apiKey` is parsed as `("Key " + Config).apiKey` (and so with calls, subscripts and `!` after a
   * `+`): the chain belongs to the right operand. The right operand's text is not followed to where it is written,
   * since the uses of a name inside such a chain are not where the tree says.
   */
  private reassociated(chain: Node, sum: Node): Value {
    const lhs = sum.childForFieldName('lhs');
    const rhs = sum.childForFieldName('rhs');
    const left = this.eval(lhs);
    const right = this.computeLink(chain);
    if (sum.childForFieldName('op')?.text !== '+' || (left.kind !== 'str' && right.kind !== 'str')) return unknown(chain.text, spanOf(chain));
    const operand = rhs ? { start: rhs.startIndex, end: chain.endIndex } : undefined;
    return concat([left, right.kind === 'str' ? { ...right, names: [] } : right], spanOf(chain), [lhs ? spanOf(lhs) : undefined, operand]);
  }

  /** A link of a postfix chain (member, call, subscript, `!`), its base being its right operand when misparsed. */
  private computeLink(node: Node): Value {
    switch (node.type) {
      case 'navigation_expression':
        return this.member(node);
      case 'call_expression':
        return this.call(node);
      default:
        return this.eval(linkBase(node));
    }
  }

  /**
   * A string literal: the text between its delimiters (escapes decoded; raw strings keep them) and `\(x)` or `\#(x)`
   * interpolations as holes. A multi-line literal loses the line breaks after its opening and before its closing
   * delimiter. Text is read from the source between the interpolations, since the grammar's scanner skips spaces.
   */
  private string(node: Node): Value {
    const source = node.text;
    const open = /^(#*)("""|")/.exec(source);
    const literal = spanOf(node);
    if (!open) return unknown(source, literal);
    const quote = open[2]!;
    const raw = node.type === 'raw_string_literal';
    const contentEnd = Math.max(node.startIndex + open[0].length, node.endIndex - open[1]!.length - quote.length);
    const parts: StrPart[] = [];
    let at = node.startIndex + open[0].length;
    const text = (end: number) => {
      if (end > at) parts.push(...(raw ? [{ text: source.slice(at - node.startIndex, end - node.startIndex), at, literal }] : decoded(source.slice(at - node.startIndex, end - node.startIndex), at, literal)));
    };
    const children = node.children.filter((c): c is Node => c !== null);
    children.forEach((child, i) => {
      if (child.type !== 'interpolated_expression' && child.type !== 'raw_str_interpolation') return;
      const expression = child.type === 'raw_str_interpolation' ? child.childForFieldName('interpolation')?.childForFieldName('value') : child.childForFieldName('value');
      // `\(` and `)` are tokens of their own around an interpolated expression; a raw one holds its delimiters.
      const start = child.type === 'raw_str_interpolation' ? child.startIndex : children[i - 1]?.startIndex ?? child.startIndex;
      const end = child.type === 'raw_str_interpolation' ? child.endIndex : children[i + 1]?.endIndex ?? child.endIndex;
      text(start);
      parts.push(...interpolated(this.eval(expression), { start, end }));
      at = end;
    });
    text(contentEnd);
    if (quote === '"""') trimBlockLines(parts);
    return str(parts, literal);
  }

  private additive(node: Node): Value {
    const lhs = node.childForFieldName('lhs');
    const rhs = node.childForFieldName('rhs');
    const left = this.eval(lhs);
    const right = this.eval(rhs);
    if (node.childForFieldName('op')?.text !== '+' || (left.kind !== 'str' && right.kind !== 'str')) return unknown(node.text, spanOf(node));
    return concat([left, right], spanOf(node), [lhs ? spanOf(lhs) : undefined, rhs ? spanOf(rhs) : undefined]);
  }

  /**
   * `environment["X"] ?? "…"` keeps the default as the read's fallback. Otherwise the left side decides: a value
   * known at run time (`Bundle.main.object(…) as? String ?? ""`) stays one; only an expression we know nothing of
   * gives way to its default.
   */
  private coalesce(node: Node): Value {
    const left = this.eval(node.childForFieldName('value'));
    if (left.kind === 'env') return { ...left, fallback: left.fallback ?? this.eval(node.childForFieldName('if_nil')), span: spanOf(node) };
    return left.kind === 'unknown' && left.names.length === 0 ? this.eval(node.childForFieldName('if_nil')) : left;
  }

  private identifier(node: Node): Value {
    const name = node.text;
    const found = this.resolve(name, node);
    if (!found) return { ...unknown(name, spanOf(node)), names: [name] };
    return named(this.withPropertySets(this.bindingValue(found.binding, found.scope), name, node), name);
  }

  /** `a.b`: a property of one of the file's types, `self.x`, the environment, a URL's parts, or an attribute. */
  private member(node: Node): Value {
    const target = linkBase(node);
    const prop = suffixName(node) ?? '';
    const span = spanOf(node);
    if (!target) return unknown(node.text, span);
    const path = swiftPath(chainText(node));
    if (path === ENVIRONMENT) return environmentObject(span);
    if (target.type === 'self_expression') {
      const type = this.index.enclosing(node, TYPE_TYPES);
      const found = type === this.index.root ? undefined : this.resolve(prop, node, type);
      const base = found ? this.bindingValue(found.binding, found.scope) : { ...unknown(path, span), names: [prop] };
      // Uses written `x` and `self.x` are the same property: both names are followed.
      return named(named(this.withPropertySets(base, prop, node), prop), `self.${prop}`);
    }
    if (target.type === 'simple_identifier') {
      const member = this.typeMember(target.text, prop, node);
      if (member) return named(named(member, prop), path);
    }
    const base = this.eval(target);
    if (base.kind === 'obj') {
      const value = base.get(prop);
      if (value) return named(value, path);
    }
    // `components.url` and `components.string` of a URLComponents built in the file; `text.utf8` is the text.
    if (base.kind === 'call' && base.callee === 'URLComponents' && (prop === 'url' || prop === 'string')) return componentsUrl(base, span);
    if (base.kind === 'str' && (prop === 'utf8' || prop === 'absoluteString')) return base;
    return named(this.withPropertySets({ kind: 'attr', object: base, attr: prop, text: path, names: [], span }, path, node), path);
  }

  /** `Config.apiKey`: a static property of a type declared in this file (in its body or an extension). */
  private typeMember(typeName: string, prop: string, ref: Node): Value | undefined {
    const scopes = this.typesByName().get(typeName);
    if (!scopes || this.resolve(typeName, ref)) return undefined;
    this.bindings.ensure(prop);
    for (const scope of scopes) {
      const binding = this.table.lookup(scope.index, prop, ref.startIndex, this.ownerOf(ref));
      if (binding) return this.withPropertySets(this.bindingValue(binding, scope.index), prop, ref);
    }
    return undefined;
  }

  private typesByName(): Map<string, Scope[]> {
    if (!this.typeScopes) {
      this.typeScopes = new Map();
      for (const node of this.index.of('class_declaration')) {
        const name = node.childForFieldName('name')?.text;
        const scope = this.index.scopeFor(node);
        if (!name || !scope) continue;
        const list = this.typeScopes.get(name);
        if (list) list.push(scope);
        else this.typeScopes.set(name, [scope]);
      }
    }
    return this.typeScopes;
  }

  private call(node: Node): Value {
    const span = spanOf(node);
    const args = valueArguments(node);
    if (args?.child(0)?.type === '[') return this.subscript(node, args);
    const call = this.callValue(node);
    const { callee, method } = call;
    const receiver = call.receiver;
    const only = call.args.length === 1 && call.kwargNames.length === 0 ? call.args[0]! : undefined;
    if (callee === 'String' && call.kwarg('format')) return printfValue(call.kwarg('format')!, call.args.map((a) => a()), span);
    // Conversions that keep the text: `String(x)`, `Data(x.utf8)`, `HTTPHeaders([...])`, `URL(string: s)!`.
    if ((callee === 'String' || callee === 'Data' || callee === 'HTTPHeaders') && only) return only();
    if (callee === 'String' && call.kwarg('describing')) return call.kwarg('describing')!;
    if ((callee === 'URL' || callee === 'NSURL') && call.kwarg('string')) {
      const relative = call.kwarg('relativeTo');
      return relative ? joinPath(relative, call.kwarg('string')!, span) : call.kwarg('string')!;
    }
    if (callee === 'JSONSerialization.data' && call.kwarg('withJSONObject')) return call.kwarg('withJSONObject')!;
    if (receiver && (method === 'appendingPathComponent' || method === 'appending')) {
      const piece = call.args[0]?.() ?? call.kwarg('path') ?? call.kwarg('component');
      if (piece) return joinPath(receiver(), piece, span);
    }
    // `"…".data(using: .utf8)`: the body is the text.
    if (receiver && method === 'data' && call.kwarg('using')) return receiver();
    // `JSONEncoder().encode(x)`: a dictionary, or a Codable value whose labels name its JSON keys; else run time.
    if (receiver && method === 'encode' && only) {
      const encoded = only();
      return encoded.kind === 'obj' || (encoded.kind === 'call' && encoded.construct) ? encoded : unknown('an encoded value', span);
    }
    const infoKey = callee === 'Bundle.main.object' ? knownText(call.kwarg('forInfoDictionaryKey')) : undefined;
    if (infoKey !== undefined) return infoPlistValue(infoKey, span);
    const fn = node.namedChildren[0];
    if (fn?.type === 'simple_identifier') {
      const found = this.resolve(fn.text, fn);
      const returned = found?.binding.kind === 'function' ? singleReturn(found.binding.node) : undefined;
      if (returned) return this.eval(returned);
    }
    return call;
  }

  /** `environment["X"]`, `Bundle.main.infoDictionary?["X"]`, a dictionary's key, an array's item. */
  private subscript(node: Node, args: Node): Value {
    const span = spanOf(node);
    const target = node.namedChildren[0];
    const keyNode = namedArgs(args)[0]?.childForFieldName('value');
    if (!target || !keyNode) return unknown(node.text, span);
    const key = knownText(this.eval(keyNode));
    const path = swiftPath(chainText(node).slice(0, target.endIndex - node.endIndex || undefined));
    if (key !== undefined && INFO_DICTIONARY.test(path)) return infoPlistValue(key, span);
    const base = this.eval(target);
    if (base.kind === 'obj' && key !== undefined) {
      const value = base.get(key);
      if (value) return value;
    }
    if (base.kind === 'list' && keyNode.type === 'integer_literal') {
      const item = base.items[Number(keyNode.text)];
      if (item) return item();
    }
    return { ...unknown(node.text, span), names: [swiftPath(chainText(node))] };
  }

  private dictionary(node: Node): Value {
    const entries = new Map<string, Lazy<Value>>();
    const written = new Map<string, Span>();
    const keys = node.childrenForFieldName('key').filter((k): k is Node => k !== null);
    const values = node.childrenForFieldName('value').filter((v): v is Node => v !== null);
    let open = keys.length !== values.length;
    keys.forEach((keyNode, i) => {
      const valueNode = values[i];
      const key = knownText(this.eval(keyNode));
      if (key === undefined || !valueNode) open = true;
      else {
        entries.set(key, memoize(() => this.eval(valueNode)));
        written.set(key, spanOf(valueNode));
      }
    });
    return objectOf(entries, open, spanOf(node), written);
  }

  /** The binding `ref` sees for a name, from `start` outwards; a later statement of the same function has not run yet. */
  protected resolve(name: string, ref: Node, start: Scope = this.functionOf(ref)): { binding: Binding; scope: number } | undefined {
    this.bindings.ensure(name);
    const owner = this.ownerOf(ref);
    for (let scope: Scope | undefined = start; scope; scope = scope.parent) {
      this.ensureParams(scope);
      const binding = this.table.lookup(scope.index, name, ref.startIndex, owner);
      if (binding && (binding.owner !== owner || binding.at <= ref.startIndex || binding.kind === 'param' || binding.kind === 'function')) return { binding, scope: scope.index };
    }
    return undefined;
  }

  protected propertyScopes(ref: Node): number[] {
    return this.index.scopeChain(ref);
  }

  /** Parameters of a function or closure, bound the first time a lookup passes through it. */
  protected ensureParams(scope: Scope): void {
    if (!FUNCTION_TYPES.has(scope.type) || this.paramsDone.has(scope.index)) return;
    this.paramsDone.add(scope.index);
    const params =
      scope.type === 'lambda_literal'
        ? (scope.node.childForFieldName('type')?.descendantsOfType('lambda_parameter') ?? [])
        : scope.node.namedChildren.filter((c) => c?.type === 'parameter');
    for (const param of params) {
      const name = param?.childForFieldName('name');
      if (name?.type === 'simple_identifier') this.table.add(scope.index, { kind: 'param', name: name.text, node: name, at: scope.start, owner: scope.index });
    }
  }

  private collect(node: Node): void {
    switch (node.type) {
      case 'property_declaration':
        return this.declare(node);
      case 'assignment':
        return this.assign(node);
      case 'if_statement':
      case 'guard_statement':
        return this.conditionBindings(node);
      case 'for_statement':
        for (const id of node.childForFieldName('item')?.descendantsOfType('simple_identifier') ?? []) if (id) this.bind(node, this.index.scopeOf(node), { kind: 'opaque', name: id.text, node: id });
        return;
      case 'function_declaration': {
        const name = node.childForFieldName('name');
        if (name) this.bind(node, this.index.scopeOf(node), { kind: 'function', name: name.text, node });
        return;
      }
      case 'call_expression':
        return this.headerSet(node);
    }
  }

  /** `let x = v`, `var x: T`, `static let x = v`, `var x: T { return v }`; tuple patterns are only known at run time. */
  private declare(node: Node): void {
    const scope = this.index.scopeOf(node);
    const values = new Set(node.childrenForFieldName('value').map((v) => v?.id));
    let pattern: Node | undefined;
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'pattern') {
        if (pattern) this.declarePattern(node, scope, pattern, undefined);
        pattern = child;
      } else if (pattern && (values.has(child.id) || child.type === 'computed_property')) {
        this.declarePattern(node, scope, pattern, child.type === 'computed_property' ? computedValue(child) ?? null : child);
        pattern = undefined;
      }
    }
    if (pattern) this.declarePattern(node, scope, pattern, undefined);
  }

  /** Binds a declared pattern: `value` undefined declares without a value, null binds one only known at run time. */
  private declarePattern(statement: Node, scope: Scope, pattern: Node, value: Node | null | undefined): void {
    const bound = pattern.childForFieldName('bound_identifier');
    if (bound) {
      const binding: Omit<Binding, 'at' | 'owner'> = value ? { kind: 'value', name: bound.text, node: value } : value === null ? { kind: 'opaque', name: bound.text, node: bound } : { kind: 'declare', name: bound.text, node: statement };
      this.bind(statement, scope, binding);
      return;
    }
    for (const id of pattern.descendantsOfType('simple_identifier')) if (id) this.bind(statement, scope, { kind: 'opaque', name: id.text, node: id });
  }

  /** `x = v`, `x += v`, `self.x = v`; `a.b = v` and `h["k"] = v` set a property or key of what they change. */
  private assign(node: Node): void {
    const target = node.childForFieldName('target')?.namedChildren[0];
    const result = node.childForFieldName('result');
    const operator = node.childForFieldName('operator')?.text;
    if (!target || !result) return;
    if (target.type === 'simple_identifier' || (target.type === 'navigation_expression' && target.childForFieldName('target')?.type === 'self_expression')) {
      const name = target.type === 'simple_identifier' ? target.text : suffixName(target) ?? '';
      const kind = operator === '=' ? 'value' : operator === '+=' ? 'augment' : 'opaque';
      this.bind(node, this.declaringScope(name, node), { kind, name, node: result });
      return;
    }
    if (operator !== '=') return;
    let object: Node | null | undefined;
    let key: string | undefined;
    if (target.type === 'navigation_expression') {
      object = target.childForFieldName('target');
      key = suffixName(target);
    } else if (target.type === 'call_expression' && valueArguments(target)?.child(0)?.type === '[') {
      object = target.namedChildren[0];
      const keyNode = namedArgs(valueArguments(target))[0]?.childForFieldName('value');
      key = keyNode ? knownText(this.eval(keyNode)) : undefined;
    }
    if (!object || key === undefined || !isPath(object)) return;
    const path = swiftPath(object.text);
    this.bind(node, this.declaringScope(path.split('.')[0]!, node), { kind: 'value', name: path, prop: key, node: result });
  }

  /** `if let x = v`, `guard let x = v else …` (and `var`); the shorthand `if let x` binds nothing new. */
  private conditionBindings(node: Node): void {
    const children = node.children.filter((c): c is Node => c !== null);
    const scope = this.index.scopeOf(node);
    for (let i = 0; i < children.length; i++) {
      if (children[i]!.type !== 'value_binding_pattern') continue;
      const bound = children[i + 1];
      if (bound?.type !== 'simple_identifier' || children[i + 2]?.type !== '=' || !children[i + 3]) continue;
      this.bind(children[i + 3]!, scope, { kind: 'value', name: bound.text, node: children[i + 3]! });
    }
  }

  /** `request.setValue(v, forHTTPHeaderField: "Authorization")`: a key of the request's header fields. */
  private headerSet(node: Node): void {
    const fn = node.namedChildren[0];
    const object = fn?.type === 'navigation_expression' ? fn.childForFieldName('target') : undefined;
    const method = fn ? suffixName(fn) : undefined;
    if (!object || !isPath(object) || (method !== 'setValue' && method !== 'addValue')) return;
    const call = this.callValue(node);
    const field = knownText(call.kwarg('forHTTPHeaderField'));
    const valueNode = namedArgs(valueArguments(node)).find((a) => a.type === 'value_argument' && !a.childForFieldName('name'))?.childForFieldName('value');
    if (field === undefined || !valueNode) return;
    const path = swiftPath(object.text);
    this.bind(node, this.declaringScope(path.split('.')[0]!, node), { kind: 'value', name: headerFieldsPath(path), prop: field, node: valueNode });
  }

  /** A binding becomes visible where its statement ends, so that `let x = x` reads the outer `x`. */
  private bind(statement: Node, scope: Scope, binding: Omit<Binding, 'at' | 'owner'>): void {
    this.table.add(scope.index, { ...binding, at: statement.endIndex, owner: this.ownerOf(statement) });
  }
}

/** The value a transparent expression wraps. */
function operand(node: Node): Node | null {
  if (node.type === 'postfix_expression') return linkBase(node);
  return node.childForFieldName('expr') ?? node.childForFieldName('value') ?? node.namedChildren.find((c) => c?.type !== 'try_operator') ?? null;
}

const LINKS = new Set(['navigation_expression', 'call_expression', 'postfix_expression']);

/** The operand a postfix link applies to, as written in the tree. */
function rawBase(node: Node): Node | null {
  if (!LINKS.has(node.type)) return null;
  return node.type === 'call_expression' ? node.namedChildren[0] ?? null : node.childForFieldName('target');
}

/** Whether a sum is the base of a postfix link (the grammar's misparse of `a + b.c`). */
function isLinkBase(node: Node): boolean {
  const parent = node.parent;
  return node.type === 'additive_expression' && !!parent && rawBase(parent)?.id === node.id;
}

/** The operand a postfix link applies to: a misparsed sum's right operand. */
function linkBase(node: Node): Node | null {
  const base = rawBase(node);
  return base && isLinkBase(base) ? base.childForFieldName('rhs') : base;
}

/** For the outermost link of a chain over a misparsed sum, that sum. */
function misparsedSum(node: Node): Node | undefined {
  if (!LINKS.has(node.type)) return undefined;
  const parent = node.parent;
  if (parent && rawBase(parent)?.id === node.id) return undefined;
  let base = rawBase(node);
  while (base && LINKS.has(base.type)) base = rawBase(base);
  return base?.type === 'additive_expression' && isLinkBase(base) ? base : undefined;
}

/** The argument list of a call (parentheses or brackets); a call with only a trailing closure has none. */
export function valueArguments(call: Node): Node | undefined {
  const suffix = call.namedChildren.find((c) => c?.type === 'call_suffix');
  return suffix?.namedChildren.find((c) => c?.type === 'value_arguments') ?? undefined;
}

/** The member name of `a.b`. */
function suffixName(node: Node): string | undefined {
  return node.childForFieldName('suffix')?.childForFieldName('suffix')?.text;
}

/** A callee as a dotted name: `URLSession.shared.dataTask`, `AF.request`, `app.getModelByName` (`self.` and `?` dropped). */
function calleeName(fn: Node): string {
  return swiftPath(chainText(fn));
}

/** The source of a postfix chain, from its true base (the right operand of a misparsed sum) on. */
function chainText(node: Node): string {
  let base = rawBase(node);
  while (base && LINKS.has(base.type) && !isLinkBase(base)) base = rawBase(base);
  const rhs = base && isLinkBase(base) ? base.childForFieldName('rhs') : undefined;
  return rhs ? node.text.slice(rhs.startIndex - node.startIndex) : node.text;
}

function isPath(node: Node): boolean {
  if (node.type === 'simple_identifier' || node.type === 'self_expression') return true;
  if (node.type !== 'navigation_expression') return false;
  const target = node.childForFieldName('target');
  return !!target && isPath(target);
}

/** A computed property's value when its getter is a single expression or a single `return`. */
function computedValue(property: Node): Node | undefined {
  const getter = property.namedChildren.find((c) => c?.type === 'computed_getter');
  const statements = (getter ?? property).namedChildren.find((c) => c?.type === 'statements');
  const only = statements ? namedArgs(statements) : [];
  if (only.length !== 1) return undefined;
  const statement = only[0]!;
  return statement.type === 'control_transfer_statement' ? statement.childForFieldName('result') ?? undefined : statement;
}

/** The returned expression of a parameterless function whose body is a single `return`. */
function singleReturn(def: Node): Node | undefined {
  if (def.namedChildren.some((c) => c?.type === 'parameter')) return undefined;
  const statements = def.childForFieldName('body')?.namedChildren.find((c) => c?.type === 'statements');
  const only = statements ? namedArgs(statements) : [];
  return only.length === 1 && only[0]!.type === 'control_transfer_statement' ? only[0]!.childForFieldName('result') ?? undefined : undefined;
}

/** A value of the app's Info.plist: configuration, only known at run time. */
function infoPlistValue(key: string, span: Span): Value {
  const name = `Bundle.main.infoDictionary["${key}"]`;
  return { ...unknown(name, span), names: [name] };
}

/** A URL with a path piece added: `base.appendingPathComponent("models")`, `URL(string: path, relativeTo: base)`. */
function joinPath(base: Value, piece: Value, span: Span): Value {
  const baseText = base.kind === 'str' ? base.parts[base.parts.length - 1] : undefined;
  const pieceText = piece.kind === 'str' ? piece.parts[0] : undefined;
  const slashed = (baseText && !isHole(baseText) && baseText.text.endsWith('/')) || (pieceText && !isHole(pieceText) && pieceText.text.startsWith('/'));
  return concat([base, ...(slashed ? [] : [str([{ text: '/' }])]), piece], span);
}

/** The URL of a URLComponents: its `string:` argument, else its scheme, host and path when the file sets them. */
function componentsUrl(components: CallValue, span: Span): Value {
  const string = components.kwarg('string');
  if (string) return string;
  const [scheme, host, path] = ['scheme', 'host', 'path'].map((p) => components.kwarg(p));
  if (!host || !path) return unknown('a URL built from components', span);
  return concat([scheme ?? str([{ text: 'https' }]), str([{ text: '://' }]), host, path], span);
}

/** Literal text with its escapes decoded: runs without escapes keep their place in the source. */
function decoded(source: string, start: number, literal: Span): StrPart[] {
  const parts: StrPart[] = [];
  let last = 0;
  for (const m of source.matchAll(/\\(u\{[0-9a-fA-F]{1,8}\}|[\s\S])/g)) {
    if (m.index > last) parts.push({ text: source.slice(last, m.index), at: start + last, literal });
    const escape = m[1]!;
    const text = escape.startsWith('u{') ? String.fromCodePoint(parseInt(escape.slice(2, -1), 16)) : escape === '\n' ? '' : ESCAPES[escape] ?? escape;
    parts.push({ text, literal });
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last), at: start + last, literal });
  return parts;
}

/** A multi-line literal starts after the line break that follows `"""` and ends before the one that precedes it. */
function trimBlockLines(parts: StrPart[]): void {
  const first = parts[0];
  if (first && !isHole(first) && first.text.startsWith('\n')) parts[0] = { ...first, text: first.text.slice(1), at: first.at === undefined ? undefined : first.at + 1 };
  const lastIndex = parts.length - 1;
  const last = parts[lastIndex];
  if (last && !isHole(last)) {
    const closing = /\n[ \t]*$/.exec(last.text);
    if (closing) parts[lastIndex] = { ...last, text: last.text.slice(0, closing.index) };
  }
}
