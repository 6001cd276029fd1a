// How Go syntax answers the fix builders' questions (see ../fixSupport.ts), and the Go-only ones (../../fixes/goSupport.ts):
// which declaration a name refers to, by Go's block scopes, so that no edit leaves a variable or an import unused.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { GoFixSupport, GoReference, TwinPlace } from '../../fixes/goSupport';
import type { Span } from '../../model';
import { lineAfter } from '../../text';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';
import { namedArgs } from '../syntax';
import { defaultPackageName } from './evaluator';

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);
/** Nodes that open a Go block scope: a name declared directly inside is visible only there. */
const SCOPES = new Set([
  'source_file',
  ...FUNCTIONS,
  'block',
  'if_statement',
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
  'expression_case',
  'default_case',
  'type_case',
  'communication_case',
]);
const DECLARATIONS = ['short_var_declaration', 'var_spec', 'const_spec', 'parameter_declaration', 'variadic_parameter_declaration', 'range_clause', 'function_declaration'];
const STATEMENT_PARENTS = new Set(['source_file', 'statement_list', 'block', 'expression_case', 'default_case', 'type_case', 'communication_case']);
/** Values whose declaration can go when nothing uses it any more: a string, or an environment read of a literal name. */
const REMOVABLE_VALUE = /^(?:"[^"\n]*"|`[^`]*`|os\.(?:Getenv|LookupEnv)\("\w+"\))$/;

function importPath(spec: Node): string | undefined {
  return spec.childForFieldName('path')?.text.slice(1, -1);
}

/** The value bound to the hit's position in `a, b := x, y` (the call for `v, err := f()`); null for the others. */
function listValue(names: readonly Node[], values: readonly Node[], hit: Node): Node | null {
  const i = names.findIndex((n) => n.id === hit.id);
  if (values.length === names.length) return values[i] ?? null;
  return i === 0 && values.length === 1 ? values[0]! : null;
}

const GO: SyntaxProfile = {
  statementParents: STATEMENT_PARENTS,
  scopeTypes: new Set([...FUNCTIONS, 'block']),
  nameTypes: new Set(['identifier', 'selector_expression']),
  nameChar: /\w/,
  memberTypes: new Set(['selector_expression']),
  memberObject: 'operand',
  assignmentTypes: new Set(['assignment_statement']),
  callTypes: new Set(['call_expression']),
  bindingValue(hit) {
    const parent = hit.parent;
    if (!parent) return undefined;
    const statement = parent.parent;
    if (parent.type === 'expression_list' && statement && (statement.type === 'short_var_declaration' || statement.type === 'assignment_statement')) {
      const left = statement.childForFieldName('left');
      if (left?.id !== parent.id) return undefined;
      return listValue(namedArgs(left), namedArgs(statement.childForFieldName('right')), hit);
    }
    if (parent.type === 'var_spec' || parent.type === 'const_spec') {
      const names = parent.childrenForFieldName('name').filter((n): n is Node => n !== null);
      if (!names.some((n) => n.id === hit.id)) return undefined;
      return listValue(names, namedArgs(parent.childForFieldName('value')), hit);
    }
    if (parent.type === 'expression_list' && statement?.type === 'range_clause') return null;
    if (parent.type === 'parameter_declaration' || parent.type === 'variadic_parameter_declaration') return null;
    if (parent.type === 'function_declaration' && parent.childForFieldName('name')?.id === hit.id) return null;
    return undefined;
  },
  isDeclarationOnly(hit) {
    // A struct field's name in a composite literal (`ModelId: …`).
    const element = hit.parent?.parent;
    return hit.parent?.type === 'literal_element' && element?.type === 'keyed_element' && element.namedChildren[0]?.id === hit.parent.id;
  },
  isImport: (statement) => statement.type === 'import_declaration',
  isPreamble: (statement) => statement.type === 'package_clause',
  // Go files name their settings in MixedCaps; a fix writes its values where they are used.
  constantsBound: () => [],
  importedAs(statement, qualified) {
    for (const spec of statement.descendantsOfType('import_spec')) {
      if (!spec || importPath(spec) !== qualified) continue;
      const alias = spec.childForFieldName('name');
      return alias?.type === 'package_identifier' ? alias.text : alias ? undefined : defaultPackageName(qualified);
    }
    return undefined;
  },
};

/** The fix support of a Go file; `zones` are the spans any Clarifai call's fix may edit (calls and the values they reach). */
export function goFixSupport(root: Node, text: string, zones: readonly Span[]): GoFixSupport {
  const base = syntaxFixSupport(root, text, GO);
  let identifiers: Node[] | undefined;
  let declarations: Map<number, Map<string, Node[]>> | undefined;
  let packages: Set<string> | undefined;

  const allIdentifiers = () => (identifiers ??= root.descendantsOfType('identifier').filter((n): n is Node => n !== null));
  const inside = (node: Node | Span, span: Span) => {
    const start = 'startIndex' in node ? node.startIndex : node.start;
    const end = 'endIndex' in node ? node.endIndex : node.end;
    return span.start <= start && end <= span.end;
  };
  const scopeOf = (node: Node): Node => {
    for (let n = node.parent; n; n = n.parent) if (SCOPES.has(n.type)) return n;
    return root;
  };

  /** Declared names by the scope they are declared in (a parameter's is its function's). */
  function declared(): Map<number, Map<string, Node[]>> {
    if (declarations) return declarations;
    declarations = new Map();
    for (const statement of root.descendantsOfType(DECLARATIONS)) {
      if (!statement) continue;
      const names =
        statement.type === 'short_var_declaration' || statement.type === 'range_clause'
          ? statement.type === 'range_clause' && !/:=/.test(statement.text.split('range')[0] ?? '')
            ? []
            : namedArgs(statement.childForFieldName('left'))
          : statement.childrenForFieldName('name').filter((n): n is Node => n !== null);
      const scope = scopeOf(statement);
      for (const name of names) {
        if (name.type !== 'identifier') continue;
        let byName = declarations.get(scope.id);
        if (!byName) declarations.set(scope.id, (byName = new Map()));
        byName.set(name.text, [...(byName.get(name.text) ?? []), name]);
      }
    }
    return declarations;
  }

  /** The declaration (its name node) a name at `offset` inside `from` refers to, by Go's scopes. */
  function declarationAt(name: string, from: Node, offset: number): Node | undefined {
    for (let scope: Node | undefined = SCOPES.has(from.type) ? from : scopeOf(from); scope; scope = scope.id === root.id ? undefined : scopeOf(scope)) {
      const found = declared().get(scope.id)?.get(name);
      const visible = found?.filter((d) => scope!.id === root.id || d.startIndex <= offset);
      if (visible && visible.length > 0) return visible[visible.length - 1];
    }
    return undefined;
  }

  /** The declaration an identifier refers to; the identifier itself when it declares. */
  const declarationOf = (id: Node) => declarationAt(id.text, id, id.startIndex);

  /** Whether a use only builds its variable's value up: `req.ModelId = …`, `md.Set(…)` as a statement of its own. */
  function builds(hit: Node): boolean {
    let member: Node = hit;
    while (member.parent?.type === 'selector_expression' && member.parent.childForFieldName('operand')?.id === member.id) member = member.parent;
    if (member.id === hit.id) return false;
    const holder = member.parent;
    if (holder?.type === 'expression_list' && holder.parent?.type === 'assignment_statement') return holder.parent.childForFieldName('left')?.id === holder.id;
    if (holder?.type === 'index_expression' && holder.childForFieldName('operand')?.id === member.id) {
      const list = holder.parent;
      return list?.type === 'expression_list' && list.parent?.type === 'assignment_statement' && list.parent.childForFieldName('left')?.id === list.id;
    }
    return holder?.type === 'call_expression' && holder.childForFieldName('function')?.id === member.id && holder.parent?.type === 'expression_statement';
  }

  const importNames = () => {
    if (packages) return packages;
    packages = new Set();
    for (const spec of root.descendantsOfType('import_spec')) {
      const path = spec ? importPath(spec) : undefined;
      if (!spec || path === undefined) continue;
      const alias = spec.childForFieldName('name');
      packages.add(alias?.type === 'package_identifier' ? alias.text : defaultPackageName(path));
    }
    return packages;
  };

  /** Whether a hit uses its variable in Go's sense: it is not the declaration, nor only assigned to. */
  const isUse = (hit: Node, declaration: Node) => {
    if (hit.id === declaration.id) return false;
    const list = hit.parent;
    return !(list?.type === 'expression_list' && list.parent?.type === 'assignment_statement' && list.parent.childForFieldName('left')?.id === list.id && list.parent.childForFieldName('operator')?.text === '=');
  };

  function removableDeclaration(declaration: Node): Span | undefined {
    const statement = declaration.parent?.type === 'expression_list' ? declaration.parent.parent : declaration.parent;
    if (!statement) return undefined;
    const whole = statement.type === 'var_spec' && statement.parent?.type === 'var_declaration' ? statement.parent : statement;
    if (whole.type !== 'short_var_declaration' && whole.type !== 'var_declaration') return undefined;
    const names = statement.type === 'var_spec' ? statement.childrenForFieldName('name') : namedArgs(statement.childForFieldName('left'));
    const values = namedArgs(statement.childForFieldName(statement.type === 'var_spec' ? 'value' : 'right'));
    if (names.length !== 1 || values.length !== 1 || !REMOVABLE_VALUE.test(values[0]!.text)) return undefined;
    const lineStart = text.lastIndexOf('\n', whole.startIndex - 1) + 1;
    if (text.slice(lineStart, whole.startIndex).trim() !== '' || text.slice(whole.endIndex, lineAfter(text, whole.endIndex)).trim() !== '') return undefined;
    return { start: lineStart, end: lineAfter(text, whole.endIndex) };
  }

  return {
    ...base,

    // Go files reuse names (`ctx`, `req`, `md`) in every function: a name means the declaration the spans see.
    usedOnlyWithin(names, within, from = within) {
      const allowed = within.map((span) => base.statementAt(span.start)?.span ?? span);
      return names.every((path) => {
        const name = path.split('.')[0]!;
        const seen = new Map<number, Node>();
        for (const span of from) {
          const from = root.descendantForIndex(span.start, span.start);
          const declaration = from && declarationAt(name, from, span.start);
          if (declaration && scopeOf(declaration).id !== root.id) seen.set(declaration.id, declaration);
        }
        if (seen.size === 0) return base.usedOnlyWithin([path], within);
        return allIdentifiers().every((hit) => {
          if (hit.text !== name) return true;
          const declaration = declarationOf(hit);
          if (!declaration || !seen.has(declaration.id) || declaration.id === hit.id || builds(hit)) return true;
          return allowed.some((a) => a.start <= hit.startIndex && hit.endIndex <= a.end);
        });
      });
    },

    references(spans) {
      const found = new Map<string, GoReference>();
      for (const id of allIdentifiers()) {
        if (!spans.some((s) => inside(id, s)) || found.has(id.text)) continue;
        const declaration = declarationOf(id);
        const local = declaration && scopeOf(declaration).id !== root.id && /^(?:short_var_declaration|var_spec|range_clause)$/.test(declaration.parent?.type === 'expression_list' ? declaration.parent.parent?.type ?? '' : declaration.parent?.type ?? '');
        const isPackage = !declaration && importNames().has(id.text);
        if (!local && !isPackage) continue;
        const uses = allIdentifiers().filter((hit) => hit.text === id.text && (isPackage ? !declarationOf(hit) : declarationOf(hit)?.id === declaration!.id && isUse(hit, declaration!)));
        const outside = uses.filter((u) => !spans.some((s) => inside(u, s)));
        found.set(id.text, {
          name: id.text,
          kind: isPackage ? 'package' : 'variable',
          usesOutside: outside.length,
          kept: outside.some((u) => !zones.some((z) => inside(u, z))),
          removable: declaration ? removableDeclaration(declaration) : undefined,
        });
      }
      return [...found.values()];
    },

    isArgument(span) {
      const node = root.descendantForIndex(span.start, span.end);
      const list = node?.parent;
      return list?.type === 'argument_list' && node!.startIndex === span.start && node!.endIndex === span.end && namedArgs(list).length > 1;
    },

    twinPlace(at, before): TwinPlace | undefined {
      const id = root.descendantForIndex(at.start, at.end);
      if (id?.type !== 'identifier' || id.startIndex !== at.start || id.endIndex !== at.end) return undefined;
      const declaration = declarationOf(id);
      if (!declaration) return undefined;
      const scope = scopeOf(declaration);
      const fn = FUNCTIONS.has(scope.type) ? scope : undefined;
      if (fn) {
        // A parameter: the twin opens the function's body.
        const body = fn.childForFieldName('body');
        const first = body ? namedArgs(namedArgs(body)[0] ?? body)[0] : undefined;
        if (!body || !first) return undefined;
        const lineStart = text.lastIndexOf('\n', first.startIndex - 1) + 1;
        return { at: lineStart, indent: text.slice(lineStart, first.startIndex), topLevel: false, scope: { start: body.startIndex, end: body.endIndex } };
      }
      // The latest statement before the call that binds the name: its declaration, or an assignment in an enclosing block.
      let binding: Node = declaration;
      for (const hit of allIdentifiers()) {
        if (hit.text !== id.text || hit.startIndex <= binding.startIndex || hit.endIndex > before || declarationOf(hit)?.id !== declaration.id || isUse(hit, declaration)) continue;
        binding = hit;
      }
      const statement = base.statementAt(binding.startIndex);
      if (!statement || statement.indent === '' && !statement.topLevel) return undefined;
      const holder = root.descendantForIndex(statement.span.start, statement.span.end);
      const block = holder?.parent;
      if (!block || !(block.startIndex <= before && before <= block.endIndex)) return undefined;
      const fnScope = statement.topLevel ? root : ancestorFunction(holder!) ?? root;
      return { at: lineAfter(text, statement.span.end), indent: statement.indent, topLevel: statement.topLevel, scope: { start: fnScope.startIndex, end: fnScope.endIndex } };
    },

    nameUsedIn(name, scope) {
      return allIdentifiers().some((id) => id.text === name && inside(id, scope));
    },
  };
}

function ancestorFunction(node: Node): Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (FUNCTIONS.has(n.type)) return n;
  return undefined;
}
