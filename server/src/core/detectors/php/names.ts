// Class names as a PHP file writes them, resolved to what they stand for: `use` imports (grouped and aliased ones
// too), the file's namespace, and fully qualified names.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isNode } from '../syntax';

/** A fully qualified name without its leading backslash (`Clarifai\Api\UserAppIDSet`). */
export type QualifiedName = string;

export class PhpNames {
  /** Local name (lower case: PHP class names ignore case) → the class or namespace it imports. */
  private readonly aliases = new Map<string, QualifiedName>();
  private readonly namespace: string;
  /** Every class or namespace the file imports with `use`. */
  readonly imported: readonly QualifiedName[];

  constructor(uses: readonly Node[], namespaces: readonly Node[]) {
    const imported: QualifiedName[] = [];
    for (const use of uses) {
      for (const { path, alias } of useClauses(use)) {
        imported.push(path);
        this.aliases.set(alias.toLowerCase(), path);
      }
    }
    this.imported = imported;
    this.namespace = namespaces[0]?.childForFieldName('name')?.text.replace(/\s+/g, '') ?? '';
  }

  /** What a class name written in the file stands for: `UserAppIDSet` → `Clarifai\Api\UserAppIDSet`. */
  qualify(node: Node): QualifiedName {
    const written = node.text.replace(/\s+/g, '');
    if (written.startsWith('\\')) return written.slice(1);
    const [first = '', ...rest] = written.split('\\');
    const imported = this.aliases.get(first.toLowerCase());
    if (imported) return [imported, ...rest].join('\\');
    return this.namespace ? `${this.namespace}\\${written}` : written;
  }

  /** Whether the file imports this class or namespace, or something inside it (`Clarifai\Api` for `Clarifai\Api\Input`). */
  imports(prefix: QualifiedName): boolean {
    const lower = prefix.toLowerCase();
    return this.imported.some((path) => {
      const p = path.toLowerCase();
      return p === lower || p.startsWith(`${lower}\\`);
    });
  }
}

/** Whether two qualified names are the same (PHP compares class names without regard to case). */
export function sameName(a: QualifiedName, b: QualifiedName): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The last segment of a qualified name: `Client` for `GuzzleHttp\Client`. */
export function shortName(name: QualifiedName): string {
  return name.slice(name.lastIndexOf('\\') + 1);
}

/**
 * The classes and namespaces one `use` statement imports, with the local names it gives them; `use function` and
 * `use const` import no classes.
 */
export function useClauses(use: Node): { path: QualifiedName; alias: string }[] {
  const group = use.childForFieldName('body');
  const prefix = group ? use.namedChildren.find((c) => c?.type === 'namespace_name')?.text.replace(/\s+/g, '') : undefined;
  const clauses = (group ?? use).namedChildren.filter(isNode).filter((c) => c.type === 'namespace_use_clause');
  if (!group && use.children.some((c) => c?.type === 'function' || c?.type === 'const')) return [];
  const found: { path: QualifiedName; alias: string }[] = [];
  for (const clause of clauses) {
    if (clause.childForFieldName('type')) continue;
    const alias = clause.childForFieldName('alias');
    const target = clause.namedChildren.find((c) => c && c.id !== alias?.id && (c.type === 'qualified_name' || c.type === 'name'));
    if (!target) continue;
    const written = target.text.replace(/\s+/g, '').replace(/^\\/, '');
    const path = prefix ? `${prefix}\\${written}` : written;
    found.push({ path, alias: alias?.text ?? shortName(path) });
  }
  return found;
}
