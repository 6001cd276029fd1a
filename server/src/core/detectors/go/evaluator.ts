// Resolves Go expressions to abstract values by following the bindings of one file: constants, package-level and
// local variables, parameters (run-time values), imports, field and key sets (`req.UserAppId = …`,
// `req.Header.Set(k, v)`), environment reads, string concatenation and `fmt.Sprintf`.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import type { Binding } from '../../values/bindings';
import { printfValue } from '../../values/format';
import { LazyBindings } from '../../values/lazyBindings';
import { concat, knownText, memoize, named, objectOf, str, unknown, type CallValue, type Lazy, type StrPart, type Value } from '../../values/value';
import { FunctionScopedEvaluator } from '../functionScopedEvaluator';
import { namedArgs, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import { goBindingKeys, KEY_SETTERS } from './bindingKeys';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['source_file', 'function_declaration', 'method_declaration', 'func_literal']);
/** Node types that open a scope: functions (Go's blocks matter little for the values followed here); the file is the root. */
export const GO_SCOPE_TYPES: ReadonlySet<string> = new Set(['function_declaration', 'method_declaration', 'func_literal']);
/** Node types whose bindings the evaluator reads (calls: `md.Set(k, v)`, `req.Header.Add(k, v)`). */
export const GO_BINDING_TYPES = [
  'short_var_declaration',
  'var_spec',
  'const_spec',
  'assignment_statement',
  'function_declaration',
  'range_clause',
  'import_spec',
  'call_expression',
  'return_statement',
];
/** Node types the evaluator reads besides bindings: struct types, for the JSON names of their fields. */
export const GO_EVALUATOR_TYPES = [...GO_BINDING_TYPES, 'type_spec'];
const PRIMITIVES = new Set(['int_literal', 'float_literal', 'imaginary_literal', 'rune_literal', 'true', 'false', 'nil', 'iota']);
/** Types whose zero value has no fields to read. */
const BASIC_TYPES = /^(?:string|bool|byte|rune|error|any|u?int(?:8|16|32|64)?|uintptr|float(?:32|64)|complex(?:64|128))$/;
/** Calls whose result carries their first argument's value for our purposes: readers, buffers, JSON encoding. */
const PASS_THROUGH = new Set([
  'encoding/json.Marshal',
  'encoding/json.MarshalIndent',
  'bytes.NewBuffer',
  'bytes.NewBufferString',
  'bytes.NewReader',
  'strings.NewReader',
  'strings.TrimSpace',
]);
const ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** The package name an import path gives by default: its last element, without a major-version suffix or `go-` prefix. */
export function defaultPackageName(path: string): string {
  const elements = path.split('/');
  let last = elements[elements.length - 1] ?? path;
  if (/^v\d+$/.test(last) && elements.length > 1) last = elements[elements.length - 2]!;
  return last.replace(/\.v\d+$/, '').replace(/^go-/, '').replace(/[^\w]/g, '_');
}

export class GoEvaluator extends FunctionScopedEvaluator {
  protected readonly bindings: LazyBindings;
  private readonly paramsDone = new Set<number>();
  /** The braces of each composite literal, by the offset where the literal ends. */
  private readonly bodies = new Map<number, Span>();
  private readonly jsonNames = new Map<string, ReadonlyMap<string, string>>();

  /** The index must hold GO_EVALUATOR_TYPES and GO_SCOPE_TYPES. */
  constructor(index: SyntaxIndex, text: string) {
    super(index, FUNCTION_TYPES);
    this.bindings = new LazyBindings(() => GO_BINDING_TYPES.map((t) => [t, index.of(t)] as const), goBindingKeys(text), (node) => this.collect(node));
  }

  /** A call's callee and arguments as a value, nothing evaluated yet. */
  callValue(call: Node): CallValue {
    const fn = call.childForFieldName('function');
    const argsNode = call.childForFieldName('arguments');
    const args = namedArgs(argsNode);
    const receiver = fn?.type === 'selector_expression' ? fn.childForFieldName('operand') : null;
    return {
      method: receiver ? fn?.childForFieldName('field')?.text : undefined,
      receiver: receiver ? memoize(() => this.eval(receiver)) : undefined,
      kind: 'call',
      callee: fn ? this.qualify(fn) : '',
      construct: false,
      args: args.map((a) => memoize(() => this.eval(a))),
      argSpans: args.map(spanOf),
      kwargNames: [],
      kwarg: () => undefined,
      kwargSpan: () => undefined,
      calleeSpan: spanOf(fn ?? call),
      argsSpan: spanOf(argsNode ?? call),
      names: [],
      span: spanOf(call),
    };
  }

  /** The braces `{…}` of the composite literal a value was read from. */
  bodyOf(value: Value | undefined): Span | undefined {
    return value?.span ? this.bodies.get(value.span.end) : undefined;
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    if (PRIMITIVES.has(node.type)) return { kind: 'prim', text: node.text, names: [], span };
    switch (node.type) {
      case 'interpreted_string_literal':
        return this.interpreted(node);
      case 'raw_string_literal': {
        const content = node.namedChildren.find((c) => c?.type === 'raw_string_literal_content');
        return str(content ? [{ text: content.text, at: content.startIndex, literal: span }] : [], span);
      }
      case 'binary_expression':
        return this.binary(node);
      case 'parenthesized_expression':
      case 'expression_list':
      case 'literal_element':
        return this.eval(namedArgs(node)[0]);
      case 'type_conversion_expression':
        return this.eval(node.childForFieldName('operand'));
      case 'unary_expression': {
        const op = node.childForFieldName('operator')?.text;
        if (op !== '&' && op !== '*') return unknown(node.text, span);
        const operand = node.childForFieldName('operand');
        const inner = this.eval(operand);
        // `&api.UserAppIDSet{…}` is written whole (it ends where the literal does, so its braces are found the same
        // way); `&req` is the variable's own value, defined where it is declared.
        return operand?.type === 'composite_literal' ? { ...inner, span } : inner;
      }
      case 'identifier':
        return this.identifier(node);
      case 'selector_expression':
        return this.selector(node);
      case 'index_expression':
        return this.indexed(node);
      case 'call_expression':
        return this.call(node);
      case 'composite_literal': {
        const body = node.childForFieldName('body');
        const type = node.childForFieldName('type');
        return body ? this.literal(body, span, type?.type === 'type_identifier' ? this.jsonFields(type.text) : undefined) : unknown(node.text, span);
      }
      case 'literal_value':
        return this.literal(node, span);
      case 'var_spec':
        return this.zeroValue(node);
      default:
        return unknown(node.text, span);
    }
  }

  private interpreted(node: Node): Value {
    const literal = spanOf(node);
    const parts: StrPart[] = [];
    for (const child of node.namedChildren) {
      if (child?.type === 'interpreted_string_literal_content') parts.push({ text: child.text, at: child.startIndex, literal });
      else if (child?.type === 'escape_sequence') parts.push({ text: decodeEscape(child.text), literal });
    }
    return str(parts, literal);
  }

  private binary(node: Node): Value {
    const leftNode = node.childForFieldName('left');
    const rightNode = node.childForFieldName('right');
    if (node.childForFieldName('operator')?.text !== '+') return unknown(node.text, spanOf(node));
    const left = this.eval(leftNode);
    const right = this.eval(rightNode);
    if (left.kind !== 'str' && right.kind !== 'str') return unknown(node.text, spanOf(node));
    return concat([left, right], spanOf(node), [leftNode ? spanOf(leftNode) : undefined, rightNode ? spanOf(rightNode) : undefined]);
  }

  private identifier(node: Node): Value {
    const name = node.text;
    const found = this.resolve(name, node);
    if (!found) return { ...unknown(name, spanOf(node)), names: [name] };
    const base = this.bindingValue(found.binding, found.scope);
    const value = this.withPropertySets(base, name, node);
    if (value.kind !== 'obj' || value === base) return named(value, name);
    // A field set later (`req.UserAppId = …`) is written where it is set.
    const sets = new Map(this.keySets(name, node).map((set) => [set.prop!, spanOf(set.node)]));
    return named({ ...value, at: (key) => sets.get(key) ?? (base.kind === 'obj' ? base.at?.(key) : undefined) }, name);
  }

  private selector(node: Node): Value {
    const operand = node.childForFieldName('operand');
    const fieldName = node.childForFieldName('field')?.text ?? '';
    if (!operand) return unknown(node.text, spanOf(node));
    const path = node.text.replace(/\s+/g, '');
    const base = this.eval(operand);
    if (base.kind === 'module') return { kind: 'module', path: `${base.path}.${fieldName}`, names: [], span: spanOf(node) };
    if (base.kind === 'obj') {
      const member = base.get(fieldName);
      if (member) return named(member, path);
    }
    if (base.kind === 'call') {
      // A field set on a variable holding a call's result (`req.Header = …` after `http.NewRequest`).
      const member = base.kwarg(fieldName);
      if (member) return named(member, path);
    }
    return named(this.withPropertySets({ kind: 'attr', object: base, attr: fieldName, text: path, names: [], span: spanOf(node) }, path, node), path);
  }

  private indexed(node: Node): Value {
    const operand = node.childForFieldName('operand');
    const index = node.childForFieldName('index');
    const base = this.eval(operand);
    const key = knownText(this.eval(index));
    if (base.kind === 'obj' && key !== undefined) {
      const member = base.get(key);
      if (member) return member;
    }
    if (base.kind === 'list' && index?.type === 'int_literal') {
      const item = base.items[Number(index.text)];
      if (item) return item();
    }
    return { ...unknown(node.text, spanOf(node)), names: [node.text] };
  }

  private call(node: Node): Value {
    const call = this.callValue(node);
    const span = spanOf(node);
    const fn = node.childForFieldName('function');
    const first = call.args[0];
    switch (call.callee) {
      case 'os.Getenv':
      case 'os.LookupEnv':
        return { kind: 'env', name: knownText(first?.()), names: [], span };
      case 'fmt.Sprintf':
        return first ? printfValue(first(), call.args.slice(1).map((arg, i) => placed(arg(), call.argSpans[i + 1]!)), span) : unknown(node.text, span);
    }
    if (PASS_THROUGH.has(call.callee) && first) return first();
    if (fn?.type === 'identifier') {
      const found = this.resolve(fn.text, fn);
      if (!found && fn.text === 'string' && first) return first();
      const returned = found?.binding.kind === 'function' ? this.singleReturn(found.binding.node) : undefined;
      // A helper without parameters stands for what it returns; its name joins the bindings followed.
      if (returned) return named(this.eval(returned), fn.text);
    }
    return call;
  }

  /** The visible `path.Set(k, v)`, `path[k] = v` and `path.k = v` statements for `path` as seen from `ref`, in source order. */
  keySets(path: string, ref: Node): Binding[] {
    this.bindings.ensure(path);
    const owner = this.ownerOf(ref);
    return this.table.propertySets(this.propertyScopes(ref), path).filter((set) => set.owner !== owner || set.at < ref.startIndex);
  }

  /** The JSON names a struct type of this file gives its fields (`json:"user_app_id"`), by field name. */
  private jsonFields(typeName: string): ReadonlyMap<string, string> {
    let names = this.jsonNames.get(typeName);
    if (names) return names;
    const found = new Map<string, string>();
    const spec = this.index.of('type_spec').find((s) => s.childForFieldName('name')?.text === typeName);
    const fields = spec?.childForFieldName('type')?.type === 'struct_type' ? spec.childForFieldName('type')!.descendantsOfType('field_declaration') : [];
    for (const field of fields) {
      const tag = field?.childForFieldName('tag');
      const json = tag ? /(?:^|\s)json:"([^",]*)/.exec(knownText(this.eval(tag)) ?? '')?.[1] : undefined;
      if (field && json) for (const name of field.childrenForFieldName('name')) if (name) found.set(name.text, json);
    }
    this.jsonNames.set(typeName, (names = found));
    return names;
  }

  /** A composite literal's braces: fields or keys as an object, plain elements as a list; fields under their JSON names when the struct gives them. */
  private literal(body: Node, span: Span, jsonFields?: ReadonlyMap<string, string>): Value {
    this.bodies.set(span.end, spanOf(body));
    const elements = namedArgs(body);
    if (!elements.some((e) => e.type === 'keyed_element')) {
      return { kind: 'list', items: elements.map((e) => memoize(() => this.eval(e))), names: [], span };
    }
    const entries = new Map<string, Lazy<Value>>();
    const written = new Map<string, Span>();
    let open = false;
    for (const element of elements) {
      const keyNode = element.childForFieldName('key') ?? element.namedChildren[0];
      const valueNode = element.childForFieldName('value') ?? element.namedChildren[1];
      const keyExpr = keyNode ? namedArgs(keyNode)[0] ?? keyNode : undefined;
      // A struct field is named by a bare identifier; a map key is an expression.
      const key = element.type !== 'keyed_element' ? undefined : keyExpr?.type === 'identifier' ? jsonFields?.get(keyExpr.text) ?? keyExpr.text : knownText(this.eval(keyExpr));
      const valueExpr = valueNode ? namedArgs(valueNode)[0] ?? valueNode : undefined;
      if (key === undefined || !valueExpr) {
        open = true;
        continue;
      }
      entries.set(key, memoize(() => this.eval(valueExpr)));
      written.set(key, spanOf(valueExpr));
    }
    return objectOf(entries, open, span, written);
  }

  /** `var req api.PostModelOutputsRequest`: a struct with no field set (other zero values are not followed). */
  private zeroValue(spec: Node): Value {
    const type = spec.childForFieldName('type');
    if (!type || BASIC_TYPES.test(type.text) || !/^(?:qualified_type|type_identifier)$/.test(type.type)) return unknown(spec.text, spanOf(spec));
    return objectOf(new Map(), false, spanOf(spec));
  }

  /** The single returned expression (the first of several results) of a function without parameters. */
  private singleReturn(def: Node): Node | undefined {
    if (namedArgs(def.childForFieldName('parameters')).length > 0) return undefined;
    const returns = this.index.of('return_statement').filter((r) => r.startIndex > def.startIndex && r.endIndex <= def.endIndex && this.functionOf(r).node.id === def.id);
    return returns.length === 1 ? namedArgs(namedArgs(returns[0])[0])[0] : undefined;
  }

  protected propertyScopes(ref: Node): number[] {
    return this.functionChain(ref);
  }

  private collect(node: Node): void {
    switch (node.type) {
      case 'short_var_declaration':
        this.bindList(node, namedArgs(node.childForFieldName('left')), namedArgs(node.childForFieldName('right')), true);
        return;
      case 'var_spec':
      case 'const_spec': {
        const names = node.childrenForFieldName('name').filter((n): n is Node => n?.type === 'identifier');
        const values = namedArgs(node.childForFieldName('value'));
        if (values.length > 0) this.bindList(node, names, values, true);
        else for (const name of names) this.bind(node, this.functionOf(node), { kind: node.type === 'var_spec' ? 'value' : 'declare', name: name.text, node });
        return;
      }
      case 'assignment_statement':
        this.assign(node);
        return;
      case 'range_clause':
        for (const id of namedArgs(node.childForFieldName('left'))) if (id.type === 'identifier') this.bind(node, this.functionOf(node), { kind: 'opaque', name: id.text, node: id });
        return;
      case 'function_declaration': {
        const name = node.childForFieldName('name');
        if (name) this.bind(node, this.index.root, { kind: 'function', name: name.text, node });
        return;
      }
      case 'import_spec': {
        const path = knownText(this.eval(node.childForFieldName('path')));
        const alias = node.childForFieldName('name');
        if (path === undefined || alias?.type === 'blank_identifier' || alias?.type === 'dot') return;
        this.bind(node, this.index.root, { kind: 'import', name: alias?.text ?? defaultPackageName(path), module: path, node });
        return;
      }
      case 'call_expression':
        this.keySet(node);
        return;
    }
  }

  /** `a, b := x, y` pairs names and values; `v, err := f()` binds the call to the first name (its result), the rest run-time. */
  private bindList(statement: Node, names: readonly Node[], values: readonly Node[], declares: boolean): void {
    names.forEach((name, i) => {
      if (name.type !== 'identifier' || name.text === '_') return;
      const scope = declares ? this.functionOf(statement) : this.declaringScope(name.text, statement);
      const value = values.length === names.length ? values[i] : i === 0 && values.length === 1 ? values[0] : undefined;
      this.bind(statement, scope, value ? { kind: 'value', name: name.text, node: value } : { kind: 'opaque', name: name.text, node: name });
    });
  }

  private assign(node: Node): void {
    const left = namedArgs(node.childForFieldName('left'));
    const right = namedArgs(node.childForFieldName('right'));
    const op = node.childForFieldName('operator')?.text;
    if (op === '+=' && left.length === 1 && left[0]!.type === 'identifier' && right[0]) {
      this.bind(node, this.declaringScope(left[0]!.text, node), { kind: 'augment', name: left[0]!.text, node: right[0] });
      return;
    }
    if (op !== '=') return;
    const plain = left.filter((l) => l.type === 'identifier');
    if (plain.length === left.length) {
      this.bindList(node, left, right, false);
      return;
    }
    left.forEach((target, i) => {
      const value = right.length === left.length ? right[i] : undefined;
      if (!value) return;
      const set = keyOf(target, (n) => knownText(this.eval(n)));
      if (set) this.bind(node, this.declaringScope(set.path.split('.')[0]!, node), { kind: 'value', name: set.path, prop: set.key, node: value });
    });
  }

  /** `md.Set("authorization", v)`, `req.Header.Add(k, v)` as statements: a key set on the receiver. */
  private keySet(call: Node): void {
    if (call.parent?.type !== 'expression_statement') return;
    const fn = call.childForFieldName('function');
    const receiver = fn?.childForFieldName('operand');
    const method = fn?.childForFieldName('field')?.text ?? '';
    const args = namedArgs(call.childForFieldName('arguments'));
    if (fn?.type !== 'selector_expression' || !receiver || !isPath(receiver) || !KEY_SETTERS.test(method) || args.length < 2) return;
    const key = knownText(this.eval(args[0]));
    const path = receiver.text.replace(/\s+/g, '');
    if (key !== undefined) this.bind(call, this.declaringScope(path.split('.')[0]!, call), { kind: 'value', name: path, prop: key, node: args[1]! });
  }

  /** Binds after the statement: its own right-hand side still sees the previous binding (`ctx = f(ctx)`). */
  private bind(statement: Node, scope: Scope, binding: Omit<Binding, 'at' | 'owner'>): void {
    this.table.add(scope.index, { ...binding, at: statement.endIndex, owner: this.ownerOf(statement) });
  }

  /** A function's parameters and receiver, bound the first time a lookup passes through it. */
  protected ensureParams(scope: Scope): void {
    if (scope === this.index.root || this.paramsDone.has(scope.index)) return;
    this.paramsDone.add(scope.index);
    for (const list of [scope.node.childForFieldName('receiver'), scope.node.childForFieldName('parameters')]) {
      for (const param of namedArgs(list)) {
        for (const id of param.childrenForFieldName('name')) {
          if (id?.type === 'identifier') this.table.add(scope.index, { kind: 'param', name: id.text, node: id, at: scope.start, owner: scope.index });
        }
      }
    }
  }
}

/** `a.b.c` or `x`: a chain of names that sets can be keyed by. */
export function isPath(node: Node): boolean {
  if (node.type === 'identifier') return true;
  if (node.type !== 'selector_expression') return false;
  const operand = node.childForFieldName('operand');
  return !!operand && isPath(operand);
}

/** The path and key an assignment target sets: `req.UserAppId` sets `UserAppId` of `req`, `h["K"]` sets `K` of `h`. */
function keyOf(target: Node, text: (n: Node) => string | undefined): { path: string; key: string } | undefined {
  if (target.type === 'selector_expression') {
    const operand = target.childForFieldName('operand');
    const key = target.childForFieldName('field')?.text;
    return operand && key && isPath(operand) ? { path: operand.text.replace(/\s+/g, ''), key } : undefined;
  }
  if (target.type === 'index_expression') {
    const operand = target.childForFieldName('operand');
    const index = target.childForFieldName('index');
    const key = index ? text(index) : undefined;
    return operand && key !== undefined && isPath(operand) ? { path: operand.text.replace(/\s+/g, ''), key } : undefined;
  }
  return undefined;
}

/** A `fmt.Sprintf` argument that is only known at run time keeps where it is written, so that a fix can replace it. */
function placed(value: Value, at: Span): Value {
  if (value.kind === 'str' || value.kind === 'prim') return value;
  return { kind: 'str', parts: [{ hole: value, written: { span: at, interpolation: false } }], names: value.names, span: value.span };
}

function decodeEscape(escape: string): string {
  const c = escape.slice(1);
  if (/^(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})$/.test(c)) return String.fromCodePoint(parseInt(c.slice(1), 16));
  if (/^[0-7]{3}$/.test(c)) return String.fromCharCode(parseInt(c, 8));
  return ESCAPES[c] ?? c;
}

