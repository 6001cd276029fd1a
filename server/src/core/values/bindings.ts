// Name bindings per scope, shared by the language evaluators: which assignment a name refers to at a given place.
import type { Node } from '@vscode/tree-sitter-wasm';

export type BindingKind =
  | 'value' // x = <expr>
  | 'augment' // x += <expr>
  | 'param' // a function parameter
  | 'import' // import x / from m import x / require('m')
  | 'function' // def x / function x: the node is the definition
  | 'opaque' // for-loop target, `with … as x`, `except … as x`: known only at run time
  | 'declare'; // `let x;`: a declaration without a value, skipped when the name is assigned elsewhere

export interface Binding {
  kind: BindingKind;
  /** The name, or a dotted path such as `self.api_key` or `headers` for property sets. */
  name: string;
  /** For a property set (`x['k'] = v`, `x.k = v`, `x.update({...})`): the key, or '*' for a whole object merged in. */
  prop?: string;
  /** Offset of the binding statement, to pick the nearest preceding one. */
  at: number;
  /** The node that gives the value: the right-hand side, the import, the definition, the parameter. */
  node: Node;
  /** For destructuring (`const { a: b } = obj`): the keys to select from the node's value. */
  member?: readonly string[];
  /** For imports: the module path bound. */
  module?: string;
  /** The innermost function (or the module) containing the binding statement. */
  owner: number;
}

/** Bindings of one file, grouped by scope node id. */
export class BindingTable {
  private readonly scopes = new Map<number, Map<string, Binding[]>>();

  add(scope: number, binding: Binding): void {
    let names = this.scopes.get(scope);
    if (!names) {
      names = new Map();
      this.scopes.set(scope, names);
    }
    const key = binding.prop === undefined ? binding.name : `${binding.name}\u0000prop`;
    const list = names.get(key);
    if (list) list.push(binding);
    else names.set(key, [binding]);
  }

  /** Whether the scope binds the name at all (Python: an assignment anywhere makes a name local). */
  binds(scope: number, name: string): boolean {
    return this.scopes.get(scope)?.has(name) ?? false;
  }

  /**
   * The binding a reference at `at`, inside function `owner`, sees in this scope: the nearest preceding
   * one in the same function, else the nearest preceding one anywhere, else the first one.
   */
  lookup(scope: number, name: string, at: number, owner: number): Binding | undefined {
    const list = this.scopes.get(scope)?.get(name);
    if (!list || list.length === 0) return undefined;
    const candidates = list.filter((b) => b.kind !== 'declare');
    if (candidates.length === 0) return list[0];
    const preceding = candidates.filter((b) => b.at < at);
    const sameOwner = preceding.filter((b) => b.owner === owner);
    return last(sameOwner) ?? last(preceding) ?? candidates[0];
  }

  /** The bindings before `binding` for the same name in the same scope (for `x += …`). */
  previous(scope: number, binding: Binding): Binding | undefined {
    const list = this.scopes.get(scope)?.get(binding.name);
    if (!list) return undefined;
    return last(list.filter((b) => b.at < binding.at && b !== binding));
  }

  /** Property sets on a name or path visible from these scopes, in source order. */
  propertySets(scopes: readonly number[], name: string): Binding[] {
    const key = `${name}\u0000prop`;
    const found: Binding[] = [];
    for (const scope of scopes) found.push(...(this.scopes.get(scope)?.get(key) ?? []));
    return found.sort((a, b) => a.at - b.at);
  }
}

function last<T>(items: readonly T[]): T | undefined {
  return items.length > 0 ? items[items.length - 1] : undefined;
}
