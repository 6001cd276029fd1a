// How Swift syntax answers the fix builders' questions (see ../fixSupport.ts).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport } from '../../fixes/support';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';
import { valueArguments } from './evaluator';

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
const STATEMENT_PARENTS = new Set(['source_file', 'statements', 'class_body', 'enum_class_body', 'protocol_body']);

/** Whether a call's argument list is a subscript: `headers["Authorization"]`. */
function isSubscript(call: Node): boolean {
  return valueArguments(call)?.child(0)?.type === '[';
}

/** `let a = 1, b = 2`: the value written for the declarator whose pattern holds the hit, or null without one. */
function declaredValue(declaration: Node, pattern: Node): Node | null {
  let current: Node | undefined;
  for (const child of declaration.namedChildren) {
    if (!child) continue;
    if (child.type === 'pattern') current = child;
    else if (current?.id === pattern.id && child.type !== 'type_annotation' && child.type !== 'value_binding_pattern') return child.type === 'computed_property' ? null : child;
  }
  return null;
}

const SWIFT: SyntaxProfile = {
  statementParents: STATEMENT_PARENTS,
  // Functions and closures for parameters, blocks for the locals they declare, type bodies for properties.
  scopeTypes: new Set(['function_declaration', 'init_declaration', 'deinit_declaration', 'lambda_literal', 'computed_property', 'statements', 'class_body', 'enum_class_body']),
  nameTypes: new Set(['simple_identifier', 'navigation_expression']),
  memberTypes: new Set(['navigation_expression']),
  assignmentTypes: new Set(['assignment']),
  callTypes: new Set(['call_expression']),
  nameChar: /[\w$]/,
  bindingValue(hit) {
    const parent = hit.parent;
    if (!parent) return undefined;
    if (parent.type === 'pattern') {
      const declaration = parent.parent;
      return declaration?.type === 'property_declaration' && parent.childForFieldName('bound_identifier')?.id === hit.id ? declaredValue(declaration, parent) : null;
    }
    // `if let x = v`, `guard let x = v else …`; the shorthand `if let x` reads the outer `x`.
    if ((parent.type === 'if_statement' || parent.type === 'guard_statement') && hit.previousSibling?.type === 'value_binding_pattern') {
      return hit.nextSibling?.type === '=' ? hit.nextSibling.nextSibling : undefined;
    }
    if ((parent.type === 'parameter' || parent.type === 'lambda_parameter') && parent.childForFieldName('name')?.id === hit.id) return null;
    if (parent.type === 'function_declaration' && parent.childForFieldName('name')?.id === hit.id) return null;
    // An assignment to a name (`app = ClarifaiApp(…)`) changes the binding a declaration made: it counts as a use.
    return undefined;
  },
  isDeclarationOnly(hit) {
    const parent = hit.parent;
    if (parent?.type === 'value_argument_label') return true;
    return parent?.type === 'parameter' && parent.childForFieldName('external_name')?.id === hit.id;
  },
  builds(hit) {
    let member: Node = hit;
    for (let parent = member.parent; parent; parent = member.parent) {
      const inner = parent.type === 'navigation_expression' ? parent.childForFieldName('target') : parent.type === 'call_expression' && isSubscript(parent) ? parent.namedChildren[0] : undefined;
      if (inner?.id !== member.id) break;
      member = parent;
    }
    if (member.id === hit.id) return false;
    const holder = member.parent;
    // `request.httpMethod = "POST"`, `headers["Authorization"] = …`.
    if (holder?.type === 'directly_assignable_expression') return holder.parent?.type === 'assignment';
    // `request.setValue(…, forHTTPHeaderField: …)` as a statement of its own.
    return holder?.type === 'call_expression' && holder.namedChildren[0]?.id === member.id && member.type === 'navigation_expression' && STATEMENT_PARENTS.has(holder.parent?.type ?? '');
  },
  isImport: (statement) => statement.type === 'import_declaration',
  isPreamble: (statement) => statement.type === 'multiline_comment',
  constantsBound(statement) {
    if (statement.type !== 'property_declaration') return [];
    const names = statement.namedChildren.filter((c) => c?.type === 'pattern').map((p) => p?.childForFieldName('bound_identifier')?.text ?? '');
    return /^(?:(?:public|private|fileprivate|internal)\s+)?let\s/.test(statement.text) ? names.filter((n) => CONSTANT.test(n)) : [];
  },
  // Swift imports modules, not names: a module's types are used under their own names.
  importedAs: () => undefined,
};

export function swiftFixSupport(root: Node, text: string): FixSupport {
  return syntaxFixSupport(root, text, SWIFT);
}
