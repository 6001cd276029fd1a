// Resolves Python expressions to abstract values by following simple bindings inside one file.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import type { Binding } from '../../values/bindings';
import { EvaluatorBase } from '../evaluatorBase';
import { LazyBindings } from '../../values/lazyBindings';
import { pythonBindingKeys } from './bindingKeys';
import { isNode, namedArgs, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import {
  asStr,
  concat,
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
  type ObjValue,
  type StrPart,
  type Value,
} from '../../values/value';

/** Node types that open a scope; the module is the root scope. */
export const PYTHON_SCOPE_TYPES: ReadonlySet<string> = new Set(['function_definition', 'lambda', 'class_definition']);
const FUNCTION_TYPES: ReadonlySet<string> = new Set(['module', 'function_definition', 'lambda']);
const CLASS_TYPES: ReadonlySet<string> = new Set(['class_definition']);
/** Node types whose bindings the evaluator reads (calls: `x.update({...})`, `req.add_header(k, v)`). */
export const PYTHON_BINDING_TYPES = [
  'assignment',
  'augmented_assignment',
  'named_expression',
  'import_statement',
  'import_from_statement',
  'function_definition',
  'for_statement',
  'for_in_clause',
  'with_item',
  'except_clause',
  'call',
  'return_statement',
];

export class PythonEvaluator extends EvaluatorBase {
  protected readonly bindings: LazyBindings;
  private readonly paramsDone = new Set<number>();

  /** The index must hold PYTHON_BINDING_TYPES and PYTHON_SCOPE_TYPES. */
  constructor(
    private readonly index: SyntaxIndex,
    text: string,
  ) {
    super();
    this.bindings = new LazyBindings(() => PYTHON_BINDING_TYPES.map((t) => [t, index.of(t)] as const), pythonBindingKeys(text), (node) => this.collect(node));
  }

  /** A call node's callee and arguments as a value, without the special cases `eval` applies. */
  callValue(call: Node): CallValue {
    const fn = call.childForFieldName('function');
    const argsNode = call.childForFieldName('arguments');
    const positional: Node[] = [];
    const keywords = new Map<string, Node>();
    if (argsNode?.type === 'argument_list') {
      for (const arg of argsNode.namedChildren) {
        if (!arg || arg.type === 'comment') continue;
        if (arg.type === 'keyword_argument') {
          const name = arg.childForFieldName('name');
          const value = arg.childForFieldName('value');
          if (name && value) keywords.set(name.text, value);
        } else positional.push(arg);
      }
    }
    const lazy = (n: Node): Lazy<Value> => memoize(() => this.eval(n));
    const kwargValues = new Map([...keywords].map(([k, n]) => [k, lazy(n)]));
    const receiver = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
    return {
      method: receiver ? fn?.childForFieldName('attribute')?.text : undefined,
      receiver: receiver ? lazy(receiver) : undefined,
      kind: 'call',
      callee: fn ? this.qualify(fn) : '',
      construct: false,
      args: positional.map(lazy),
      argSpans: positional.map(spanOf),
      kwargNames: [...keywords.keys()],
      kwarg: (name) => kwargValues.get(name)?.(),
      kwargSpan: (name) => {
        const n = keywords.get(name);
        return n ? spanOf(n) : undefined;
      },
      calleeSpan: spanOf(fn ?? call),
      argsSpan: spanOf(argsNode ?? call),
      names: [],
      span: spanOf(call),
    };
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    switch (node.type) {
      case 'string':
        return this.string(node);
      case 'concatenated_string':
        return concat(node.namedChildren.filter(isNode).map((n) => this.eval(n)), span);
      case 'parenthesized_expression':
      case 'await':
        return this.eval(node.namedChildren.find((c) => c && c.type !== 'comment'));
      case 'binary_operator':
        return this.binary(node);
      case 'boolean_operator':
        return this.booleanOr(node);
      case 'identifier':
        return this.identifier(node);
      case 'attribute':
        return this.attribute(node);
      case 'subscript':
        return this.subscript(node);
      case 'call':
        return this.call(node);
      case 'dictionary':
        return this.dictionary(node);
      case 'list':
      case 'tuple':
      case 'expression_list':
        return {
          kind: 'list',
          items: node.namedChildren.filter(isNode).filter((c) => c.type !== 'comment').map((c) => memoize(() => this.eval(c))),
          names: [],
          span,
        };
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
        return { kind: 'prim', text: node.text, names: [], span };
      default:
        return unknown(node.text, span);
    }
  }

  private string(node: Node): Value {
    const start = node.child(0);
    const prefix = (start?.type === 'string_start' ? start.text : '').toLowerCase();
    const raw = prefix.includes('r');
    const fstring = prefix.includes('f');
    const parts: StrPart[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'string_content') parts.push({ ...decodeContent(child, raw, fstring), literal: spanOf(node) });
      else if (child.type === 'interpolation') parts.push(...interpolated(this.eval(child.childForFieldName('expression')), spanOf(child)));
    }
    return str(parts, spanOf(node));
  }

  private binary(node: Node): Value {
    const op = node.childForFieldName('operator')?.text;
    const left = this.eval(node.childForFieldName('left'));
    const right = node.childForFieldName('right');
    const leftNode = node.childForFieldName('left');
    if (op === '+' && (left.kind === 'str' || this.eval(right).kind === 'str')) return concat([left, this.eval(right)], spanOf(node), [leftNode ? spanOf(leftNode) : undefined, right ? spanOf(right) : undefined]);
    if (op === '%' && left.kind === 'str') {
      const args = this.eval(right);
      const items = args.kind === 'list' ? args.items.map((i) => i()) : [args];
      return percentFormat(left.parts, items, spanOf(node));
    }
    return unknown(node.text, spanOf(node));
  }

  /** `a or b`: an environment read with a literal default keeps the default as a fallback. */
  private booleanOr(node: Node): Value {
    const left = this.eval(node.childForFieldName('left'));
    if (node.childForFieldName('operator')?.text !== 'or') return unknown(node.text, spanOf(node));
    const right = this.eval(node.childForFieldName('right'));
    if (left.kind === 'env') return { ...left, fallback: left.fallback ?? right, span: spanOf(node) };
    return left.kind === 'unknown' ? right : left;
  }

  private identifier(node: Node): Value {
    const name = node.text;
    const found = this.resolve(name, node);
    if (!found) return { ...unknown(name, spanOf(node)), names: [name] };
    return named(this.withPropertySets(this.bindingValue(found.binding, found.scope), name, node), name);
  }

  private attribute(node: Node): Value {
    const object = node.childForFieldName('object');
    const attr = node.childForFieldName('attribute')?.text ?? '';
    if (!object) return unknown(node.text, spanOf(node));
    const path = node.text;
    if (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls')) {
      const cls = this.classOf(node);
      this.bindings.ensure(path);
      const binding = cls ? this.table.lookup(cls.index, path, node.startIndex, this.ownerOf(node)) : undefined;
      const base = binding ? this.bindingValue(binding, cls!.index) : { ...unknown(path, spanOf(node)), names: [path] };
      return named(this.withPropertySets(base, path, node), path);
    }
    const base = this.eval(object);
    if (base.kind === 'module') {
      if (base.path === 'os.environ' || base.path === 'os') {
        if (attr === 'environ') return { kind: 'module', path: 'os.environ', names: [], span: spanOf(node) };
      }
      return this.withPropertySets({ kind: 'module', path: `${base.path}.${attr}`, names: [], span: spanOf(node) }, path, node);
    }
    if (base.kind === 'obj') {
      const member = base.get(attr);
      if (member) return named(member, path);
    }
    return named(this.withPropertySets({ kind: 'attr', object: base, attr, text: path, names: [], span: spanOf(node) }, path, node), path);
  }

  private subscript(node: Node): Value {
    const object = node.childForFieldName('value');
    const index = node.childForFieldName('subscript');
    if (!object || !index) return unknown(node.text, spanOf(node));
    const base = this.eval(object);
    const key = knownText(this.eval(index));
    // `os.environ[…]` even when a broken file lost its `import os`.
    if ((base.kind === 'module' && base.path === 'os.environ') || object.text === 'os.environ') return { kind: 'env', name: key, names: [], span: spanOf(node) };
    if (base.kind === 'obj' && key !== undefined) {
      const member = base.get(key);
      if (member) return member;
    }
    if (base.kind === 'list' && index.type === 'integer') {
      const item = base.items[Number(index.text)];
      if (item) return item();
    }
    const path = object.text;
    return { ...unknown(node.text, spanOf(node)), names: [key !== undefined && base.kind !== 'obj' ? `${path}[${JSON.stringify(key)}]` : node.text] };
  }

  private call(node: Node): Value {
    const call = this.callValue(node);
    const span = spanOf(node);
    const callee = call.callee;
    const fn = node.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    if (callee === 'os.getenv' || callee === 'os.environ.get' || callee === 'os.environ.setdefault') {
      return { kind: 'env', name: knownText(call.args[0]?.()), fallback: call.args[1]?.() ?? call.kwarg('default'), names: [], span };
    }
    if (/^(decouple\.config|environs?\.Env.*)$/.test(callee)) {
      return { kind: 'env', name: knownText(call.args[0]?.()), fallback: call.kwarg('default'), names: [], span };
    }
    if (callee === 'json.dumps' || callee === 'str') return call.args[0]?.() ?? unknown(node.text, span);
    // `json.dumps(body).encode()`, `"…".strip()`: the same value for our purposes.
    if ((method === 'encode' || method === 'strip') && fn) return this.eval(fn.childForFieldName('object'));
    if (callee === 'dict' && call.args.length === 0) return kwargObject(call, span);
    if (method === 'format' && fn) {
      const template = this.eval(fn.childForFieldName('object'));
      if (template.kind === 'str') return braceFormat(template.parts, call, span);
    }
    if (method === 'join' && fn) {
      const separator = knownText(this.eval(fn.childForFieldName('object')));
      const items = call.args[0]?.();
      if (separator !== undefined && items?.kind === 'list') {
        const values: Value[] = [];
        items.items.forEach((item, i) => {
          if (i > 0) values.push(str([{ text: separator }]));
          values.push(item());
        });
        return concat(values, span);
      }
    }
    if (fn?.type === 'identifier') {
      const found = this.resolve(fn.text, fn);
      if (found?.binding.kind === 'function') {
        const returned = this.singleReturn(found.binding.node);
        if (returned) return this.eval(returned);
      }
    }
    return call;
  }

  private dictionary(node: Node): ObjValue {
    const entries = new Map<string, Lazy<Value>>();
    const written = new Map<string, Span>();
    let open = false;
    for (const child of node.namedChildren) {
      if (!child || child.type === 'comment') continue;
      if (child.type !== 'pair') {
        open = true;
        continue;
      }
      const keyNode = child.childForFieldName('key');
      const valueNode = child.childForFieldName('value');
      const key = keyNode ? knownText(this.eval(keyNode)) : undefined;
      if (key === undefined || !valueNode) open = true;
      else {
        entries.set(key, memoize(() => this.eval(valueNode)));
        written.set(key, spanOf(valueNode));
      }
    }
    return objectOf(entries, open, spanOf(node), written);
  }

  /** A zero-parameter local function whose body is a single `return <expr>`. */
  private singleReturn(def: Node): Node | undefined {
    const params = def.childForFieldName('parameters');
    if (params && params.namedChildren.some((p) => p && p.type !== 'comment')) return undefined;
    const own = this.index.of('return_statement').filter((r) => r.startIndex > def.startIndex && r.endIndex <= def.endIndex && this.index.enclosing(r, FUNCTION_TYPES).node.id === def.id);
    if (own.length !== 1) return undefined;
    return own[0]!.namedChildren.find((c) => c && c.type !== 'comment') ?? undefined;
  }

  private resolve(name: string, ref: Node): { binding: Binding; scope: number } | undefined {
    const owner = this.ownerOf(ref);
    this.bindings.ensure(name);
    let innermost = true;
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      this.ensureParams(scope);
      // A class body's names are not visible inside its methods.
      if (scope.type === 'class_definition' && !innermost) continue;
      innermost = false;
      const binding = this.table.lookup(scope.index, name, ref.startIndex, owner);
      if (binding) return { binding, scope: scope.index };
    }
    return undefined;
  }

  protected propertyScopes(ref: Node, path: string): number[] {
    const scopes: number[] = [];
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) scopes.push(scope.index);
    const cls = path.startsWith('self.') ? this.classOf(ref) : undefined;
    if (cls) scopes.push(cls.index);
    return scopes;
  }

  private collect(node: Node): void {
    switch (node.type) {
      case 'assignment':
      case 'augmented_assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left) return;
        if (node.type === 'augmented_assignment') {
          if (left.type === 'identifier' && right && node.childForFieldName('operator')?.text === '+=')
            this.bind(node, { kind: 'augment', name: left.text, node: right });
          else if (left.type === 'identifier') this.bind(node, { kind: 'opaque', name: left.text, node });
          return;
        }
        if (!right) {
          // `x: int` alone declares without assigning.
          if (left.type === 'identifier') this.bind(node, { kind: 'declare', name: left.text, node });
          return;
        }
        this.bindTarget(node, left, right);
        return;
      }
      case 'named_expression': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (name && value) this.bind(node, { kind: 'value', name: name.text, node: value });
        return;
      }
      case 'import_statement':
        for (const child of node.namedChildren) {
          if (!child) continue;
          if (child.type === 'dotted_name') this.bind(node, { kind: 'import', name: child.text.split('.')[0]!, module: child.text.split('.')[0]!, node });
          else if (child.type === 'aliased_import') {
            const module = child.childForFieldName('name')?.text;
            const alias = child.childForFieldName('alias')?.text;
            if (module && alias) this.bind(node, { kind: 'import', name: alias, module, node });
          }
        }
        return;
      case 'import_from_statement': {
        const moduleNode = node.childForFieldName('module_name');
        const module = moduleNode?.text ?? '';
        for (const child of node.childrenForFieldName('name')) {
          if (!child) continue;
          if (child.type === 'dotted_name') this.bind(node, { kind: 'import', name: child.text, module: joinModule(module, child.text), node });
          else if (child.type === 'aliased_import') {
            const name = child.childForFieldName('name')?.text;
            const alias = child.childForFieldName('alias')?.text;
            if (name && alias) this.bind(node, { kind: 'import', name: alias, module: joinModule(module, name), node });
          }
        }
        return;
      }
      case 'function_definition': {
        const name = node.childForFieldName('name');
        if (name) this.bind(node, { kind: 'function', name: name.text, node });
        return;
      }
      case 'for_statement':
      case 'for_in_clause':
        for (const id of identifiersOf(node.childForFieldName('left'))) this.bind(node, { kind: 'opaque', name: id.text, node: id });
        return;
      case 'with_item': {
        const value = node.childForFieldName('value');
        if (value?.type === 'as_pattern') {
          // `with httpx.Client(...) as client:` — these clients return themselves from __enter__.
          const manager = value.namedChildren.find((c) => c?.type === 'call');
          const alias = identifiersOf(value.childForFieldName('alias'));
          for (const id of alias) this.bind(node, manager && alias.length === 1 ? { kind: 'value', name: id.text, node: manager } : { kind: 'opaque', name: id.text, node: id });
        }
        return;
      }
      case 'except_clause':
        for (const child of node.namedChildren) {
          if (child?.type === 'as_pattern') for (const id of identifiersOf(child.childForFieldName('alias'))) this.bind(node, { kind: 'opaque', name: id.text, node: id });
        }
        return;
      case 'call': {
        // `headers.update({...})` folds keys into `headers`; `req.add_header(k, v)` sets `req.headers[k]`.
        const fn = node.childForFieldName('function');
        const method = fn ? /\.\s*(update|add_header|putheader)$/.exec(fn.text)?.[1] : undefined;
        if (!method) return;
        const target = fn?.childForFieldName('object');
        const args = namedArgs(node.childForFieldName('arguments'));
        if (!target || !isPath(target) || node.parent?.type !== 'expression_statement') return;
        if (method === 'update' && args[0]) this.bind(node, { kind: 'value', name: target.text, prop: '*', node: args[0] });
        if ((method === 'add_header' || method === 'putheader') && args[0]?.type === 'string' && args[1]) {
          const key = knownText(this.string(args[0]));
          if (key !== undefined) this.bind(node, { kind: 'value', name: `${target.text}.headers`, prop: key, node: args[1] });
        }
        return;
      }
    }
  }

  private bindTarget(statement: Node, left: Node, right: Node): void {
    if (left.type === 'identifier') {
      this.bind(statement, { kind: 'value', name: left.text, node: right });
    } else if (left.type === 'attribute' && isPath(left)) {
      this.bind(statement, { kind: 'value', name: left.text, node: right });
      const object = left.childForFieldName('object');
      const attr = left.childForFieldName('attribute')?.text;
      if (object && attr && isPath(object) && !isSelf(object)) this.bind(statement, { kind: 'value', name: object.text, prop: attr, node: right });
    } else if (left.type === 'subscript') {
      const object = left.childForFieldName('value');
      const key = left.childForFieldName('subscript');
      const keyText = key?.type === 'string' ? knownText(this.string(key)) : undefined;
      if (object && isPath(object) && keyText !== undefined) this.bind(statement, { kind: 'value', name: object.text, prop: keyText, node: right });
    } else if (left.type === 'pattern_list' || left.type === 'tuple_pattern') {
      const targets = left.namedChildren.filter(isNode);
      const values = right.type === 'expression_list' || right.type === 'tuple' ? right.namedChildren.filter(isNode) : [];
      targets.forEach((target, i) => {
        const value = values[i];
        if (value && values.length === targets.length) this.bindTarget(statement, target, value);
        else for (const id of identifiersOf(target)) this.bind(statement, { kind: 'opaque', name: id.text, node: id });
      });
    }
  }

  /** Adds a binding to the scope the statement belongs to; `self.x` bindings go to the enclosing class. */
  private bind(statement: Node, binding: Omit<Binding, 'at' | 'owner'>): void {
    const inner = this.index.scopeOf(statement);
    const owner = this.index.within(inner, FUNCTION_TYPES).index;
    let scope = inner;
    if (binding.name.startsWith('self.') || binding.name.startsWith('cls.')) {
      const cls = this.index.within(inner, CLASS_TYPES);
      if (cls !== this.index.root) scope = cls;
    }
    this.table.add(scope.index, { ...binding, at: statement.startIndex, owner });
  }

  /** A function's parameters, bound in its own scope the first time a lookup passes through it. */
  private ensureParams(scope: Scope): void {
    if (scope.type === 'class_definition' || scope === this.index.root || this.paramsDone.has(scope.index)) return;
    this.paramsDone.add(scope.index);
    for (const param of scope.node.childForFieldName('parameters')?.namedChildren ?? []) {
      const id = param ? paramName(param) : undefined;
      if (param && id) this.table.add(scope.index, { kind: 'param', name: id, node: param, at: scope.start, owner: scope.index });
    }
  }

  /** The innermost function (or the module) containing the node, as a scope index. */
  protected ownerOf(node: Node): number {
    return this.index.enclosing(node, FUNCTION_TYPES).index;
  }

  /** The class whose body (or method) contains the node. */
  private classOf(node: Node): Scope | undefined {
    const scope = this.index.enclosing(node, CLASS_TYPES);
    return scope === this.index.root ? undefined : scope;
  }
}

function isSelf(node: Node): boolean {
  return node.type === 'identifier' && (node.text === 'self' || node.text === 'cls');
}

/** `a`, `a.b`, `self.c.d`: a chain of names that property sets can be keyed by. */
function isPath(node: Node): boolean {
  if (node.type === 'identifier') return true;
  if (node.type !== 'attribute') return false;
  const object = node.childForFieldName('object');
  return !!object && isPath(object);
}

function paramName(param: Node): string | undefined {
  switch (param.type) {
    case 'identifier':
      return param.text;
    case 'typed_parameter':
      return param.namedChildren.find((c) => c?.type === 'identifier')?.text;
    case 'default_parameter':
    case 'typed_default_parameter':
      return param.childForFieldName('name')?.text;
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern':
      return param.namedChildren.find((c) => c?.type === 'identifier')?.text;
    default:
      return undefined;
  }
}

function identifiersOf(node: Node | null): Node[] {
  if (!node) return [];
  if (node.type === 'identifier') return [node];
  return node.descendantsOfType('identifier').filter(isNode);
}

function joinModule(module: string, name: string): string {
  return module.endsWith('.') ? module + name : `${module}.${name}`;
}

function kwargObject(call: CallValue, span: { start: number; end: number }): ObjValue {
  const entries = new Map<string, Lazy<Value>>(call.kwargNames.map((k) => [k, () => call.kwarg(k)!]));
  return objectOf(entries, false, span);
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** The text of a string_content node, with escapes decoded; `at` only when decoding changed nothing. */
function decodeContent(node: Node, raw: boolean, fstring: boolean): { text: string; at?: number } {
  const source = node.text;
  let text = raw ? source : source.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/gs, (m, e: string) => {
    if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    return SIMPLE_ESCAPES[e] ?? m;
  });
  if (fstring) text = text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  return text === source ? { text, at: node.startIndex } : { text };
}

/** `'Key %s' % x`. */
function percentFormat(template: readonly StrPart[], args: Value[], span: { start: number; end: number }): Value {
  const out: Value[] = [];
  let next = 0;
  for (const part of template) {
    if (isHole(part)) {
      out.push(asStr(part.hole));
      continue;
    }
    const pieces = part.text.split(/(%[sdrif])/);
    for (const piece of pieces) {
      if (/^%[sdrif]$/.test(piece)) out.push(args[next++] ?? unknown(piece));
      else if (piece) out.push(str([{ text: piece.replace(/%%/g, '%') }]));
    }
  }
  return concat(out, span);
}

/** `'Key {}'.format(x)`, `'{0}'.format(x)`, `'{k}'.format(k=x)`. */
function braceFormat(template: readonly StrPart[], call: CallValue, span: { start: number; end: number }): Value {
  const out: Value[] = [];
  let next = 0;
  for (const part of template) {
    if (isHole(part)) {
      out.push(asStr(part.hole));
      continue;
    }
    for (const piece of part.text.split(/(\{\{|\}\}|\{[^{}]*\})/)) {
      if (piece === '{{') out.push(str([{ text: '{' }]));
      else if (piece === '}}') out.push(str([{ text: '}' }]));
      else if (/^\{[^{}]*\}$/.test(piece)) {
        const key = piece.slice(1, -1).split(/[!:]/)[0]!;
        const arg = key === '' ? call.args[next++]?.() : /^\d+$/.test(key) ? call.args[Number(key)]?.() : call.kwarg(key);
        out.push(arg ?? unknown(piece));
      } else if (piece) out.push(str([{ text: piece }]));
    }
  }
  return concat(out, span);
}
