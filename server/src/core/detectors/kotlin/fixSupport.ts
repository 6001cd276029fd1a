// How Kotlin syntax answers the fix builders' questions (see ../fixSupport.ts).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport } from '../../fixes/support';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';
import { BUILDING_METHOD, importedName } from '../jvm/imports';
import { assignmentParts, callParts, childOfType, children, KOTLIN_COMMENT_TYPES, navigationParts, propertyParts } from './syntax';

/** Parameters and loop variables: they bind a name to no value the file shows. */
const VALUELESS = new Set(['parameter', 'class_parameter', 'catch_block']);

const KOTLIN: SyntaxProfile = {
  statementParents: new Set(['source_file', 'statements', 'class_body']),
  scopeTypes: new Set(['function_declaration', 'lambda_literal', 'class_body', 'control_structure_body', 'for_statement', 'catch_block', 'secondary_constructor', 'anonymous_initializer']),
  // `this.stub` is a name of its own: properties are known by both spellings.
  nameTypes: new Set(['simple_identifier', 'navigation_expression', 'directly_assignable_expression']),
  nameChar: /\w/,
  memberTypes: new Set(),
  assignmentTypes: new Set(),
  callTypes: new Set(),
  commentTypes: new Set(KOTLIN_COMMENT_TYPES),
  bindingValue(hit) {
    const parent = hit.parent;
    if (!parent) return undefined;
    if (parent.type === 'variable_declaration') {
      const declaration = parent.parent;
      if (declaration?.type === 'property_declaration') return propertyParts(declaration).value ?? null;
      return null;
    }
    const target = hit.type === 'directly_assignable_expression' ? hit : parent.type === 'directly_assignable_expression' && children(parent).length === 1 ? parent : undefined;
    if (target?.parent?.type === 'assignment') return assignmentParts(target.parent).value ?? null;
    if (VALUELESS.has(parent.type) && childOfType(parent, 'simple_identifier')?.id === hit.id) return null;
    return undefined;
  },
  isDeclarationOnly(hit) {
    const parent = hit.parent;
    if (!parent) return false;
    // A function's name, an import's path, a named argument's name, a function called by its name.
    if (parent.type === 'function_declaration' || parent.type === 'identifier' || parent.type === 'package_header') return true;
    if (parent.type === 'value_argument') return children(parent).length > 1 && children(parent)[0]!.id === hit.id;
    return parent.type === 'call_expression' && callParts(parent).callee?.id === hit.id;
  },
  builds(hit) {
    // `builder.setModelId(x)`, `conn.requestMethod = "POST"`: a statement that only sets something on the value.
    const parent = hit.parent;
    if (parent?.type === 'directly_assignable_expression' && children(parent)[0]?.id === hit.id && children(parent).length > 1) return true;
    let node: Node = hit;
    let method: string | undefined;
    for (;;) {
      const navigation = node.parent?.type === 'navigation_expression' && navigationParts(node.parent)?.receiver.id === node.id ? node.parent : undefined;
      const call = navigation?.parent?.type === 'call_expression' && callParts(navigation.parent).callee?.id === navigation.id ? navigation.parent : undefined;
      if (!navigation || !call) break;
      method ??= navigationParts(navigation)?.name.text;
      node = call;
    }
    return method !== undefined && BUILDING_METHOD.test(method) && node.parent?.type === 'statements';
  },
  isImport: (statement) => statement.type === 'import_list',
  isPreamble: (statement) => statement.type === 'package_header' || statement.type === 'file_annotation' || statement.type === 'shebang_line',
  // New values are written where they are used, as in Java.
  constantsBound: () => [],
  importedAs(statement, qualified) {
    for (const header of statement.type === 'import_list' ? children(statement) : []) {
      const path = childOfType(header, 'identifier')?.text.replace(/\s+/g, '');
      const alias = childOfType(childOfType(header, 'import_alias'), 'type_identifier')?.text;
      const name = path ? importedName(path, !!childOfType(header, 'wildcard_import'), qualified, alias) : undefined;
      if (name) return name;
    }
    return undefined;
  },
};

/** The fix support of a Kotlin file. */
export function kotlinFixSupport(root: Node, text: string): FixSupport {
  return syntaxFixSupport(root, text, KOTLIN);
}
