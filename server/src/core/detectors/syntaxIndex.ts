// One walk over a syntax tree: the nodes the detectors need, grouped by type, and the scopes as nested offset ranges.
// Every call into the WebAssembly parser costs time, so scopes are found by offset instead of by walking `parent`.
import type { Node } from '@vscode/tree-sitter-wasm';

export interface Scope {
  /** Position in the index; also the key bindings are stored under. */
  index: number;
  node: Node;
  type: string;
  start: number;
  end: number;
  parent: Scope | undefined;
}

export class SyntaxIndex {
  private readonly buckets = new Map<string, Node[]>();
  private readonly scopeList: Scope[] = [];
  readonly root: Scope;

  /**
   * @param types node types to collect (scope types are collected too)
   * @param scopeTypes node types that open a scope; the root node is the outermost scope
   */
  constructor(rootNode: Node, types: readonly string[], scopeTypes: ReadonlySet<string>) {
    this.root = { index: 0, node: rootNode, type: rootNode.type, start: rootNode.startIndex, end: rootNode.endIndex, parent: undefined };
    this.scopeList.push(this.root);
    const stack: Scope[] = [this.root];
    for (const node of rootNode.descendantsOfType([...new Set([...types, ...scopeTypes])])) {
      if (!node) continue;
      const type = node.type;
      let bucket = this.buckets.get(type);
      if (!bucket) this.buckets.set(type, (bucket = []));
      bucket.push(node);
      if (!scopeTypes.has(type)) continue;
      // Nodes come in document order, so an open scope that ends before this one starts is closed.
      const start = node.startIndex;
      const end = node.endIndex;
      while (stack.length > 1 && stack[stack.length - 1]!.end <= start) stack.pop();
      const scope: Scope = { index: this.scopeList.length, node, type, start, end, parent: stack[stack.length - 1] };
      this.scopeList.push(scope);
      stack.push(scope);
    }
  }

  /** The collected nodes of a type, in document order. */
  of(type: string): readonly Node[] {
    return this.buckets.get(type) ?? [];
  }

  /** The innermost scope that contains the node and is not the node itself. */
  scopeOf(node: Node): Scope {
    const start = node.startIndex;
    const end = node.endIndex;
    // The last scope starting at or before the node, then up its parents until one contains the node.
    let lo = 0;
    let hi = this.scopeList.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.scopeList[mid]!.start <= start) lo = mid;
      else hi = mid - 1;
    }
    for (let scope: Scope | undefined = this.scopeList[lo]; scope; scope = scope.parent) {
      if (scope.start <= start && end <= scope.end && !(scope.start === start && scope.end === end && scope.node.id === node.id)) return scope;
    }
    return this.root;
  }

  /** The indices of the scopes around a node, innermost first, the root last. */
  scopeChain(node: Node): number[] {
    const chain: number[] = [];
    for (let scope: Scope | undefined = this.scopeOf(node); scope; scope = scope.parent) chain.push(scope.index);
    return chain;
  }

  /** The innermost enclosing scope of one of the given types (the root when none). */
  enclosing(node: Node, types: ReadonlySet<string>): Scope {
    return this.within(this.scopeOf(node), types);
  }

  /** The scope itself or its nearest parent of one of the given types (the root when none). */
  within(scope: Scope, types: ReadonlySet<string>): Scope {
    for (let s: Scope | undefined = scope; s; s = s.parent) if (types.has(s.type)) return s;
    return this.root;
  }

  /** The scope for a scope node itself. */
  scopeFor(node: Node): Scope | undefined {
    let lo = 0;
    let hi = this.scopeList.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const scope = this.scopeList[mid]!;
      if (scope.start < node.startIndex) lo = mid + 1;
      else if (scope.start > node.startIndex) hi = mid - 1;
      else {
        // Several scopes may start at one offset (a lambda as the first token of another); match the node.
        for (let i = mid; i >= 0 && this.scopeList[i]!.start === node.startIndex; i--) if (this.scopeList[i]!.node.id === node.id) return this.scopeList[i];
        for (let i = mid + 1; i < this.scopeList.length && this.scopeList[i]!.start === node.startIndex; i++) if (this.scopeList[i]!.node.id === node.id) return this.scopeList[i];
        return undefined;
      }
    }
    return undefined;
  }
}
