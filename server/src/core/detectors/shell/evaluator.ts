// Resolves shell words to abstract values: quoting, `$NAME` and `${NAME:-default}` through the script's own
// assignments, and, for a name the script never assigns, a read of the environment.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Binding } from '../../values/bindings';
import { LazyBindings } from '../../values/lazyBindings';
import { concat, interpolated, named, str, unknown, type StrPart, type Value } from '../../values/value';
import { EvaluatorBase } from '../evaluatorBase';
import { isNode, spanOf } from '../syntax';
import type { Scope, SyntaxIndex } from '../syntaxIndex';

export const SHELL_SCOPE_TYPES: ReadonlySet<string> = new Set(['function_definition']);
/** Node types whose bindings the evaluator reads. */
export const SHELL_BINDING_TYPES = ['variable_assignment', 'for_statement'];

/** Inside double quotes only these characters are escaped by a backslash. */
const DOUBLE_QUOTED_ESCAPE = /\\([$`"\\\n])/g;

export class ShellEvaluator extends EvaluatorBase {
  protected readonly bindings: LazyBindings;

  /** The index must hold SHELL_BINDING_TYPES and SHELL_SCOPE_TYPES. */
  constructor(private readonly index: SyntaxIndex) {
    super();
    this.bindings = new LazyBindings(
      () => SHELL_BINDING_TYPES.map((t) => [t, index.of(t)] as const),
      (node, type) => (type === 'for_statement' ? [node.childForFieldName('variable')?.text ?? ''] : [node.text.slice(0, node.text.search(/\+?=/))]),
      (node) => this.collect(node),
    );
  }

  protected compute(node: Node): Value {
    const span = spanOf(node);
    switch (node.type) {
      case 'word':
        return literalText(node, node.text, node.startIndex, /\\(.)/g);
      case 'raw_string':
        return str([{ text: node.text.slice(1, -1), at: node.startIndex + 1, literal: span }], span);
      case 'string':
        return this.doubleQuoted(node);
      case 'concatenation':
        return concat(
          node.namedChildren.filter(isNode).map((c) => this.eval(c)),
          span,
          node.namedChildren.filter(isNode).map(spanOf),
        );
      case 'simple_expansion':
      case 'expansion':
        return this.expansion(node);
      case 'number':
        return { kind: 'prim', text: node.text, names: [], span };
      default:
        return unknown(node.text, span);
    }
  }

  private doubleQuoted(node: Node): Value {
    const parts: StrPart[] = [];
    const literal = spanOf(node);
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'string_content') {
        const value = literalText(child, child.text, child.startIndex, DOUBLE_QUOTED_ESCAPE);
        if (value.kind === 'str') parts.push(...value.parts.map((p) => ({ ...p, literal })));
      } else parts.push(...interpolated(this.eval(child), spanOf(child)));
    }
    return str(parts, literal);
  }

  /** `$NAME`, `${NAME}`, `${NAME:-default}`: the script's value for the name, else the environment's. */
  private expansion(node: Node): Value {
    const span = spanOf(node);
    const variable = node.namedChildren.find((c) => c?.type === 'variable_name');
    if (!variable) return node.namedChildren.some((c) => c?.type === 'special_variable_name') ? { kind: 'param', name: node.text, names: [], span } : unknown(node.text, span);
    const name = variable.text;
    const operator = node.childForFieldName('operator')?.text;
    const fallbackNode = operator === ':-' || operator === '-' ? node.namedChildren.filter(isNode).find((c) => c.startIndex > variable.endIndex) : undefined;
    const found = this.resolve(name, node);
    if (found) return named(this.bindingValue(found.binding, found.scope), name);
    return { kind: 'env', name, fallback: fallbackNode ? this.eval(fallbackNode) : undefined, names: [], span };
  }

  private resolve(name: string, ref: Node): { binding: Binding; scope: number } | undefined {
    this.bindings.ensure(name);
    const owner = this.ownerOf(ref);
    for (let scope: Scope | undefined = this.index.scopeOf(ref); scope; scope = scope.parent) {
      const binding = this.table.lookup(scope.index, name, ref.startIndex, owner);
      // A later assignment has not run yet when this line runs (functions aside, which run when called).
      if (binding && (binding.owner !== owner || binding.at < ref.startIndex)) return { binding, scope: scope.index };
    }
    return undefined;
  }

  protected propertyScopes(ref: Node): number[] {
    return this.index.scopeChain(ref);
  }

  protected ownerOf(node: Node): number {
    return this.index.scopeOf(node).index;
  }

  private collect(node: Node): void {
    const scope = this.index.scopeOf(node);
    if (node.type === 'for_statement') {
      const variable = node.childForFieldName('variable');
      if (variable) this.table.add(scope.index, { kind: 'opaque', name: variable.text, node: variable, at: node.startIndex, owner: scope.index });
      return;
    }
    const name = node.childForFieldName('name');
    const value = node.childForFieldName('value');
    if (name?.type !== 'variable_name') return;
    // `local x` declares without a value; `x+=…` appends.
    const append = node.text.slice(name.endIndex - node.startIndex).startsWith('+=');
    const binding: Omit<Binding, 'at' | 'owner'> = !value
      ? { kind: 'declare', name: name.text, node }
      : append
        ? { kind: 'augment', name: name.text, node: value }
        : { kind: 'value', name: name.text, node: value };
    this.table.add(scope.index, { ...binding, at: node.startIndex, owner: scope.index });
  }
}

/** Literal text with backslash escapes removed; it maps 1:1 onto the source only when there were none. */
function literalText(node: Node, source: string, start: number, escape: RegExp): Value {
  const text = source.replace(escape, '$1');
  return str([{ text, at: text === source ? start : undefined, literal: spanOf(node) }], spanOf(node));
}
