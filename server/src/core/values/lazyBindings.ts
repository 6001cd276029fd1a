// Bindings collected on demand: statements are grouped by the names they bind (read from their source text,
// which costs no call into the parser), and a statement is analysed only when one of its names is looked up.
import type { Node } from '@vscode/tree-sitter-wasm';
import { BindingTable } from './bindings';

/** The names a binding statement of a type binds, or 'eager' when its shape needs the tree to tell (analysed up front). */
export type KeysOf = (node: Node, type: string) => readonly string[] | 'eager';

export class LazyBindings {
  readonly table = new BindingTable();
  private names: Map<string, Node[]> | undefined;
  private readonly done = new Set<number>();

  /**
   * @param candidates every binding statement of the file, with its node type
   * @param keysOf the names each statement binds
   * @param collect analyses one statement into `table`
   * @param rank statements of a name are analysed in this order (declarations before assignments)
   */
  constructor(
    private readonly candidates: () => Iterable<readonly [string, readonly Node[]]>,
    private readonly keysOf: KeysOf,
    private readonly collect: (node: Node) => void,
    private readonly rank: (node: Node) => number = () => 0,
  ) {}

  /** Makes sure every statement that may bind `name` is in the table. */
  ensure(name: string): void {
    if (!this.names) this.build();
    const nodes = this.names!.get(name);
    if (!nodes) return;
    for (const node of nodes) this.analyse(node);
  }

  private build(): void {
    const names = new Map<string, Node[]>();
    const eager: Node[] = [];
    this.names = names;
    for (const [type, nodes] of this.candidates()) {
      for (const node of nodes) {
        const keys = this.keysOf(node, type);
        if (keys === 'eager') {
          eager.push(node);
          continue;
        }
        for (const key of keys) {
          const list = names.get(key);
          if (list) list.push(node);
          else names.set(key, [node]);
        }
      }
    }
    for (const list of names.values()) list.sort((a, b) => this.rank(a) - this.rank(b) || a.startIndex - b.startIndex);
    for (const node of eager) this.analyse(node);
  }

  private analyse(node: Node): void {
    if (this.done.has(node.id)) return;
    this.done.add(node.id);
    this.collect(node);
  }
}
