// The fix builders' questions answered from a syntax tree, for any language described by a SyntaxProfile.
// Uses of a name are found by searching its text and keeping only the hits the tree says are that name: a hit in a
// string, a comment or a property name is not a use.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport, Statement } from '../fixes/support';
import type { Span } from '../model';
import { lineAfter } from '../text';

export interface SyntaxProfile {
  /** Node types whose children are statements (`module`, `block`; `program`, `statement_block`). */
  statementParents: ReadonlySet<string>;
  /** Node types a binding is local to (functions, and blocks where declarations are block-scoped). */
  scopeTypes: ReadonlySet<string>;
  /** Node types that are a use of a name when their text is the name (`identifier`, `attribute`, `member_expression`). */
  nameTypes: ReadonlySet<string>;
  /** Characters that continue a name (before or after a hit, they mean the hit is part of a longer name). */
  nameChar: RegExp;
  /**
   * For a hit that binds the name: the value it binds (`x = value`), or null when it binds none we can see (a
   * parameter, an import, a loop variable). Undefined when the hit is a use.
   */
  bindingValue(hit: Node): Node | null | undefined;
  /** Node types of a member access (`a.b`) whose `object` field (or `memberObject`) is the accessed value. */
  memberTypes: ReadonlySet<string>;
  /** The field of a member access that holds the accessed value, when the grammar does not call it `object` (Go: `operand`). */
  memberObject?: string;
  /** Where a type's members are in scope by their bare names, the prefix that names one explicitly (`this.`). */
  selfMember?: string;
  /**
   * Node types of an assignment whose `left` field is the target, and of a call whose `function` field is the callee
   * (or that holds its receiver itself, as a member type: PHP's `$x->set(…)`).
   */
  assignmentTypes: ReadonlySet<string>;
  callTypes: ReadonlySet<string>;
  /** Whether the hit names something else than a binding (a keyword argument's name, an object key). */
  isDeclarationOnly(hit: Node): boolean;
  /**
   * Whether a use only builds up the value it names (`request.httpMethod = …`), for grammars whose member,
   * assignment and call nodes have other fields than `object`, `left` and `function`; the default reads those.
   */
  builds?(hit: Node): boolean;
  /** Node types of comments, which are not module-level statements (`comment` when not given). */
  commentTypes?: ReadonlySet<string>;
  /** Whether a module-level statement imports something. */
  isImport(statement: Node): boolean;
  /** Whether a module-level statement only sets up the file (a docstring, a directive): new imports go after it. */
  isPreamble(statement: Node): boolean;
  /** The UPPER_CASE names a module-level statement binds. */
  constantsBound(statement: Node): string[];
  /** The local name a module-level import statement gives `qualified`, if it imports it. */
  importedAs(statement: Node, qualified: string): string | undefined;
}

export function syntaxFixSupport(root: Node, text: string, profile: SyntaxProfile): FixSupport {
  const hitsCache = new Map<string, Node[]>();
  const comments = profile.commentTypes ?? new Set(['comment']);

  /** Every place the tree shows the name itself (not inside a longer name, a string or a comment). */
  function hits(name: string): Node[] {
    const cached = hitsCache.get(name);
    if (cached) return cached;
    const found: Node[] = [];
    const self = profile.selfMember;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1];
      const after = text[at + name.length];
      // `this.name` names the member `name` itself where members are in scope without `this.`.
      const start = self && text.startsWith(self, at - self.length) && !profile.nameChar.test(text[at - self.length - 1] ?? '') ? at - self.length : at;
      if ((start === at && before !== undefined && (profile.nameChar.test(before) || before === '.')) || (after !== undefined && profile.nameChar.test(after))) continue;
      const node = root.descendantForIndex(start, at + name.length);
      if (node && node.startIndex === start && node.endIndex === at + name.length && profile.nameTypes.has(node.type)) found.push(node);
    }
    hitsCache.set(name, found);
    return found;
  }

  function statementOf(node: Node): Node | undefined {
    for (let n: Node | null = node; n; n = n.parent) if (n.parent && profile.statementParents.has(n.parent.type)) return n;
    return undefined;
  }

  function statement(node: Node): Statement {
    const lineStart = text.lastIndexOf('\n', node.startIndex - 1) + 1;
    const lead = text.slice(lineStart, node.startIndex);
    return { span: { start: node.startIndex, end: node.endIndex }, indent: /^[ \t]*$/.test(lead) ? lead : '', topLevel: node.parent?.id === root.id };
  }

  function scopeOf(node: Node): Node {
    for (let n = node.parent; n; n = n.parent) if (profile.scopeTypes.has(n.type)) return n;
    return root;
  }

  /**
   * Where a node's text ends, before the comments and line breaks some grammars count into it (Kotlin's import list
   * runs on to the next declaration).
   */
  const contentEnd = (node: Node): number => {
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (child && !comments.has(child.type) && child.endIndex > child.startIndex) return contentEnd(child);
    }
    return node.startIndex + text.slice(node.startIndex, node.endIndex).trimEnd().length;
  };

  const inside = (node: Node, scope: Node) => scope.startIndex <= node.startIndex && node.endIndex <= scope.endIndex;

  /**
   * Whether a use only builds the value it names up: `req.model_id = …`, `metadata.set(…)`, `req.add_header(…)` as
   * statements of their own. Such a use does not hand the value to anything else.
   */
  function defaultBuilds(hit: Node): boolean {
    const objectField = profile.memberObject ?? 'object';
    let member: Node = hit;
    while (member.parent && profile.memberTypes.has(member.parent.type) && member.parent.childForFieldName(objectField)?.id === member.id) member = member.parent;
    if (member.id === hit.id) return false;
    // A method call that holds its receiver itself (PHP's `$x->setFoo(…)`) builds the value as a statement of its own.
    if (profile.callTypes.has(member.type)) return member.parent?.type === 'expression_statement';
    const holder = member.parent;
    if (!holder) return false;
    if (profile.assignmentTypes.has(holder.type)) return holder.childForFieldName('left')?.id === member.id;
    return profile.callTypes.has(holder.type) && holder.childForFieldName('function')?.id === member.id && holder.parent?.type === 'expression_statement';
  }

  const builds = profile.builds ?? defaultBuilds;

  interface Binding {
    hit: Node;
    /** The bound value, or null for a binding without one we can see (a parameter, an import). */
    value: Node | null;
    scope: Node;
  }
  const classified = new Map<string, { bindings: Binding[]; uses: Node[] }>();

  /** A name's hits sorted into bindings and uses (building statements left out), once per name. */
  function classify(name: string): { bindings: Binding[]; uses: Node[] } {
    let found = classified.get(name);
    if (!found) {
      found = { bindings: [], uses: [] };
      for (const hit of hits(name)) {
        if (profile.isDeclarationOnly(hit)) continue;
        const value = profile.bindingValue(hit);
        if (value !== undefined) found.bindings.push({ hit, value, scope: scopeOf(hit) });
        else if (!builds(hit)) found.uses.push(hit);
      }
      classified.set(name, found);
    }
    return found;
  }

  /**
   * The uses of the binding of `name` whose value lies in one of the `definitions` (or of its only binding, or of
   * the one binding seen from the `from` spans): the hits in that binding's scope, leaving out inner scopes that bind
   * the name again. Undefined when the binding cannot be told apart, or is assigned again in its own scope.
   */
  function usesOf(name: string, definitions: readonly Span[], from: readonly Span[]): Node[] | undefined {
    const { bindings, uses } = classify(name);
    if (bindings.length <= 1) return uses;
    let ours = bindings.filter(({ value }) =>
      // The definition may be the bound value or lie inside it (`raw = JSON.stringify({...})` defines the object).
      value && definitions.some((d) => (d.start <= value.startIndex && value.endIndex <= d.end) || (value.startIndex <= d.start && d.end <= value.endIndex)),
    );
    if (ours.length === 0) {
      const seen = new Set(from.map((span) => bindingSeenAt(bindings, span)));
      const only = seen.size === 1 ? [...seen][0] : undefined;
      if (only) ours = [only];
    }
    if (ours.length !== 1) return undefined;
    const { scope } = ours[0]!;
    const others = bindings.filter((b) => b !== ours[0]).map((b) => b.scope);
    if (others.some((s) => s.id === scope.id)) return undefined;
    return uses.filter((r) => inside(r, scope) && !others.some((s) => inside(r, s)));
  }

  /** The binding a use at `span` sees: the only one in the innermost scope around it. */
  function bindingSeenAt(bindings: readonly Binding[], span: Span): Binding | undefined {
    const around = bindings.filter(({ scope }) => scope.startIndex <= span.start && span.end <= scope.endIndex);
    const size = (b: Binding) => b.scope.endIndex - b.scope.startIndex;
    const innermost = around.reduce<Binding | undefined>((best, b) => (!best || size(b) < size(best) ? b : best), undefined);
    const same = around.filter((b) => b.scope.id === innermost?.scope.id);
    return same.length === 1 ? same[0] : undefined;
  }

  /** The value of the one binding of a name, when it has exactly one and that one binds a value. */
  function onlyBinding(name: string): { value: Span; topLevel: boolean } | undefined {
    const { bindings } = classify(name);
    const only = bindings.length === 1 ? bindings[0]! : undefined;
    if (!only?.value) return undefined;
    return { value: { start: only.value.startIndex, end: only.value.endIndex }, topLevel: statementOf(only.hit)?.parent?.id === root.id };
  }

  const statements = new Map<string, Span>();

  /** The statement holding a span (the span itself when none does), once per span. */
  function statementSpan(span: Span): Span {
    const key = `${span.start}:${span.end}`;
    let found = statements.get(key);
    if (!found) {
      const node = root.descendantForIndex(span.start, span.end);
      const s = node ? statementOf(node) : undefined;
      found = s ? { start: s.startIndex, end: s.endIndex } : span;
      statements.set(key, found);
    }
    return found;
  }

  let topLevelCache: Node[] | undefined;
  const topLevel = (): Node[] => (topLevelCache ??= root.namedChildren.filter((c): c is Node => c !== null && !comments.has(c.type)));
  const localNames = new Map<string, string | undefined>();
  let constants: boolean | undefined;

  return {
    usedOnlyWithin(names, within, from = []) {
      const allowed = within.map(statementSpan);
      return names.every((name) => {
        const uses = usesOf(name, within, from);
        return uses !== undefined && uses.every((use) => allowed.some((a) => a.start <= use.startIndex && use.endIndex <= a.end));
      });
    },

    moduleBinding(name) {
      const only = onlyBinding(name);
      return only?.topLevel ? only.value : undefined;
    },

    bindingOf(name) {
      return onlyBinding(name)?.value;
    },

    nameTaken(name) {
      const { bindings, uses } = classify(name);
      return bindings.length > 0 || uses.length > 0 || hits(name).some((hit) => builds(hit));
    },

    usesConstants() {
      return (constants ??= topLevel().some((s) => profile.constantsBound(s).length > 0));
    },

    constantsOffset(firstUse) {
      let after: Node | undefined;
      let first: Node | undefined;
      for (const s of topLevel()) {
        if (s.endIndex > firstUse) {
          first = s;
          break;
        }
        if (profile.isImport(s) || profile.isPreamble(s) || profile.constantsBound(s).length > 0) after = s;
      }
      if (after) return lineAfter(text, contentEnd(after));
      return first ? text.lastIndexOf('\n', first.startIndex - 1) + 1 : 0;
    },

    statementAt(offset) {
      const node = root.descendantForIndex(offset, offset);
      const s = node ? statementOf(node) : undefined;
      return s ? statement(s) : undefined;
    },

    localName(qualified) {
      if (!localNames.has(qualified)) {
        const imports = topLevel().filter((s) => profile.isImport(s));
        localNames.set(qualified, imports.map((s) => profile.importedAs(s, qualified)).find((local) => local !== undefined));
      }
      return localNames.get(qualified);
    },

    importOffset() {
      let after: Node | undefined;
      for (const s of topLevel()) {
        if (profile.isImport(s) || (!after && profile.isPreamble(s))) after = s;
        else if (after && profile.isImport(after)) break;
        else if (!profile.isPreamble(s)) break;
      }
      return after ? lineAfter(text, contentEnd(after)) : 0;
    },
  };
}
