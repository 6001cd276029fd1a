// What the evaluators of languages that bind names per function share (JavaScript, Go): the function scopes around a
// node, name lookup through them with parameters bound on the way, and the scope an assignment's name belongs to.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Binding } from '../values/bindings';
import { EvaluatorBase } from './evaluatorBase';
import type { Scope, SyntaxIndex } from './syntaxIndex';

export abstract class FunctionScopedEvaluator extends EvaluatorBase {
  /**
   * @param index the file's scopes
   * @param functionTypes the node types that are functions (the file's root type included)
   */
  constructor(
    protected readonly index: SyntaxIndex,
    private readonly functionTypes: ReadonlySet<string>,
  ) {
    super();
  }

  /** Binds a function's parameters in its scope, the first time a lookup passes through it. */
  protected abstract ensureParams(scope: Scope): void;

  /** The binding a name has where `ref` uses it: the innermost function that binds it, out to the file. */
  protected resolve(name: string, ref: Node): { binding: Binding; scope: number } | undefined {
    const owner = this.ownerOf(ref);
    this.bindings.ensure(name);
    for (let scope: Scope | undefined = this.functionOf(ref); scope; scope = this.outerFunction(scope)) {
      this.ensureParams(scope);
      const binding = this.table.lookup(scope.index, name, ref.startIndex, owner);
      if (binding) return { binding, scope: scope.index };
    }
    return undefined;
  }

  /** The function scope that declares a name visible at `ref` (the file when none does). */
  protected declaringScope(name: string, ref: Node): Scope {
    this.bindings.ensure(name);
    for (let scope: Scope | undefined = this.functionOf(ref); scope; scope = this.outerFunction(scope)) {
      this.ensureParams(scope);
      if (this.table.binds(scope.index, name)) return scope;
    }
    return this.index.root;
  }

  /** The function scopes from the one around `ref` out to the file, as scope indexes. */
  protected functionChain(ref: Node): number[] {
    const scopes: number[] = [];
    for (let scope: Scope | undefined = this.functionOf(ref); scope; scope = this.outerFunction(scope)) scopes.push(scope.index);
    return scopes;
  }

  /** The innermost function (or the file) containing the node. */
  protected functionOf(node: Node): Scope {
    return this.index.enclosing(node, this.functionTypes);
  }

  /** The function (or file) around a function scope. */
  protected outerFunction(scope: Scope): Scope | undefined {
    for (let outer = scope.parent; outer; outer = outer.parent) if (this.functionTypes.has(outer.type) || outer === this.index.root) return outer;
    return undefined;
  }

  protected ownerOf(node: Node): number {
    return this.functionOf(node).index;
  }
}
