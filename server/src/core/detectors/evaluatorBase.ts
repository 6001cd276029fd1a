// What the Python and JavaScript evaluators share: memoised evaluation with a depth and cycle guard, qualified
// callee names, values of bindings, and property sets (`x["k"] = v`) folded into the value of `x`.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Binding, BindingTable } from '../values/bindings';
import type { LazyBindings } from '../values/lazyBindings';
import { concat, memoize, objectOf, unknown, type CallValue, type Lazy, type Value } from '../values/value';
import { spanOf } from './syntax';

const MAX_DEPTH = 40;

export abstract class EvaluatorBase {
  private readonly memo = new Map<number, Value>();
  private readonly visiting = new Set<number>();
  private depth = 0;

  protected abstract readonly bindings: LazyBindings;

  /** The value of one expression node, in the language's own terms. */
  protected abstract compute(node: Node): Value;
  /** The scopes whose property sets are visible from `ref` for `path` (its scope chain, and its class for `self.`/`this.`). */
  protected abstract propertyScopes(ref: Node, path: string): number[];
  /** The innermost function (or the file) containing the node, as a scope index. */
  protected abstract ownerOf(node: Node): number;

  protected get table(): BindingTable {
    return this.bindings.table;
  }

  /** The value of an expression node. */
  eval(node: Node | null | undefined): Value {
    if (!node) return unknown('');
    const cached = this.memo.get(node.id);
    if (cached) return cached;
    if (this.visiting.has(node.id) || this.depth > MAX_DEPTH) return unknown(node.text, spanOf(node));
    this.visiting.add(node.id);
    this.depth++;
    try {
      const value = this.compute(node);
      this.memo.set(node.id, value);
      return value;
    } finally {
      this.depth--;
      this.visiting.delete(node.id);
    }
  }

  /** The qualified name of a callee or member chain, imports resolved (`clarifai_grpc.grpc.api.service_pb2.V2Stub`, `clarifai.App`). */
  qualify(node: Node): string {
    const value = this.eval(node);
    return value.kind === 'module' ? value.path : node.text;
  }

  /** The keys set on a path (`s.headers.update({...})`, `api.defaults.headers.common.Authorization = …`) as seen from a node. */
  propertiesOf(path: string, ref: Node): Value | undefined {
    const value = this.withPropertySets(unknown(path), path, ref);
    return value.kind === 'obj' ? value : undefined;
  }

  /** The value a binding gives its name; `member` selects inside it for destructuring. */
  protected bindingValue(binding: Binding, scope: number): Value {
    let value: Value;
    switch (binding.kind) {
      case 'value':
        value = this.eval(binding.node);
        break;
      case 'augment': {
        const before = this.table.previous(scope, binding);
        value = concat([before ? this.bindingValue(before, scope) : unknown(binding.name), this.eval(binding.node)], spanOf(binding.node));
        break;
      }
      case 'import':
        value = { kind: 'module', path: binding.module ?? binding.name, names: [], span: spanOf(binding.node) };
        break;
      case 'param':
        return { kind: 'param', name: binding.name, names: [], span: spanOf(binding.node) };
      default:
        return { ...unknown(binding.name, spanOf(binding.node)), names: [binding.name] };
    }
    for (const key of binding.member ?? []) value = select(value, key, binding);
    return value;
  }

  /** Folds `x["k"] = v`, `x.k = v` and `x.update({...})` that can run before `ref` into the value of `x`. */
  protected withPropertySets(base: Value, path: string, ref: Node): Value {
    this.bindings.ensure(path);
    // A set later in the same function runs after this use; one in another function may run before it.
    const owner = this.ownerOf(ref);
    const sets = this.table.propertySets(this.propertyScopes(ref, path), path).filter((set) => set.owner !== owner || set.at < ref.startIndex);
    if (sets.length === 0) return base;
    if (base.kind === 'call') return overlayCall(base, sets, (n) => this.eval(n));
    const entries = new Map<string, Lazy<Value>>();
    let open = base.kind !== 'obj' || base.open;
    if (base.kind === 'obj') for (const key of base.keys) entries.set(key, () => base.get(key)!);
    for (const set of sets) {
      if (set.prop === '*') {
        const merged = this.eval(set.node);
        if (merged.kind === 'obj') {
          for (const key of merged.keys) entries.set(key, () => merged.get(key)!);
          open ||= merged.open;
        } else open = true;
      } else if (set.prop !== undefined) {
        const valueNode = set.node;
        entries.set(set.prop, memoize(() => this.eval(valueNode)));
      }
    }
    return { ...objectOf(entries, open, base.span), names: base.names };
  }
}

/** `req = Request(); req.model_id = "x"`: later attribute sets read like keyword arguments. */
function overlayCall(base: CallValue, sets: readonly Binding[], evaluate: (n: Node) => Value): CallValue {
  const overrides = new Map<string, Binding>();
  for (const set of sets) if (set.prop !== undefined && set.prop !== '*') overrides.set(set.prop, set);
  return {
    ...base,
    kwargNames: [...new Set([...base.kwargNames, ...overrides.keys()])],
    kwarg: (name) => {
      const set = overrides.get(name);
      return set ? evaluate(set.node) : base.kwarg(name);
    },
    kwargSpan: (name) => {
      const set = overrides.get(name);
      return set ? spanOf(set.node) : base.kwargSpan(name);
    },
  };
}

/** One step of destructuring: a member of a module, a key of an object, an item of a list. */
function select(value: Value, key: string, binding: Binding): Value {
  if (value.kind === 'module') return { kind: 'module', path: `${value.path}.${key}`, names: [], span: spanOf(binding.node) };
  if (value.kind === 'obj') return value.get(key) ?? unknown(key);
  if (value.kind === 'list' && /^\d+$/.test(key)) return value.items[Number(key)]?.() ?? unknown(key);
  return { ...unknown(binding.name), names: [binding.name] };
}
