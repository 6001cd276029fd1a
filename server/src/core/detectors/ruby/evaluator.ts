// Resolves Ruby expressions to abstract values by following the bindings of one file: locals (a block sees its
// method's), constants, instance variables, `x[k] = v` and `x.attr = v`, strings with interpolation and heredocs,
// `ENV` reads with their defaults, `format` and `%`, and the file's own methods, followed to what they return.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import type { Binding } from '../../values/bindings';
import { printfValue } from '../../values/format';
import { LazyBindings } from '../../values/lazyBindings';
import {
  concat,
  interpolated,
  isHole,
  knownText,
  memoize,
  mergeObjects,
  named,
  objectOf,
  str,
  unknown,
  type CallValue,
  type Lazy,
  type ObjValue,
  type StrPart,
  type Value,
} from '../../values/value';
import { EvaluatorBase } from '../evaluatorBase';
import { isNode, namedArgs, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import { methodKey, MUTATORS, rubyBindingKeys } from './bindingKeys';

/** Node types that open a scope; the program is the root scope. */
export const RUBY_SCOPE_TYPES: ReadonlySet<string> = new Set(['method', 'singleton_method', 'class', 'module', 'singleton_class', 'block', 'do_block', 'lambda']);
/** Scopes a local variable does not cross: a method or class body starts without the outer locals. */
const LOCAL_GATES: ReadonlySet<string> = new Set(['method', 'singleton_method', 'class', 'module', 'singleton_class']);
/** Where statements run when called rather than in order: each owns the statements in it. */
const FUNCTION_TYPES: ReadonlySet<string> = new Set(['program', 'method', 'singleton_method', 'lambda']);
/** Where constants, methods and instance variables live. */
const CLASS_TYPES: ReadonlySet<string> = new Set(['program', 'class', 'module', 'singleton_class']);
/** Node types whose bindings the evaluator reads (calls: `h.merge!(…)`; binaries: `url << "…"`). */
export const RUBY_BINDING_TYPES = ['assignment', 'operator_assignment', 'method', 'singleton_method', 'call', 'binary'];
/** Node types the evaluator needs besides bindings: heredoc bodies come after the line that opens them. */
export const RUBY_HEREDOC_TYPES = ['heredoc_beginning', 'heredoc_body'];
/** Node types of a name: a local, a constant, an instance, class or global variable. */
export const RUBY_NAME_TYPES: ReadonlySet<string> = new Set(['identifier', 'constant', 'instance_variable', 'class_variable', 'global_variable']);
/** Node types whose children are statements. */
export const RUBY_STATEMENT_PARENTS: ReadonlySet<string> = new Set(['program', 'body_statement', 'block_body', 'then', 'else', 'do', 'begin', 'ensure']);

/** Methods that give back their receiver's value for our purposes (`"…".freeze`, `body.to_json`). */
const SAME_VALUE = new Set(['freeze', 'dup', 'clone', 'to_s', 'to_str', 'strip', 'chomp', 'itself', 'to_json', 'to_h', 'to_sym']);
/** Serialisers whose argument is the value sent: `JSON.generate(body)`. */
const SERIALISERS = /^(?:JSON\.(?:generate|dump|pretty_generate|fast_generate)|Oj\.(?:dump|generate)|MultiJson\.dump)$/;
const DOUBLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', s: ' ', '0': '\0', e: '\x1b', a: '\x07', b: '\b', f: '\f', v: '\v' };

export class RubyEvaluator extends EvaluatorBase {
  protected readonly bindings: LazyBindings;
  private readonly paramsDone = new Set<number>();
  private heredocs: Map<number, Node> | undefined;

  /** The index must hold RUBY_BINDING_TYPES, RUBY_HEREDOC_TYPES and RUBY_SCOPE_TYPES. */
  constructor(
    private readonly index: SyntaxIndex,
    text: string,
  ) {
    super();
    this.bindings = new LazyBindings(() => RUBY_BINDING_TYPES.map((t) => [t, index.of(t)] as const), rubyBindingKeys(text), (node) => this.collect(node));
  }

  /** A call node's callee and arguments as a value; bare `key => value` pairs form its last argument, a hash. */
  callValue(call: Node): CallValue {
    const receiver = call.childForFieldName('receiver');
    const method = call.childForFieldName('method')?.text ?? '';
    const argsNode = call.childForFieldName('arguments');
    const args = namedArgs(argsNode).filter((a) => a.type !== 'block_argument');
    const positional = args.filter((a) => a.type !== 'pair' && a.type !== 'hash_splat_argument');
    const pairs = args.filter((a) => a.type === 'pair' || a.type === 'hash_splat_argument');
    const lazy = (n: Node): Lazy<Value> => memoize(() => this.eval(n));
    const values = positional.map(lazy);
    const spans = positional.map(spanOf);
    const keywords = new Map<string, Node>();
    if (pairs.length > 0) {
      const span = { start: pairs[0]!.startIndex, end: pairs[pairs.length - 1]!.endIndex };
      const hash = memoize(() => this.hashOf(pairs, span));
      // The pairs are one hash argument, written where the first pair starts.
      const at = args.indexOf(pairs[0]!);
      values.splice(at, 0, hash);
      spans.splice(at, 0, span);
      for (const pair of pairs) {
        const key = pair.type === 'pair' ? this.keyOf(pair.childForFieldName('key')) : undefined;
        const value = pair.childForFieldName('value');
        if (key !== undefined && value) keywords.set(key, value);
      }
    }
    const kwargValues = new Map([...keywords].map(([k, n]) => [k, lazy(n)]));
    return {
      kind: 'call',
      callee: receiver ? `${this.qualify(receiver)}.${method}` : method,
      construct: method === 'new',
      method: receiver ? method : undefined,
      receiver: receiver ? lazy(receiver) : undefined,
      args: values,
      argSpans: spans,
      kwargNames: [...keywords.keys()],
      kwarg: (name) => kwargValues.get(name)?.(),
      kwargSpan: (name) => {
        const n = keywords.get(name);
        return n ? spanOf(n) : undefined;
      },
      calleeSpan: spanOf(call.childForFieldName('method') ?? call),
      argsSpan: spanOf(argsNode ?? call),
      names: [],
      span: spanOf(call),
    };
  }

  /** The value a path (`req.body`, `config.api_key`, `conn.headers`) holds as seen from `ref`, its property sets folded in. */
  pathValue(path: string, ref: Node): Value | undefined {
    return this.boundValue(path, ref) ?? this.propertiesOf(path, ref);
  }

  /** The method `name` defined in the class or module holding `ref` (or at the top of the file). */
  private methodNamed(name: string, ref: Node): Node | undefined {
    const found = this.resolve(methodKey(name), ref);
    return found?.binding.kind === 'function' ? found.binding.node : undefined;
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    switch (node.type) {
      case 'string':
      case 'delimited_symbol':
        return this.string(node);
      case 'chained_string':
        return concat(node.namedChildren.filter(isNode).map((n) => this.eval(n)), span);
      case 'heredoc_beginning':
        return this.heredoc(node);
      case 'simple_symbol':
        return str([{ text: node.text.slice(1), at: node.startIndex + 1, literal: span }], span);
      case 'bare_string':
      case 'bare_symbol':
        return str([{ text: node.text, at: node.startIndex, literal: span }], span);
      case 'hash':
        return this.hashOf(namedArgs(node), span);
      case 'array':
      case 'string_array':
      case 'symbol_array':
        return { kind: 'list', items: namedArgs(node).map((c) => memoize(() => this.eval(c))), names: [], span };
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'nil':
        return { kind: 'prim', text: node.text, names: [], span };
      case 'parenthesized_statements':
        return this.eval(namedArgs(node).pop());
      case 'identifier':
        return this.identifier(node);
      case 'constant':
        return this.constant(node);
      case 'scope_resolution':
        return this.scoped(node);
      case 'instance_variable':
      case 'class_variable':
      case 'global_variable':
        return this.variable(node);
      case 'element_reference':
        return this.element(node);
      case 'binary':
        return this.binary(node);
      case 'call':
        return this.call(node);
      default:
        return unknown(node.text, span);
    }
  }

  /** Quoted strings and symbols: single quotes keep their text, double quotes decode escapes and interpolate. */
  private string(node: Node): Value {
    const literal = spanOf(node);
    const escaped = singleQuotedEscapes(node.text);
    const parts: StrPart[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'string_content') {
        const text = escaped ? child.text.replace(escaped, '$1') : child.text;
        parts.push({ text, at: text === child.text ? child.startIndex : undefined, literal });
      } else if (child.type === 'escape_sequence') parts.push({ text: decodeEscape(child.text), literal });
      else if (child.type === 'interpolation') parts.push(...interpolated(this.eval(namedArgs(child).pop()), spanOf(child)));
    }
    return str(parts, literal);
  }

  /** `<<~JSON … JSON`: the body written on the lines after the one that opens it. */
  private heredoc(node: Node): Value {
    const body = this.heredocBody(node);
    if (!body) return unknown(node.text, spanOf(node));
    const literal = spanOf(body);
    const parts: StrPart[] = [];
    for (const child of body.namedChildren) {
      if (!child) continue;
      if (child.type === 'heredoc_content') parts.push({ text: child.text, at: child.startIndex, literal });
      else if (child.type === 'escape_sequence') parts.push({ text: decodeEscape(child.text), literal });
      else if (child.type === 'interpolation') parts.push(...interpolated(this.eval(namedArgs(child).pop()), spanOf(child)));
    }
    return str(parts, spanOf(node));
  }

  /** Bodies follow in the order their openings appear. */
  private heredocBody(beginning: Node): Node | undefined {
    if (!this.heredocs) {
      this.heredocs = new Map();
      const bodies = this.index.of('heredoc_body');
      let next = 0;
      for (const opening of this.index.of('heredoc_beginning')) {
        while (next < bodies.length && bodies[next]!.startIndex < opening.endIndex) next++;
        if (next < bodies.length) this.heredocs.set(opening.id, bodies[next++]!);
      }
    }
    return this.heredocs.get(beginning.id);
  }

  private hashOf(items: readonly Node[], span: Span): ObjValue {
    const entries = new Map<string, Lazy<Value>>();
    const written = new Map<string, Span>();
    let open = false;
    for (const item of items) {
      if (item.type === 'hash_splat_argument') {
        // `{ **DEFAULT_HEADERS, "Authorization" => … }` keeps the splatted keys when we can see them.
        const spread = this.eval(namedArgs(item)[0]);
        if (spread.kind === 'obj') {
          for (const key of spread.keys) entries.set(key, () => spread.get(key)!);
          open ||= spread.open;
        } else open = true;
        continue;
      }
      const key = item.type === 'pair' ? this.keyOf(item.childForFieldName('key')) : undefined;
      const value = item.childForFieldName('value');
      if (key === undefined || !value) {
        open = true;
        continue;
      }
      entries.set(key, memoize(() => this.eval(value)));
      written.set(key, spanOf(value));
    }
    return objectOf(entries, open, span, written);
  }

  /** A hash key as text: `key:`, `"key" =>`, `:key =>`; undefined for computed keys. */
  private keyOf(key: Node | null): string | undefined {
    if (!key) return undefined;
    if (key.type === 'hash_key_symbol') return key.text;
    return knownText(this.eval(key));
  }

  /** The value a name or path is bound to as seen from `ref`, its property sets folded in; undefined when nothing binds it. */
  private boundValue(name: string, ref: Node): Value | undefined {
    const found = this.resolve(name, ref);
    return found && named(this.withPropertySets(this.bindingValue(found.binding, found.scope), name, ref), name);
  }

  private identifier(node: Node): Value {
    const name = node.text;
    const bound = this.boundValue(name, node);
    if (bound) return bound;
    // A name no assignment binds is a call of a method without arguments.
    const returned = this.returnedBy(name, node);
    return returned ? named(returned, name) : { ...unknown(name, spanOf(node)), names: [name] };
  }

  private constant(node: Node): Value {
    const name = node.text;
    return this.boundValue(name, node) ?? { kind: 'module', path: name, names: [], span: spanOf(node) };
  }

  /** `Net::HTTP::Post`, `Config::API_URL`: a constant of a module the file defines, else a library's module path. */
  private scoped(node: Node): Value {
    const scopeNode = node.childForFieldName('scope');
    const name = node.childForFieldName('name')?.text ?? '';
    const owner = scopeNode ? this.eval(scopeNode) : undefined;
    const path = owner?.kind === 'module' ? `${owner.path}::${name}` : node.text;
    for (const scope of this.index.of('module').concat(this.index.of('class'))) {
      if (scope.childForFieldName('name')?.text !== scopeNode?.text) continue;
      const inner = this.index.scopeFor(scope);
      this.bindings.ensure(name);
      const binding = inner && this.table.lookup(inner.index, name, node.startIndex, this.ownerOf(node));
      if (binding && inner) return named(this.bindingValue(binding, inner.index), path);
    }
    return { kind: 'module', path, names: [], span: spanOf(node) };
  }

  private variable(node: Node): Value {
    const name = node.text;
    // A variable no assignment binds may still have keys set on it.
    return this.boundValue(name, node) ?? named(this.withPropertySets({ ...unknown(name, spanOf(node)), names: [name] }, name, node), name);
  }

  /** `ENV["X"]`, `hash[:key]`, `list[0]`; anything else keeps its text as its name (`credentials.clarifai[:api_key]`). */
  private element(node: Node): Value {
    const object = node.childForFieldName('object');
    const index = namedArgs(node).find((c) => c.id !== object?.id);
    const base = this.eval(object);
    const key = index ? knownText(this.eval(index)) : undefined;
    if (base.kind === 'module' && base.path === 'ENV') return { kind: 'env', name: key, names: [], span: spanOf(node) };
    if (base.kind === 'obj' && key !== undefined) {
      const member = base.get(key);
      if (member) return member;
    }
    if (base.kind === 'list' && index?.type === 'integer') {
      const item = base.items[Number(index.text)];
      if (item) return item();
    }
    return { ...unknown(node.text, spanOf(node)), names: [node.text] };
  }

  private binary(node: Node): Value {
    const op = node.childForFieldName('operator')?.text;
    const leftNode = node.childForFieldName('left');
    const rightNode = node.childForFieldName('right');
    const span = spanOf(node);
    const left = this.eval(leftNode);
    if (op === '||' || op === 'or') {
      const right = this.eval(rightNode);
      // `ENV["X"] || "default"`: an environment read with a fallback.
      if (left.kind === 'env') return { ...left, fallback: left.fallback ?? right, span };
      return left.kind === 'unknown' ? right : left;
    }
    if (op === '+' || op === '<<') {
      const right = this.eval(rightNode);
      if (left.kind === 'str' || (op === '+' && right.kind === 'str')) {
        return concat([left, right], span, [leftNode ? spanOf(leftNode) : undefined, rightNode ? spanOf(rightNode) : undefined]);
      }
    }
    if (op === '%' && left.kind === 'str') {
      const args = this.eval(rightNode);
      return formatValue(left, args.kind === 'list' ? args.items.map((i) => i()) : [args], span);
    }
    return unknown(node.text, span);
  }

  private call(node: Node): Value {
    const receiverNode = node.childForFieldName('receiver');
    const method = node.childForFieldName('method')?.text ?? '';
    const block = node.childForFieldName('block');
    const span = spanOf(node);
    // Arguments as the method receives them: bare `key => value` pairs are one hash.
    const call = this.callValue(node);
    const args = call.args.map((a) => a());
    if (!receiverNode) {
      if (method === 'URI' && args[0]) return args[0];
      if ((method === 'format' || method === 'sprintf') && args[0]) return formatValue(args[0], args.slice(1), span);
      const returned = block ? undefined : this.returnedBy(method, node);
      return returned ? named(returned, method) : call;
    }
    const receiver = this.eval(receiverNode);
    const qualified = receiver.kind === 'module' ? `${receiver.path}.${method}` : undefined;
    if (qualified === 'ENV.fetch') {
      const fallbackNode = block ? namedArgs(block.childForFieldName('body')).pop() : undefined;
      return { kind: 'env', name: knownText(args[0]), fallback: args[1] ?? (fallbackNode ? this.eval(fallbackNode) : undefined), names: [], span };
    }
    if (qualified === 'URI.parse' && args[0]) return args[0];
    if (qualified === 'URI.join' && args.length > 0) return concat(args, span, call.argSpans);
    if (qualified && SERIALISERS.test(qualified) && args[0]) return args[0];
    if ((qualified === 'Kernel.format' || qualified === 'Kernel.sprintf') && args[0]) return formatValue(args[0], args.slice(1), span);
    if (receiverNode.type === 'self' && !block) {
      const returned = this.returnedBy(method, node);
      if (returned) return named(returned, method);
    }
    // `Faraday.new`, `Rails.application`: a library's method, called.
    if (args.length === 0 && !block && receiver.kind !== 'module') {
      if (SAME_VALUE.has(method)) return receiver;
      const part = urlPart(receiver, method);
      if (part) return part;
      if (isPath(receiverNode)) {
        const set = this.pathValue(`${compactPath(receiverNode)}.${method}`, node);
        if (set) return set;
      }
      // An attribute read (`Rails.application.credentials.clarifai_api_key`): known by its text.
      return { ...unknown(node.text, span), names: [node.text] };
    }
    if (method === 'merge' && args.length > 0) {
      const merged = mergeObjects(receiver, ...args);
      if (merged?.kind === 'obj') return { ...merged, span };
    }
    if (method === 'join' && receiver.kind === 'list') {
      const separator = args[0] ? knownText(args[0]) : '';
      if (separator !== undefined) return concat(receiver.items.flatMap((item, i) => (i > 0 ? [str([{ text: separator }]), item()] : [item()])), span);
    }
    return call;
  }

  /**
   * The value a method of the file returns: its last expression, when it has no other `return`. Its parameters stay
   * run-time values: a body built from them still shows its keys.
   */
  private returnedBy(name: string, ref: Node): Value | undefined {
    const def = this.methodNamed(name, ref);
    if (!def) return undefined;
    const body = def.childForFieldName('body');
    if (!body) return undefined;
    const last = body.type === 'body_statement' ? namedArgs(body).pop() : body;
    if (!last || ['rescue', 'ensure', 'else'].includes(last.type)) return undefined;
    const returns = def.descendantsOfType('return').filter(isNode);
    if (returns.some((r) => r.id !== last.id)) return undefined;
    return this.eval(last.type === 'return' ? namedArgs(namedArgs(last)[0]).pop() : last);
  }

  /** The binding a name refers to at `ref`: locals up to the method or class, constants and methods outward. */
  private resolve(name: string, ref: Node): { binding: Binding; scope: number } | undefined {
    this.bindings.ensure(name);
    const owner = this.ownerOf(ref);
    for (const scope of this.visibleScopes(name, ref)) {
      this.ensureParams(scope);
      const binding = this.table.lookup(scope.index, name, ref.startIndex, owner);
      if (binding) return { binding, scope: scope.index };
    }
    return undefined;
  }

  protected propertyScopes(ref: Node, path: string): number[] {
    return this.visibleScopes(path, ref).map((scope) => scope.index);
  }

  /** The scopes a name (or a path's head) is seen in from `ref`, innermost first: a local's end at its method or class. */
  private visibleScopes(name: string, ref: Node): Scope[] {
    const scopes: Scope[] = [];
    const local = isLocal(name);
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      scopes.push(scope);
      if (local && LOCAL_GATES.has(scope.type)) break;
    }
    return scopes;
  }

  protected ownerOf(node: Node): number {
    return this.index.enclosing(node, FUNCTION_TYPES).index;
  }

  private collect(node: Node): void {
    switch (node.type) {
      case 'assignment':
        this.assign(node, node.childForFieldName('left'), node.childForFieldName('right'));
        return;
      case 'operator_assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right || !isName(left)) return;
        const op = node.text.slice(left.endIndex - node.startIndex, right.startIndex - node.startIndex).trim();
        // `x ||= v` gives x its value when it has none, which is the first time it runs.
        const kind = op === '+=' || op === '<<=' ? 'augment' : op === '||=' ? 'value' : 'opaque';
        this.bind(node, { kind, name: left.text, node: kind === 'opaque' ? node : right });
        return;
      }
      case 'method':
      case 'singleton_method': {
        const name = node.childForFieldName('name')?.text;
        if (name) this.bind(node, { kind: 'function', name: methodKey(name), node });
        return;
      }
      case 'call': {
        // `h.merge!(other)`, `req.add_field("Authorization", v)` as statements of their own.
        const receiver = node.childForFieldName('receiver');
        const method = node.childForFieldName('method')?.text ?? '';
        const args = namedArgs(node.childForFieldName('arguments'));
        if (!receiver || !isPath(receiver) || !MUTATORS.has(method) || !RUBY_STATEMENT_PARENTS.has(node.parent?.type ?? '')) return;
        const path = compactPath(receiver);
        if ((method === 'merge!' || method === 'update') && args.length === 1) this.bind(node, { kind: 'value', name: path, prop: '*', node: args[0]! });
        const key = args.length === 2 ? knownText(this.eval(args[0])) : undefined;
        if ((method === 'store' || method === 'add_field') && key !== undefined) this.bind(node, { kind: 'value', name: path, prop: key, node: args[1]! });
        return;
      }
      case 'binary': {
        // `url << "/outputs"` as a statement appends to the string.
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (node.childForFieldName('operator')?.text !== '<<' || !left || !right || !isName(left) || !RUBY_STATEMENT_PARENTS.has(node.parent?.type ?? '')) return;
        if (this.eval(right).kind === 'str') this.bind(node, { kind: 'augment', name: left.text, node: right });
        return;
      }
    }
  }

  private assign(statement: Node, left: Node | null, right: Node | null): void {
    if (!left || !right) return;
    if (isName(left)) {
      this.bind(statement, right.type === 'right_assignment_list' ? { kind: 'opaque', name: left.text, node: left } : { kind: 'value', name: left.text, node: right });
      return;
    }
    if (left.type === 'element_reference') {
      const object = left.childForFieldName('object');
      const key = namedArgs(left).find((c) => c.id !== object?.id);
      const keyText = key ? knownText(this.eval(key)) : undefined;
      if (object && isPath(object) && keyText !== undefined) this.bind(statement, { kind: 'value', name: compactPath(object), prop: keyText, node: right });
      return;
    }
    if (left.type === 'call') {
      const receiver = left.childForFieldName('receiver');
      const attr = left.childForFieldName('method')?.text;
      if (receiver && attr && isPath(receiver)) this.bind(statement, { kind: 'value', name: `${compactPath(receiver)}.${attr}`, node: right });
      return;
    }
    if (left.type === 'left_assignment_list') {
      const targets = namedArgs(left);
      const values = right.type === 'right_assignment_list' ? namedArgs(right) : [];
      targets.forEach((target, i) => {
        if (!isName(target)) return;
        const value = values.length === targets.length ? values[i] : undefined;
        this.bind(statement, value ? { kind: 'value', name: target.text, node: value } : { kind: 'opaque', name: target.text, node: target });
      });
    }
  }

  /**
   * Adds a binding to the scope its name lives in: locals and paths of locals where they are assigned, constants
   * and methods in their class or module, instance and class variables in their class, globals in the file.
   */
  private bind(statement: Node, binding: Omit<Binding, 'at' | 'owner'>): void {
    const inner = this.index.scopeOf(statement);
    const owner = this.index.within(inner, FUNCTION_TYPES).index;
    const head = binding.name[0] ?? '';
    const scope = head === '$' ? this.index.root : isLocal(binding.name) && binding.kind !== 'function' ? inner : this.index.within(inner, CLASS_TYPES);
    this.table.add(scope.index, { ...binding, at: statement.startIndex, owner });
  }

  /** A method's or lambda's parameters are run-time values; a block's are whatever the caller yields. */
  private ensureParams(scope: Scope): void {
    if (this.paramsDone.has(scope.index) || CLASS_TYPES.has(scope.type)) return;
    this.paramsDone.add(scope.index);
    const params = scope.node.childForFieldName('parameters') ?? namedArgs(scope.node).find((c) => c.type === 'block_parameters' || c.type === 'lambda_parameters');
    const block = scope.type === 'block' || scope.type === 'do_block';
    for (const param of namedArgs(params)) {
      const name = param.type === 'identifier' ? param : param.childForFieldName('name');
      if (!name) continue;
      this.table.add(scope.index, { kind: block ? 'opaque' : 'param', name: name.text, node: param, at: scope.start, owner: scope.index });
    }
  }
}

/**
 * Whether a name (or a path's head) is a local variable: not a constant, an instance, class or global variable,
 * nor a method (whose key ends in `()`).
 */
function isLocal(name: string): boolean {
  return /^[a-z_]/.test(name) && !name.endsWith('()');
}

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** The escapes a string without interpolation decodes (`\\` and its quote), or undefined for one that interpolates. */
function singleQuotedEscapes(source: string): RegExp | undefined {
  if (source.startsWith("'")) return /\\([\\'])/g;
  const open = /^%q(.)/.exec(source)?.[1];
  if (!open) return undefined;
  const close = CLOSING[open] ?? open;
  return new RegExp(`\\\\([\\\\${escapeClass(open)}${escapeClass(close)}])`, 'g');
}

function escapeClass(char: string): string {
  return /[\]\\^-]/.test(char) ? `\\${char}` : char;
}

function isName(node: Node): boolean {
  return RUBY_NAME_TYPES.has(node.type);
}

/** `req`, `@client.headers`, `conn.headers`: a chain of names and argument-less calls that property sets are keyed by. */
export function isPath(node: Node): boolean {
  if (isName(node)) return true;
  if (node.type !== 'call' || node.childForFieldName('arguments') || node.childForFieldName('block')) return false;
  const receiver = node.childForFieldName('receiver');
  return !!receiver && isPath(receiver);
}

/** A path's text without spaces or line breaks. */
export function compactPath(node: Node): string {
  return node.text.replace(/\s+/g, '');
}

/** `uri.host`, `uri.path`, `uri.request_uri` of a URL value whose scheme and host are literal text. */
function urlPart(url: Value, method: string): Value | undefined {
  if (url.kind !== 'str' || !['host', 'hostname', 'path', 'request_uri'].includes(method)) return undefined;
  const first = url.parts[0];
  const origin = first && !isHole(first) ? /^https?:\/\/([^/?#:]*)(?::\d+)?/i.exec(first.text) : null;
  if (!first || isHole(first) || !origin) return undefined;
  if (method === 'host' || method === 'hostname') return str([{ text: origin[1]! }], url.span);
  const rest = first.text.slice(origin[0].length);
  const at = first.at === undefined ? undefined : first.at + origin[0].length;
  return str([...(rest ? [{ ...first, text: rest, at }] : []), ...url.parts.slice(1)], url.span, url.names);
}

/** `format("Key %s", key)`, `"%s/%s" % [a, b]`; named references (`%{id}`, `%<id>s`) are left to run time. */
function formatValue(format: Value, args: readonly Value[], span: Span): Value {
  if (format.kind === 'str' && format.parts.some((p) => !isHole(p) && /%[{<]/.test(p.text))) return unknown('a formatted string', span);
  return printfValue(format, args, span);
}

/** The character a double-quoted escape stands for. */
function decodeEscape(escape: string): string {
  const body = escape.slice(1);
  const unicode = /^u\{?([0-9a-fA-F]+)\}?$/.exec(body);
  if (unicode) return String.fromCodePoint(parseInt(unicode[1]!, 16));
  const hex = /^x([0-9a-fA-F]{1,2})$/.exec(body);
  if (hex) return String.fromCharCode(parseInt(hex[1]!, 16));
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8));
  return DOUBLE_ESCAPES[body] ?? body;
}
