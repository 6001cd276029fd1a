// Resolves JavaScript and TypeScript expressions to abstract values by following simple bindings inside one file.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import type { Binding } from '../../values/bindings';
import { LazyBindings } from '../../values/lazyBindings';
import { FunctionScopedEvaluator } from '../functionScopedEvaluator';
import { javaScriptBindingKeys, javaScriptBindingRank } from './bindingKeys';
import { namedArgs, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';
import {
  concat,
  environmentObject,
  interpolated,
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

const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'program',
  'function_declaration',
  'generator_function_declaration',
  'function_expression',
  'function',
  'generator_function',
  'arrow_function',
  'method_definition',
]);
const FUNCTION_VALUES = new Set(['arrow_function', 'function_expression', 'function']);
const CLASS_TYPES: ReadonlySet<string> = new Set(['class_declaration', 'class', 'abstract_class_declaration']);
/** Node types that open a scope: functions for names, classes for `this.x`; the program is the root. */
export const JAVASCRIPT_SCOPE_TYPES: ReadonlySet<string> = new Set([...FUNCTION_TYPES, ...CLASS_TYPES].filter((t) => t !== 'program'));
const DECLARATION_TYPES = [
  'variable_declarator',
  'import_statement',
  'function_declaration',
  'generator_function_declaration',
  'public_field_definition',
  'field_definition',
  'for_in_statement',
  'catch_clause',
];
const ASSIGNMENT_TYPES = ['assignment_expression', 'augmented_assignment_expression'];
/** Node types whose bindings the evaluator reads. */
export const JAVASCRIPT_BINDING_TYPES = [...DECLARATION_TYPES, ...ASSIGNMENT_TYPES, 'return_statement'];
const TRANSPARENT = new Set([
  'parenthesized_expression',
  'await_expression',
  'as_expression',
  'satisfies_expression',
  'non_null_expression',
  'type_assertion',
]);

export class JavaScriptEvaluator extends FunctionScopedEvaluator {
  protected readonly bindings: LazyBindings;
  private readonly paramsDone = new Set<number>();

  /** The index must hold JAVASCRIPT_BINDING_TYPES and JAVASCRIPT_SCOPE_TYPES. */
  constructor(index: SyntaxIndex, text: string) {
    super(index, FUNCTION_TYPES);
    this.bindings = new LazyBindings(
      () => JAVASCRIPT_BINDING_TYPES.map((t) => [t, index.of(t)] as const),
      javaScriptBindingKeys(text),
      (node) => (ASSIGNMENT_TYPES.includes(node.type) ? this.assign(node) : this.declare(node)),
      javaScriptBindingRank,
    );
  }

  /** A call or `new` expression as a value: callee and arguments, nothing evaluated yet. */
  callValue(call: Node): CallValue {
    const construct = call.type === 'new_expression';
    const fn = call.childForFieldName(construct ? 'constructor' : 'function');
    const argsNode = call.childForFieldName('arguments');
    const args = argsNode?.type === 'arguments' ? namedArgs(argsNode) : [];
    const receiver = fn?.type === 'member_expression' ? fn.childForFieldName('object') : null;
    return {
      method: receiver ? fn?.childForFieldName('property')?.text : undefined,
      receiver: receiver ? memoize(() => this.eval(receiver)) : undefined,
      kind: 'call',
      callee: fn ? this.qualify(fn) : '',
      construct,
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

  protected compute(node: Node): Value {
    const span = spanOf(node);
    if (TRANSPARENT.has(node.type)) return this.eval(namedArgs(node)[0]);
    switch (node.type) {
      case 'string':
        return this.string(node);
      case 'template_string':
        return this.template(node);
      case 'binary_expression':
        return this.binary(node);
      case 'identifier':
      case 'shorthand_property_identifier':
        return this.identifier(node);
      case 'this':
        return unknown('this', span);
      case 'member_expression':
        return this.member(node);
      case 'subscript_expression':
        return this.subscript(node);
      case 'call_expression':
        return this.call(node);
      case 'new_expression':
        return this.callValue(node);
      case 'object':
        return this.object(node);
      case 'array':
        return { kind: 'list', items: namedArgs(node).map((c) => memoize(() => this.eval(c))), names: [], span };
      case 'number':
      case 'true':
      case 'false':
      case 'null':
      case 'undefined':
        return { kind: 'prim', text: node.text, names: [], span };
      default:
        return unknown(node.text, span);
    }
  }

  private string(node: Node): Value {
    const parts: StrPart[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'string_fragment') parts.push({ text: child.text, at: child.startIndex, literal: spanOf(node) });
      else if (child.type === 'escape_sequence') parts.push({ text: decodeEscape(child.text) });
    }
    return str(parts, spanOf(node));
  }

  private template(node: Node): Value {
    const parts: StrPart[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'string_fragment') parts.push({ text: child.text, at: child.startIndex, literal: spanOf(node) });
      else if (child.type === 'escape_sequence') parts.push({ text: decodeEscape(child.text) });
      else if (child.type === 'template_substitution') parts.push(...interpolated(this.eval(namedArgs(child)[0]), spanOf(child)));
    }
    return str(parts, spanOf(node));
  }

  private binary(node: Node): Value {
    const op = node.childForFieldName('operator')?.text;
    const left = this.eval(node.childForFieldName('left'));
    const rightNode = node.childForFieldName('right');
    if (op === '+') {
      const right = this.eval(rightNode);
      const leftNode = node.childForFieldName('left');
      if (left.kind === 'str' || right.kind === 'str') return concat([left, right], spanOf(node), [leftNode ? spanOf(leftNode) : undefined, rightNode ? spanOf(rightNode) : undefined]);
    }
    if (op === '||' || op === '??') {
      // `process.env.X || "…"` keeps the literal as the fallback; otherwise the left side decides.
      const right = this.eval(rightNode);
      if (left.kind === 'env') return { ...left, fallback: left.fallback ?? right, span: spanOf(node) };
      return left.kind === 'unknown' ? right : left;
    }
    return unknown(node.text, spanOf(node));
  }

  private identifier(node: Node): Value {
    const name = node.text;
    if (name === 'undefined') return { kind: 'prim', text: name, names: [], span: spanOf(node) };
    const found = this.resolve(name, node);
    if (!found) return { ...unknown(name, spanOf(node)), names: [name] };
    return named(this.withPropertySets(this.bindingValue(found.binding, found.scope), name, node), name);
  }

  private member(node: Node): Value {
    const object = node.childForFieldName('object');
    const prop = node.childForFieldName('property')?.text ?? '';
    if (!object) return unknown(node.text, spanOf(node));
    const path = node.text.replace(/\?\./g, '.');
    if (object.type === 'this') {
      const cls = this.classOf(node);
      const key = `this.${prop}`;
      this.bindings.ensure(key);
      const binding = cls ? this.table.lookup(cls.index, key, node.startIndex, this.ownerOf(node)) : undefined;
      const base = binding ? this.bindingValue(binding, cls!.index) : { ...unknown(key, spanOf(node)), names: [key] };
      return named(this.withPropertySets(base, key, node), key);
    }
    const env = this.envRead(object, prop, node);
    if (env) return env;
    // `const { CLARIFAI_PAT } = process.env`, `const env = process.env`: every key is an environment read.
    if (isEnvObject(node)) return environmentObject(spanOf(node));
    const base = this.eval(object);
    if (base.kind === 'module') return { kind: 'module', path: `${base.path}.${prop}`, names: [], span: spanOf(node) };
    if (base.kind === 'obj') {
      const value = base.get(prop);
      if (value) return named(value, path);
    }
    return named(this.withPropertySets({ kind: 'attr', object: base, attr: prop, text: path, names: [], span: spanOf(node) }, path, node), path);
  }

  private subscript(node: Node): Value {
    const object = node.childForFieldName('object');
    const index = node.childForFieldName('index');
    if (!object || !index) return unknown(node.text, spanOf(node));
    const key = knownText(this.eval(index));
    if (key !== undefined) {
      const env = this.envRead(object, key, node);
      if (env) return env;
    }
    const base = this.eval(object);
    if (base.kind === 'obj' && key !== undefined) {
      const value = base.get(key);
      if (value) return value;
    }
    if (base.kind === 'list' && index.type === 'number') {
      const item = base.items[Number(index.text)];
      if (item) return item();
    }
    return { ...unknown(node.text, spanOf(node)), names: [node.text] };
  }

  /** `process.env.X`, `process.env["X"]`, `import.meta.env.X`. */
  private envRead(object: Node, key: string, node: Node): Value | undefined {
    return isEnvObject(object) ? { kind: 'env', name: key, names: [], span: spanOf(node) } : undefined;
  }

  private call(node: Node): Value {
    const fn = node.childForFieldName('function');
    const args = namedArgs(node.childForFieldName('arguments'));
    const span = spanOf(node);
    if (fn?.type === 'identifier' && fn.text === 'require' && args[0]) {
      const module = knownText(this.eval(args[0]));
      if (module !== undefined) return { kind: 'module', path: module, names: [], span };
    }
    const call = this.callValue(node);
    if (call.callee === 'JSON.stringify' || call.callee === 'String') return call.args[0]?.() ?? unknown(node.text, span);
    // Generated protobuf helpers (`PostModelOutputsRequest.fromPartial({...})`) give back the fields they are given.
    if ((call.method === 'fromPartial' || call.method === 'fromJSON' || call.method === 'fromObject') && call.args.length === 1) return call.args[0]!();
    if (fn?.type === 'member_expression' && fn.childForFieldName('property')?.text === 'concat') {
      const base = this.eval(fn.childForFieldName('object'));
      if (base.kind === 'str') return concat([base, ...call.args.map((a) => a())], span);
    }
    if (fn?.type === 'identifier') {
      const found = this.resolve(fn.text, fn);
      const def = found && (found.binding.kind === 'function' || FUNCTION_VALUES.has(found.binding.node.type)) ? found.binding.node : undefined;
      const body = def ? this.singleReturn(def) : undefined;
      if (body) return this.eval(body);
    }
    return call;
  }

  private object(node: Node): Value {
    const entries = new Map<string, Lazy<Value>>();
    const written = new Map<string, Span>();
    let open = false;
    for (const child of namedArgs(node)) {
      if (child.type === 'pair') {
        const keyNode = child.childForFieldName('key');
        const valueNode = child.childForFieldName('value');
        const key = keyNode ? propertyKey(keyNode, this) : undefined;
        if (key === undefined || !valueNode) open = true;
        else {
          entries.set(key, memoize(() => this.eval(valueNode)));
          written.set(key, spanOf(valueNode));
        }
      } else if (child.type === 'shorthand_property_identifier') {
        entries.set(child.text, memoize(() => this.identifier(child)));
      } else if (child.type === 'spread_element') {
        const spread = this.eval(namedArgs(child)[0]);
        if (spread.kind === 'obj') {
          for (const key of spread.keys) entries.set(key, () => spread.get(key)!);
          open ||= spread.open;
        } else open = true;
      } else if (child.type !== 'method_definition') open = true;
    }
    return objectOf(entries, open, spanOf(node), written);
  }

  protected propertyScopes(ref: Node, path: string): number[] {
    const scopes = this.functionChain(ref);
    const cls = path.startsWith('this.') ? this.classOf(ref) : undefined;
    if (cls) scopes.push(cls.index);
    return scopes;
  }

  private declare(node: Node): void {
    switch (node.type) {
      case 'variable_declarator': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (!name) return;
        if (!value) {
          if (name.type === 'identifier') this.bind(node, this.functionOf(node), { kind: 'declare', name: name.text, node });
          return;
        }
        this.bindPattern(node, name, value, []);
        return;
      }
      case 'import_statement': {
        const source = knownText(this.eval(node.childForFieldName('source')));
        if (source === undefined) return;
        for (const clause of node.namedChildren) {
          if (clause?.type !== 'import_clause') continue;
          for (const part of namedArgs(clause)) {
            if (part.type === 'identifier') this.bind(node, this.functionOf(node), { kind: 'import', name: part.text, module: source, node });
            else if (part.type === 'namespace_import') {
              const id = part.namedChildren.find((c) => c?.type === 'identifier');
              if (id) this.bind(node, this.functionOf(node), { kind: 'import', name: id.text, module: source, node });
            } else if (part.type === 'named_imports') {
              for (const spec of namedArgs(part)) {
                const imported = spec.childForFieldName('name')?.text;
                const alias = spec.childForFieldName('alias')?.text ?? imported;
                if (imported && alias) this.bind(node, this.functionOf(node), { kind: 'import', name: alias, module: `${source}.${imported}`, node });
              }
            }
          }
        }
        return;
      }
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = node.childForFieldName('name');
        if (name) this.bind(node, this.functionOf(node), { kind: 'function', name: name.text, node });
        return;
      }
      case 'public_field_definition':
      case 'field_definition': {
        const name = node.childForFieldName('name') ?? node.childForFieldName('property');
        const value = node.childForFieldName('value');
        const cls = this.classOf(node);
        if (name && value && cls) this.table.add(cls.index, { kind: 'value', name: `this.${name.text}`, node: value, at: node.startIndex, owner: cls.index });
        return;
      }
      case 'for_in_statement':
        for (const id of patternNames(node.childForFieldName('left'))) this.bind(node, this.functionOf(node), { kind: 'opaque', name: id.text, node: id });
        return;
      case 'catch_clause':
        for (const id of patternNames(node.childForFieldName('parameter'))) this.bind(node, this.functionOf(node), { kind: 'opaque', name: id.text, node: id });
        return;
    }
  }

  /** Binds the names of a declaration pattern; destructured names select keys of the value. */
  private bindPattern(statement: Node, pattern: Node, value: Node, member: string[]): void {
    const scope = this.functionOf(statement);
    switch (pattern.type) {
      case 'identifier':
        this.bind(statement, scope, { kind: 'value', name: pattern.text, node: value, member });
        return;
      case 'object_pattern':
        for (const prop of namedArgs(pattern)) {
          if (prop.type === 'shorthand_property_identifier_pattern') this.bind(statement, scope, { kind: 'value', name: prop.text, node: value, member: [...member, prop.text] });
          else if (prop.type === 'pair_pattern') {
            const key = prop.childForFieldName('key');
            const inner = prop.childForFieldName('value');
            const keyText = key ? propertyKey(key, this) : undefined;
            if (inner && keyText !== undefined) this.bindPattern(statement, inner.type === 'assignment_pattern' ? inner.childForFieldName('left') ?? inner : inner, value, [...member, keyText]);
          } else if (prop.type === 'object_assignment_pattern') {
            const left = prop.childForFieldName('left');
            if (left) this.bind(statement, scope, { kind: 'value', name: left.text, node: value, member: [...member, left.text] });
          } else for (const id of patternNames(prop)) this.bind(statement, scope, { kind: 'opaque', name: id.text, node: id });
        }
        return;
      case 'array_pattern':
        namedArgs(pattern).forEach((element, i) => {
          if (element.type === 'identifier') this.bind(statement, scope, { kind: 'value', name: element.text, node: value, member: [...member, String(i)] });
          else for (const id of patternNames(element)) this.bind(statement, scope, { kind: 'opaque', name: id.text, node: id });
        });
        return;
      default:
        for (const id of patternNames(pattern)) this.bind(statement, scope, { kind: 'opaque', name: id.text, node: id });
    }
  }

  private assign(node: Node): void {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    if (node.type === 'augmented_assignment_expression') {
      if (left.type !== 'identifier') return;
      const kind = node.childForFieldName('operator')?.text === '+=' ? 'augment' : 'opaque';
      this.bind(node, this.declaringScope(left.text, node), { kind, name: left.text, node: right });
      return;
    }
    if (left.type === 'identifier') {
      this.bind(node, this.declaringScope(left.text, node), { kind: 'value', name: left.text, node: right });
      return;
    }
    const target = unwrapParens(left);
    if (target.type === 'member_expression' || target.type === 'subscript_expression') {
      const object = target.childForFieldName('object');
      const key =
        target.type === 'member_expression'
          ? target.childForFieldName('property')?.text
          : knownText(this.eval(target.childForFieldName('index')));
      if (!object || key === undefined) return;
      if (object.type === 'this') {
        const cls = this.classOf(node);
        if (cls) this.table.add(cls.index, { kind: 'value', name: `this.${key}`, node: right, at: node.startIndex, owner: this.ownerOf(node) });
        return;
      }
      if (!isPath(object)) return;
      const path = object.text;
      const root = path.split('.')[0]!;
      const scope = path.startsWith('this.') ? this.classOf(node) : this.declaringScope(root, node);
      this.bind(node, scope, { kind: 'value', name: path, prop: key, node: right });
    }
  }

  private bind(statement: Node, scope: Scope | undefined, binding: Omit<Binding, 'at' | 'owner'>): void {
    if (!scope) return;
    this.table.add(scope.index, { ...binding, at: statement.startIndex, owner: this.ownerOf(statement) });
  }

  /** A function's parameters (including an arrow function's single one), bound the first time a lookup passes through it. */
  protected ensureParams(scope: Scope): void {
    if (!FUNCTION_TYPES.has(scope.type) || scope === this.index.root || this.paramsDone.has(scope.index)) return;
    this.paramsDone.add(scope.index);
    const params = scope.node.childForFieldName('parameters') ?? scope.node.childForFieldName('parameter');
    const list = params?.type === 'formal_parameters' ? namedArgs(params) : params ? [params] : [];
    for (const param of list) for (const id of patternNames(param)) this.table.add(scope.index, { kind: 'param', name: id.text, node: id, at: scope.start, owner: scope.index });
  }

  private classOf(node: Node): Scope | undefined {
    const scope = this.index.enclosing(node, CLASS_TYPES);
    return scope === this.index.root ? undefined : scope;
  }

  /** The single returned expression of a parameterless function, or an arrow function's expression body. */
  private singleReturn(def: Node): Node | undefined {
    if (namedArgs(def.childForFieldName('parameters')).length > 0) return undefined;
    const body = def.childForFieldName('body');
    if (!body) return undefined;
    if (body.type !== 'statement_block') return body;
    const returns = this.index.of('return_statement').filter((r) => r.startIndex > def.startIndex && r.endIndex <= def.endIndex && this.functionOf(r).node.id === def.id);
    return returns.length === 1 ? namedArgs(returns[0])[0] : undefined;
  }
}

function isEnvObject(node: Node): boolean {
  const text = node.text.replace(/\?\./g, '.');
  return text === 'process.env' || text === 'import.meta.env';
}

function propertyKey(key: Node, evaluator: JavaScriptEvaluator): string | undefined {
  if (key.type === 'property_identifier' || key.type === 'number') return key.text;
  if (key.type === 'string') return knownText(evaluator.eval(key));
  if (key.type === 'computed_property_name') return knownText(evaluator.eval(namedArgs(key)[0]));
  return undefined;
}

function patternNames(node: Node | null | undefined): Node[] {
  if (!node) return [];
  if (node.type === 'identifier' || node.type === 'shorthand_property_identifier_pattern') return [node];
  if (node.type === 'required_parameter' || node.type === 'optional_parameter') return patternNames(node.childForFieldName('pattern'));
  if (node.type === 'assignment_pattern') return patternNames(node.childForFieldName('left'));
  const names: Node[] = [];
  for (const child of namedArgs(node)) {
    if (child.type === 'type_annotation') continue;
    if (child.type === 'pair_pattern') names.push(...patternNames(child.childForFieldName('value')));
    else if (child.type === 'object_assignment_pattern') names.push(...patternNames(child.childForFieldName('left')));
    else names.push(...patternNames(child));
  }
  return names;
}

function unwrapParens(node: Node): Node {
  return node.type === 'parenthesized_expression' ? unwrapParens(namedArgs(node)[0] ?? node) : node;
}

function isPath(node: Node): boolean {
  if (node.type === 'identifier' || node.type === 'this') return true;
  if (node.type !== 'member_expression') return false;
  const object = node.childForFieldName('object');
  return !!object && isPath(object);
}

function decodeEscape(escape: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  const c = escape.slice(1);
  if (/^x[0-9a-fA-F]{2}$/.test(c) || /^u[0-9a-fA-F]{4}$/.test(c)) return String.fromCharCode(parseInt(c.slice(1), 16));
  if (/^u\{[0-9a-fA-F]+\}$/.test(c)) return String.fromCodePoint(parseInt(c.slice(2, -1), 16));
  return simple[c] ?? c;
}
