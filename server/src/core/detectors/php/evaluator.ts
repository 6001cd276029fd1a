// Resolves PHP expressions to abstract values by following the file's own bindings: variables inside their function
// (with `global` and closures' `use`), constants from `const` and `define`, class constants and properties, strings
// with interpolation, heredocs, `.` and `sprintf`, and environment reads (`getenv`, `$_ENV`, `$_SERVER`, `env()`).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import type { Binding } from '../../values/bindings';
import { printfValue } from '../../values/format';
import { LazyBindings } from '../../values/lazyBindings';
import { concat, interpolated, knownText, memoize, named, objectOf, str, unknown, type CallValue, type Lazy, type ObjValue, type StrPart, type Value } from '../../values/value';
import { EvaluatorBase } from '../evaluatorBase';
import { isNode, namedArgs, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import { phpBindingKeys } from './bindingKeys';
import type { PhpNames } from './names';

/** Functions with a scope of their own; an arrow function sees the variables around it. */
const FUNCTION_TYPES: ReadonlySet<string> = new Set(['program', 'function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']);
const CLASS_TYPES: ReadonlySet<string> = new Set(['class_declaration', 'interface_declaration', 'trait_declaration', 'enum_declaration']);
/** Node types that open a scope; the program is the root. */
export const PHP_SCOPE_TYPES: ReadonlySet<string> = new Set([...FUNCTION_TYPES, ...CLASS_TYPES].filter((t) => t !== 'program'));
/** Node types whose bindings the evaluator reads (calls: `define`, and setters of protobuf messages). */
export const PHP_BINDING_TYPES = [
  'assignment_expression',
  'augmented_assignment_expression',
  'const_declaration',
  'property_declaration',
  'static_variable_declaration',
  'foreach_statement',
  'catch_clause',
  'function_definition',
  'global_declaration',
  'function_call_expression',
  'member_call_expression',
  'return_statement',
];
const MEMBER_CALLS = new Set(['member_call_expression', 'nullsafe_member_call_expression']);
const MEMBER_ACCESSES = new Set(['member_access_expression', 'nullsafe_member_access_expression']);
/** Calls that give back their first argument as far as a URL, a header or a body is concerned. */
const PASS_THROUGH = new Set(['json_encode', 'strval', 'trim', 'rtrim', 'ltrim', 'urlencode', 'rawurlencode', 'stripslashes']);
const PARAMETER_TYPES = new Set(['simple_parameter', 'variadic_parameter', 'property_promotion_parameter']);
const DOUBLE_QUOTED_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"' };

interface Found {
  binding: Binding;
  scope: number;
  /** How a variable outside its function was reached (`global $x`, `use ($x)`): a fix must not bind beside it. */
  through: string[];
}

export class PhpEvaluator extends EvaluatorBase {
  protected readonly bindings: LazyBindings;
  private readonly paramsDone = new Set<number>();

  /** The index must hold PHP_BINDING_TYPES, PHP_SCOPE_TYPES and `class_declaration`. */
  constructor(
    private readonly index: SyntaxIndex,
    private readonly text: string,
    readonly names: PhpNames,
  ) {
    super();
    this.bindings = new LazyBindings(() => PHP_BINDING_TYPES.map((t) => [t, index.of(t)] as const), phpBindingKeys(text), (node) => this.collect(node));
  }

  /** A call, method call, static call or `new` as a value: callee and arguments, nothing evaluated yet. */
  callValue(node: Node): CallValue {
    const construct = node.type === 'object_creation_expression';
    const argsNode = node.childForFieldName('arguments') ?? node.namedChildren.find((c) => c?.type === 'arguments') ?? null;
    const positional: Node[] = [];
    const named = new Map<string, Node>();
    for (const arg of namedArgs(argsNode)) {
      if (arg.type !== 'argument') continue;
      const name = arg.childForFieldName('name');
      const value = namedArgs(arg).filter((c) => c.id !== name?.id).pop();
      if (!value || value.type === 'variadic_unpacking') continue;
      if (name) named.set(name.text, value);
      else positional.push(value);
    }
    const lazy = (n: Node): Lazy<Value> => memoize(() => this.eval(n));
    // A protobuf message (and a Guzzle client) takes its fields as one array: its keys read like keyword arguments.
    const fields = construct && positional.length === 1 ? this.eval(positional[0]) : undefined;
    const options = fields?.kind === 'obj' ? fields : undefined;
    const namedValues = new Map([...named].map(([k, n]) => [k, lazy(n)]));
    const { callee, method, receiver } = this.calleeOf(node);
    return {
      kind: 'call',
      callee,
      construct,
      method,
      receiver: receiver ? lazy(receiver) : undefined,
      args: positional.map(lazy),
      argSpans: positional.map(spanOf),
      kwargNames: [...new Set([...named.keys(), ...(options?.keys ?? [])])],
      kwarg: (name) => namedValues.get(name)?.() ?? options?.get(name),
      kwargSpan: (name) => {
        const n = named.get(name);
        return n ? spanOf(n) : options?.at?.(name);
      },
      calleeSpan: { start: node.startIndex, end: argsNode?.startIndex ?? node.endIndex },
      argsSpan: spanOf(argsNode ?? node),
      names: [],
      span: spanOf(node),
    };
  }

  /** A method call's name and receiver, a function's or a class's qualified name. */
  private calleeOf(node: Node): { callee: string; method?: string; receiver?: Node } {
    if (MEMBER_CALLS.has(node.type)) {
      const object = node.childForFieldName('object');
      const method = node.childForFieldName('name')?.text;
      return { callee: `${object?.text ?? ''}->${method ?? ''}`, method, receiver: object ?? undefined };
    }
    if (node.type === 'scoped_call_expression') {
      const scope = node.childForFieldName('scope');
      const method = node.childForFieldName('name')?.text;
      return { callee: `${scope ? this.className(scope) : ''}::${method ?? ''}`, method };
    }
    if (node.type === 'object_creation_expression') {
      const cls = node.namedChildren.find((c) => c?.type === 'name' || c?.type === 'qualified_name');
      return { callee: cls ? this.names.qualify(cls) : '' };
    }
    const fn = node.childForFieldName('function');
    return { callee: fn ? fn.text.replace(/\s+/g, '').replace(/^\\/, '') : '' };
  }

  /** `self`, `static` and `parent` name no class we resolve; other names are qualified through the imports. */
  private className(scope: Node): string {
    return scope.type === 'relative_scope' ? scope.text : this.names.qualify(scope);
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    switch (node.type) {
      case 'string':
        return this.quoted(node, false);
      case 'encapsed_string':
        return this.quoted(node, true);
      case 'heredoc':
      case 'nowdoc':
        return this.heredoc(node);
      case 'binary_expression':
        return this.binary(node);
      case 'conditional_expression':
        return this.conditional(node);
      case 'parenthesized_expression':
      case 'cast_expression':
        return this.eval(namedArgs(node).pop());
      case 'variable_name':
        return this.variable(node);
      case 'name':
      case 'qualified_name':
        return this.constant(node);
      case 'member_access_expression':
      case 'nullsafe_member_access_expression':
        return this.property(node);
      case 'subscript_expression':
        return this.subscript(node);
      case 'class_constant_access_expression':
        return this.classConstant(node);
      case 'scoped_property_access_expression':
        return this.staticProperty(node);
      case 'function_call_expression':
        return this.functionCall(node);
      case 'member_call_expression':
      case 'nullsafe_member_call_expression':
        return this.methodCall(node);
      case 'scoped_call_expression':
      case 'object_creation_expression':
        return this.callValue(node);
      case 'array_creation_expression':
        return this.array(node);
      case 'integer':
      case 'float':
      case 'boolean':
      case 'null':
        return { kind: 'prim', text: node.text, names: [], span };
      default:
        return unknown(node.text, span);
    }
  }

  /** `'…'` and `"…"` (with a `b` prefix too): the text between the quotes. */
  private quoted(node: Node, interpolating: boolean): Value {
    const open = /^[bB]/.test(this.text[node.startIndex] ?? '') ? 2 : 1;
    return this.literal(node, node, node.startIndex + open, node.endIndex - 1, interpolating);
  }

  /** A heredoc interpolates like a double-quoted string, a nowdoc is raw; both start on the line after `<<<`. */
  private heredoc(node: Node): Value {
    const body = node.childForFieldName('value');
    if (!body) return str([], spanOf(node));
    const start = body.startIndex + (/^\r?\n/.exec(this.text.slice(body.startIndex, body.startIndex + 2))?.[0].length ?? 0);
    if (node.type === 'nowdoc') return str([{ text: this.text.slice(start, body.endIndex), at: start, literal: spanOf(node) }], spanOf(node));
    return this.literal(node, body, start, body.endIndex, true);
  }

  /**
   * The parts of a string literal's content [from, to): source text as written, escapes decoded (without a source
   * offset), and each interpolation (`$x`, `{$x->y}`, `${x}`) a run-time piece written where it stands.
   */
  private literal(node: Node, holder: Node, from: number, to: number, interpolating: boolean): Value {
    const literal = spanOf(node);
    const parts: StrPart[] = [];
    let cursor = from;
    const sourceUpTo = (end: number) => {
      if (end > cursor) parts.push({ text: this.text.slice(cursor, end), at: cursor, literal });
      cursor = Math.max(cursor, end);
    };
    let brace: number | undefined;
    for (const child of holder.children) {
      if (!child || child.endIndex <= from || child.startIndex >= to) continue;
      if (!child.isNamed) {
        // `{$expr}`: the braces belong to the interpolation.
        if (interpolating && child.type === '{') {
          sourceUpTo(child.startIndex);
          brace = child.startIndex;
          cursor = child.endIndex;
        } else if (interpolating && child.type === '}' && brace !== undefined) {
          cursor = child.endIndex;
          brace = undefined;
        }
        continue;
      }
      if (child.type === 'string_content') continue;
      sourceUpTo(child.startIndex);
      if (child.type === 'escape_sequence') parts.push({ text: interpolating ? decodeDoubleQuoted(child.text) : child.text.slice(1) });
      else if (interpolating) {
        const close = brace !== undefined && child.nextSibling?.type === '}' ? child.nextSibling.endIndex : child.endIndex;
        const written = brace !== undefined ? { start: brace, end: close } : spanOf(child);
        parts.push(...interpolated(child.type === 'dynamic_variable_name' ? this.dynamicVariable(child) : this.eval(child), written));
      }
      cursor = child.endIndex;
    }
    sourceUpTo(to);
    return str(parts, literal);
  }

  /** `${name}` inside a string is the variable `$name`. */
  private dynamicVariable(node: Node): Value {
    const name = namedArgs(node)[0];
    return name?.type === 'name' ? this.variableNamed(`$${name.text}`, node) : unknown(node.text, spanOf(node));
  }

  private binary(node: Node): Value {
    const op = node.childForFieldName('operator')?.text;
    const leftNode = node.childForFieldName('left');
    const rightNode = node.childForFieldName('right');
    if (op === '.') return concat([this.eval(leftNode), this.eval(rightNode)], spanOf(node), [leftNode ? spanOf(leftNode) : undefined, rightNode ? spanOf(rightNode) : undefined]);
    if (op === '??') return this.orElse(this.eval(leftNode), rightNode, node);
    return unknown(node.text, spanOf(node));
  }

  /** `a ?: b` (a ternary without its middle); a full ternary is only known at run time. */
  private conditional(node: Node): Value {
    if (node.childForFieldName('body')) return unknown(node.text, spanOf(node));
    return this.orElse(this.eval(node.childForFieldName('condition')), node.childForFieldName('alternative'), node);
  }

  /** `getenv('X') ?: '…'`, `$_ENV['X'] ?? '…'`: an environment read keeps the default as its fallback. */
  private orElse(left: Value, rightNode: Node | null, node: Node): Value {
    if (left.kind === 'env') return { ...left, fallback: left.fallback ?? this.eval(rightNode), span: spanOf(node) };
    return left.kind === 'unknown' ? this.eval(rightNode) : left;
  }

  private variable(node: Node): Value {
    const name = node.text;
    if (name === '$this') return unknown(name, spanOf(node));
    if (name === '$_ENV' || name === '$_SERVER') return envObject(spanOf(node));
    return this.variableNamed(name, node);
  }

  private variableNamed(name: string, ref: Node): Value {
    const found = this.resolveVariable(name, ref);
    if (!found) return { ...unknown(name, spanOf(ref)), names: [name] };
    const value = this.withPropertySets(this.bindingValue(found.binding, found.scope), name, ref);
    return { ...value, names: [name, ...found.through, ...value.names.filter((n) => n !== name)] };
  }

  /**
   * The binding a variable refers to: in its function (an arrow function also sees the variables around it), or,
   * through `global $x` or a closure's `use ($x)`, outside it.
   */
  private resolveVariable(name: string, ref: Node): Found | undefined {
    this.bindings.ensure(name);
    const through: string[] = [];
    let at = ref;
    let scope = this.functionOf(ref);
    for (;;) {
      this.ensureParams(scope);
      const binding = this.table.lookup(scope.index, name, at.startIndex, this.ownerOf(at));
      if (binding) return { binding, scope: scope.index, through };
      if (scope === this.index.root) return undefined;
      if (scope.type === 'arrow_function' || (scope.type === 'anonymous_function' && this.captures(scope.node, name))) {
        if (scope.type === 'anonymous_function') through.push(`use (${name})`);
        at = scope.node;
        scope = this.functionOf(scope.node);
        continue;
      }
      this.bindings.ensure(`global ${name}`);
      if (!this.table.binds(scope.index, `global ${name}`)) return undefined;
      through.push(`global ${name}`);
      scope = this.index.root;
    }
  }

  /** Whether a closure's `use (…)` clause brings in the variable. */
  private captures(closure: Node, name: string): boolean {
    const clause = closure.namedChildren.find((c) => c?.type === 'anonymous_function_use_clause');
    return !!clause && namedArgs(clause).some((v) => v.text.replace(/^&/, '') === name || v.descendantsOfType('variable_name').some((d) => d?.text === name));
  }

  /** A constant: `const X = …` or `define('X', …)` in this file; PHP's own (`CURLOPT_URL`) stay names. */
  private constant(node: Node): Value {
    const name = node.text.replace(/^.*\\/, '');
    this.bindings.ensure(name);
    const binding = this.table.lookup(this.index.root.index, name, node.startIndex, this.ownerOf(node));
    if (!binding) return { ...unknown(name, spanOf(node)), names: [name] };
    return named(this.bindingValue(binding, this.index.root.index), name);
  }

  /** `self::X`, `static::X`, `ClassName::X` for a class of this file; `ClassName::class` is the class's name. */
  private classConstant(node: Node): Value {
    const [scopeNode, nameNode] = namedArgs(node);
    const name = nameNode?.text ?? '';
    if (scopeNode && name === 'class' && scopeNode.type !== 'relative_scope') return str([{ text: this.names.qualify(scopeNode) }], spanOf(node));
    const cls = scopeNode ? this.classNamed(scopeNode, node) : undefined;
    const key = `::${name}`;
    this.bindings.ensure(key);
    const binding = cls ? this.table.lookup(cls.index, key, node.startIndex, this.ownerOf(node)) : undefined;
    if (!binding) return { ...unknown(node.text, spanOf(node)), names: [name] };
    // Named like a constant: a use through `self::`, `static::` or the class name is one of its uses.
    return named(this.bindingValue(binding, cls!.index), name);
  }

  /** `self::$x`, `static::$x`. */
  private staticProperty(node: Node): Value {
    const scopeNode = node.childForFieldName('scope');
    const variable = node.childForFieldName('name');
    const cls = scopeNode ? this.classNamed(scopeNode, node) : undefined;
    const key = `::${variable?.text ?? ''}`;
    this.bindings.ensure(key);
    const binding = cls ? this.table.lookup(cls.index, key, node.startIndex, this.ownerOf(node)) : undefined;
    const path = node.text.replace(/\s+/g, '');
    if (!binding) return { ...unknown(path, spanOf(node)), names: [path] };
    return named(this.bindingValue(binding, cls!.index), path);
  }

  /** The class a scope names: the enclosing one for `self` and `static`, or a class of this file by its name. */
  private classNamed(scopeNode: Node, ref: Node): Scope | undefined {
    if (scopeNode.type === 'relative_scope') return scopeNode.text === 'parent' ? undefined : this.classOf(ref);
    const name = scopeNode.text.replace(/^.*\\/, '').toLowerCase();
    const declaration = this.index.of('class_declaration').find((c) => c.childForFieldName('name')?.text.toLowerCase() === name);
    return declaration ? this.index.scopeFor(declaration) : undefined;
  }

  /** `$this->x` (a property of the enclosing class), or a property of another value. */
  private property(node: Node): Value {
    const object = node.childForFieldName('object');
    const name = node.childForFieldName('name');
    const path = node.text.replace(/\s+/g, '').replace(/\?->/g, '->');
    if (object?.text === '$this' && name?.type === 'name') {
      const cls = this.classOf(node);
      const key = `$this->${name.text}`;
      this.bindings.ensure(key);
      // Constructor parameters promoted to properties (`private string $apiKey`).
      const constructor = this.methodDefinition('__construct', node);
      const constructorScope = constructor ? this.index.scopeFor(constructor) : undefined;
      if (constructorScope) this.ensureParams(constructorScope);
      const binding = cls ? this.table.lookup(cls.index, key, node.startIndex, this.ownerOf(node)) : undefined;
      const base = binding ? this.bindingValue(binding, cls!.index) : { ...unknown(key, spanOf(node)), names: [key] };
      return named(this.withPropertySets(base, key, node), key);
    }
    const base = this.eval(object);
    return named({ kind: 'attr', object: base, attr: name?.text ?? '', text: path, names: [], span: spanOf(node) }, path);
  }

  /** `$a['k']`, and the environment (`$_ENV['X']`, `$_SERVER['X']`) and globals (`$GLOBALS['x']`). */
  private subscript(node: Node): Value {
    const [object, index] = namedArgs(node);
    if (!object) return unknown(node.text, spanOf(node));
    const key = index ? this.keyOf(index) : undefined;
    if (object.text === '$_ENV' || object.text === '$_SERVER') return { kind: 'env', name: key, names: [], span: spanOf(node) };
    if (object.text === '$GLOBALS' && key !== undefined) {
      this.bindings.ensure(`$${key}`);
      const binding = this.table.lookup(this.index.root.index, `$${key}`, node.startIndex, this.ownerOf(node));
      if (binding) return named(this.bindingValue(binding, this.index.root.index), `$${key}`);
    }
    const base = this.eval(object);
    if (base.kind === 'obj' && key !== undefined) {
      const value = base.get(key);
      if (value) return value;
    }
    const path = node.text.replace(/\s+/g, '');
    return { ...unknown(path, spanOf(node)), names: [path] };
  }

  /** An array key: a literal, a constant of this file, or a constant's own name (`CURLOPT_URL`). */
  keyOf(node: Node): string | undefined {
    if (node.type === 'name') {
      const value = this.constant(node);
      return knownText(value) ?? (value.kind === 'prim' ? value.text : node.text);
    }
    const value = this.eval(node);
    return knownText(value) ?? (value.kind === 'prim' ? value.text : undefined);
  }

  private functionCall(node: Node): Value {
    const call = this.callValue(node);
    const span = spanOf(node);
    const fn = call.callee.replace(/^.*\\/, '').toLowerCase();
    const arg = (i: number) => call.args[i]?.();
    switch (fn) {
      case 'getenv':
        return call.args.length > 0 ? { kind: 'env', name: knownText(arg(0)), names: [], span } : call;
      case 'env':
        // Laravel's env('X', 'default').
        return call.args.length > 0 ? { kind: 'env', name: knownText(arg(0)), fallback: arg(1), names: [], span } : call;
      case 'sprintf':
        return call.args.length > 0 ? printfValue(arg(0)!, call.args.slice(1).map((a) => a()), span) : call;
      case 'vsprintf': {
        const list = arg(1);
        return list?.kind === 'obj' && !list.open ? printfValue(arg(0)!, list.keys.map((k) => list.get(k)!), span) : unknown(node.text, span);
      }
      case 'constant': {
        const name = knownText(arg(0));
        if (name === undefined) return call;
        this.bindings.ensure(name);
        const binding = this.table.lookup(this.index.root.index, name, node.startIndex, this.ownerOf(node));
        return binding ? named(this.bindingValue(binding, this.index.root.index), name) : { ...unknown(name, span), names: [name] };
      }
      case 'config': {
        // Laravel's config('services.clarifai.key'): a setting, known by its key.
        const key = knownText(arg(0));
        return key === undefined ? call : { ...unknown(node.text, span), names: [`config('${key}')`] };
      }
      case 'curl_init':
        // A curl handle is read as its options, starting with the URL it is opened with.
        return objectOf(new Map(call.args.length > 0 ? [['CURLOPT_URL', call.args[0]!]] : []), false, span, new Map(call.argSpans.slice(0, 1).map((s) => ['CURLOPT_URL', s])));
    }
    if (PASS_THROUGH.has(fn) && call.args.length > 0) return arg(0)!;
    if (!call.callee.includes('\\')) {
      const def = this.functionDefinition(fn, node);
      const body = def ? this.singleReturn(def) : undefined;
      if (body) return this.eval(body);
    }
    return call;
  }

  /** A function of this file (functions are global: any one defined in the file). */
  private functionDefinition(name: string, ref: Node): Node | undefined {
    const key = `${name}()`;
    this.bindings.ensure(key);
    return this.table.lookup(this.index.root.index, key, ref.startIndex, this.ownerOf(ref))?.node;
  }

  /**
   * A method call; a setter on a protobuf message built in place (`(new Request())->setModelId('x')`) gives the
   * message with that field, and `$this->m()` the single return of a parameterless method of the class.
   */
  private methodCall(node: Node): Value {
    const call = this.callValue(node);
    const method = call.method ?? '';
    if (/^set[A-Z]/.test(method) && call.args.length === 1) {
      const message = call.receiver?.();
      if (message?.kind === 'call' && message.construct) return withField(message, setterField(method), call.args[0]!, call.argSpans[0]!);
    }
    if (node.childForFieldName('object')?.text === '$this' && call.args.length === 0) {
      const def = this.methodDefinition(method, node);
      const body = def ? this.singleReturn(def) : undefined;
      if (body) return this.eval(body);
    }
    return call;
  }

  private methodDefinition(name: string, ref: Node): Node | undefined {
    const cls = this.classOf(ref);
    const members = cls?.node.childForFieldName('body')?.namedChildren ?? [];
    return members.find((m): m is Node => m?.type === 'method_declaration' && m.childForFieldName('name')?.text.toLowerCase() === name.toLowerCase());
  }

  /** The single returned expression of a parameterless function or method, or an arrow function's body. */
  private singleReturn(def: Node): Node | undefined {
    if (namedArgs(def.childForFieldName('parameters')).length > 0) return undefined;
    const body = def.childForFieldName('body');
    if (!body) return undefined;
    if (def.type === 'arrow_function') return body;
    const returns = this.index.of('return_statement').filter((r) => r.startIndex > def.startIndex && r.endIndex <= def.endIndex && this.functionOf(r).node.id === def.id);
    return returns.length === 1 ? namedArgs(returns[0])[0] : undefined;
  }

  /**
   * An array: keys as written (positional items numbered as PHP numbers them), spreads merged, anything else
   * (computed keys) leaving it open.
   */
  private array(node: Node): ObjValue {
    const entries = new Map<string, Lazy<Value>>();
    const written = new Map<string, Span>();
    let open = false;
    let next = 0;
    for (const element of namedArgs(node)) {
      if (element.type !== 'array_element_initializer') continue;
      const parts = namedArgs(element);
      const first = parts[0];
      if (first?.type === 'variadic_unpacking') {
        const spread = this.eval(namedArgs(first)[0]);
        if (spread.kind !== 'obj') open = true;
        else {
          for (const key of spread.keys) entries.set(/^\d+$/.test(key) ? String(next++) : key, () => spread.get(key)!);
          open ||= spread.open;
        }
        continue;
      }
      let valueNode = parts[parts.length - 1];
      if (valueNode?.type === 'by_ref') valueNode = namedArgs(valueNode)[0];
      if (!valueNode) continue;
      let key: string | undefined;
      if (parts.length > 1) {
        key = this.keyOf(first!);
        if (key === undefined) {
          open = true;
          continue;
        }
        if (/^\d+$/.test(key)) next = Math.max(next, Number(key) + 1);
      } else key = String(next++);
      const value = valueNode;
      entries.set(key, memoize(() => this.eval(value)));
      written.set(key, spanOf(value));
    }
    return objectOf(entries, open, spanOf(node), written);
  }

  protected propertyScopes(ref: Node, path: string): number[] {
    const scopes: number[] = [];
    if (path.startsWith('$this->')) {
      const cls = this.classOf(ref);
      if (cls) scopes.push(cls.index);
    }
    for (let scope: Scope | undefined = this.functionOf(ref); scope; ) {
      scopes.push(scope.index);
      if (scope === this.index.root) break;
      const outer = scope.type === 'arrow_function' || (scope.type === 'anonymous_function' && this.captures(scope.node, path));
      if (outer) scope = this.functionOf(scope.node);
      else {
        this.bindings.ensure(`global ${path}`);
        scope = this.table.binds(scope.index, `global ${path}`) ? this.index.root : undefined;
      }
    }
    return scopes;
  }

  private collect(node: Node): void {
    switch (node.type) {
      case 'assignment_expression':
        this.assign(node);
        return;
      case 'augmented_assignment_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left?.type !== 'variable_name' || !right) return;
        const kind = node.childForFieldName('operator')?.text === '.=' ? 'augment' : 'opaque';
        this.bind(node, this.functionOf(node), { kind, name: left.text, node: kind === 'augment' ? right : left });
        return;
      }
      case 'const_declaration': {
        const cls = this.classOf(node);
        for (const element of namedArgs(node)) {
          if (element.type !== 'const_element') continue;
          const [name, value] = [namedArgs(element)[0], namedArgs(element).pop()];
          if (name?.type !== 'name' || !value || value.id === name.id) continue;
          this.bind(node, cls ?? this.index.root, { kind: 'value', name: cls ? `::${name.text}` : name.text, node: value });
        }
        return;
      }
      case 'property_declaration': {
        const cls = this.classOf(node);
        if (!cls) return;
        const isStatic = node.namedChildren.some((c) => c?.type === 'static_modifier');
        for (const element of namedArgs(node)) {
          const variable = element.type === 'property_element' ? element.childForFieldName('name') : undefined;
          if (!variable) continue;
          const value = element.childForFieldName('default_value');
          const name = isStatic ? `::${variable.text}` : `$this->${variable.text.slice(1)}`;
          this.bind(node, cls, value ? { kind: 'value', name, node: value } : { kind: 'declare', name, node: element });
        }
        return;
      }
      case 'static_variable_declaration': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (name) this.bind(node, this.functionOf(node), value ? { kind: 'value', name: name.text, node: value } : { kind: 'declare', name: name.text, node });
        return;
      }
      case 'foreach_statement':
      case 'catch_clause':
        for (const variable of node.descendantsOfType('variable_name').filter(isNode)) {
          if (this.functionOf(variable).node.id !== this.functionOf(node).node.id || !isLoopTarget(node, variable)) continue;
          this.bind(node, this.functionOf(node), { kind: 'opaque', name: variable.text, node: variable });
        }
        return;
      case 'function_definition': {
        const name = node.childForFieldName('name');
        if (name) this.bind(node, this.index.root, { kind: 'function', name: `${name.text.toLowerCase()}()`, node });
        return;
      }
      case 'global_declaration':
        for (const variable of namedArgs(node)) this.bind(node, this.functionOf(node), { kind: 'declare', name: `global ${variable.text}`, node: variable });
        return;
      case 'function_call_expression':
        this.callBinding(node);
        return;
      case 'member_call_expression':
        this.setterBinding(node);
        return;
    }
  }

  private assign(node: Node): void {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    const scope = this.functionOf(node);
    if (left.type === 'variable_name') {
      this.bind(node, scope, { kind: 'value', name: left.text, node: right });
      return;
    }
    if (left.type === 'list_literal') {
      for (const variable of left.descendantsOfType('variable_name').filter(isNode)) this.bind(node, scope, { kind: 'opaque', name: variable.text, node: variable });
      return;
    }
    if (left.type === 'scoped_property_access_expression') {
      const cls = this.classOf(node);
      const variable = left.childForFieldName('name');
      if (cls && variable && left.childForFieldName('scope')?.type === 'relative_scope') this.bind(node, cls, { kind: 'value', name: `::${variable.text}`, node: right });
      return;
    }
    if (MEMBER_ACCESSES.has(left.type) && left.childForFieldName('object')?.text === '$this') {
      const cls = this.classOf(node);
      const name = left.childForFieldName('name');
      if (cls && name?.type === 'name') this.bind(node, cls, { kind: 'value', name: `$this->${name.text}`, node: right });
      return;
    }
    // Property sets: `$h['k'] = v`, `$h[] = v`, `$obj->k = v`, `$this->h['k'] = v`.
    const [object, index] = left.type === 'subscript_expression' ? namedArgs(left) : MEMBER_ACCESSES.has(left.type) ? [left.childForFieldName('object'), left.childForFieldName('name')] : [];
    const path = object ? pathOf(object) : undefined;
    if (!object || !path) return;
    const key = left.type === 'subscript_expression' ? (index ? this.keyOf(index) : `[]@${node.startIndex}`) : index?.text;
    if (key === undefined) return;
    const owner = path.startsWith('$this->') ? this.classOf(node) : scope;
    this.bind(node, owner, { kind: 'value', name: path, prop: key, node: right });
  }

  /** `define('X', v)` defines a constant wherever it runs. */
  private callBinding(node: Node): void {
    if (node.childForFieldName('function')?.text.replace(/^\\/, '').toLowerCase() !== 'define') return;
    const [name, value] = namedArgs(node.childForFieldName('arguments')).map((a) => namedArgs(a).pop());
    const constant = name ? knownText(this.eval(name)) : undefined;
    if (constant !== undefined && value) this.bind(node, this.index.root, { kind: 'value', name: constant, node: value });
  }

  /** `$request->setModelId('x');` as a statement (or a chain of setters) sets the message's `model_id`. */
  private setterBinding(node: Node): void {
    const method = node.childForFieldName('name')?.text ?? '';
    const args = namedArgs(node.childForFieldName('arguments'));
    if (!/^set[A-Z]/.test(method) || args.length !== 1) return;
    let top = node;
    while (top.parent?.type === 'member_call_expression' && top.parent.childForFieldName('object')?.id === top.id) top = top.parent;
    if (top.parent?.type !== 'expression_statement') return;
    let base = node.childForFieldName('object');
    while (base?.type === 'member_call_expression' && /^set[A-Z]/.test(base.childForFieldName('name')?.text ?? '')) base = base.childForFieldName('object');
    const path = base ? pathOf(base) : undefined;
    const value = namedArgs(args[0]).pop();
    if (!path || !value) return;
    const owner = path.startsWith('$this->') ? this.classOf(node) : this.functionOf(node);
    this.bind(node, owner, { kind: 'value', name: path, prop: setterField(method), node: value });
  }

  private bind(statement: Node, scope: Scope | undefined, binding: Omit<Binding, 'at' | 'owner'>): void {
    if (!scope) return;
    this.table.add(scope.index, { ...binding, at: statement.startIndex, owner: this.ownerOf(statement) });
  }

  /** A function's parameters, bound the first time a lookup passes through it; promoted ones are properties too. */
  private ensureParams(scope: Scope): void {
    if (scope === this.index.root || this.paramsDone.has(scope.index)) return;
    this.paramsDone.add(scope.index);
    for (const param of namedArgs(scope.node.childForFieldName('parameters'))) {
      if (!PARAMETER_TYPES.has(param.type)) continue;
      const variable = param.childForFieldName('name');
      if (!variable) continue;
      this.table.add(scope.index, { kind: 'param', name: variable.text, node: variable, at: scope.start, owner: scope.index });
      const cls = param.type === 'property_promotion_parameter' ? this.classOf(scope.node) : undefined;
      if (cls) this.table.add(cls.index, { kind: 'param', name: `$this->${variable.text.slice(1)}`, node: variable, at: scope.start, owner: scope.index });
    }
  }

  /** The innermost function (or the program) containing the node. */
  private functionOf(node: Node): Scope {
    return this.index.enclosing(node, FUNCTION_TYPES);
  }

  protected ownerOf(node: Node): number {
    return this.functionOf(node).index;
  }

  private classOf(node: Node): Scope | undefined {
    const scope = this.index.enclosing(node, CLASS_TYPES);
    return scope === this.index.root ? undefined : scope;
  }
}

/** `$x`, or `$this->x`: the paths property sets are keyed by. */
function pathOf(node: Node): string | undefined {
  if (node.type === 'variable_name' && node.text !== '$this') return node.text;
  if (MEMBER_ACCESSES.has(node.type) && node.childForFieldName('object')?.text === '$this') {
    const name = node.childForFieldName('name');
    return name?.type === 'name' ? `$this->${name.text}` : undefined;
  }
  return undefined;
}

/** `setUserAppId` → `user_app_id`: the field a generated protobuf setter sets. */
export function setterField(method: string): string {
  return method
    .slice(3)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** A message with one more field set. */
function withField(message: CallValue, field: string, value: Lazy<Value>, span: Span): CallValue {
  return {
    ...message,
    kwargNames: [...new Set([...message.kwargNames, field])],
    kwarg: (name) => (name === field ? value() : message.kwarg(name)),
    kwargSpan: (name) => (name === field ? span : message.kwargSpan(name)),
    names: [],
  };
}

/** Whether a variable of a foreach head or a catch clause is the one it binds (not the iterated expression). */
function isLoopTarget(node: Node, variable: Node): boolean {
  if (node.type === 'catch_clause') return node.childForFieldName('name')?.id === variable.id;
  const body = node.childForFieldName('body');
  const iterated = namedArgs(node)[0];
  return (!body || variable.endIndex <= body.startIndex) && !!iterated && variable.startIndex >= iterated.endIndex;
}

function envObject(span: Span): Value {
  return { kind: 'obj', keys: [], get: (key) => ({ kind: 'env', name: key, names: [], span }), open: true, names: [], span };
}

function decodeDoubleQuoted(escape: string): string {
  const c = escape.slice(1);
  if (/^[0-7]{1,3}$/.test(c)) return String.fromCharCode(parseInt(c, 8));
  if (/^x[0-9a-fA-F]{1,2}$/.test(c)) return String.fromCharCode(parseInt(c.slice(1), 16));
  if (/^u\{[0-9a-fA-F]+\}$/.test(c)) return String.fromCodePoint(parseInt(c.slice(2, -1), 16));
  return DOUBLE_QUOTED_ESCAPES[c] ?? escape;
}
