// How Java syntax answers the fix builders' questions (see ../fixSupport.ts).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport } from '../../fixes/support';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';
import { BUILDING_METHOD, importedName } from '../jvm/imports';
import { JAVA_COMMENT_TYPES } from './context';

/** Declarations whose `name` field is no use of a variable: methods, types, and the parameters and loop variables they bind. */
const DECLARED_NAMES = new Set(['method_declaration', 'constructor_declaration', 'class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration', 'annotation_type_declaration', 'method_invocation', 'annotation', 'marker_annotation', 'element_value_pair', 'labeled_statement']);
const VALUELESS = new Set(['formal_parameter', 'spread_parameter', 'catch_formal_parameter', 'enhanced_for_statement']);

const JAVA: SyntaxProfile = {
  statementParents: new Set(['program', 'class_body', 'interface_body', 'enum_body_declarations', 'block', 'constructor_body', 'switch_block_statement_group']),
  scopeTypes: new Set(['block', 'constructor_body', 'method_declaration', 'constructor_declaration', 'lambda_expression', 'class_body', 'interface_body', 'enum_body', 'for_statement', 'enhanced_for_statement', 'try_with_resources_statement', 'catch_clause']),
  // `this.stub` is a name of its own: fields are known by both spellings.
  nameTypes: new Set(['identifier', 'field_access']),
  nameChar: /[\w$]/,
  memberTypes: new Set(['field_access']),
  assignmentTypes: new Set(['assignment_expression']),
  callTypes: new Set(),
  bindingValue(hit) {
    const parent = hit.parent;
    if (!parent) return undefined;
    const named = (field: string) => parent.childForFieldName(field)?.id === hit.id;
    if (parent.type === 'variable_declarator' && named('name')) return parent.childForFieldName('value');
    if ((parent.type === 'assignment_expression' && named('left')) || (parent.type === 'resource' && named('name'))) return parent.childForFieldName(parent.type === 'resource' ? 'value' : 'right');
    if ((VALUELESS.has(parent.type) && named('name')) || (parent.type === 'lambda_expression' && named('parameters')) || parent.type === 'inferred_parameters') return null;
    return undefined;
  },
  isDeclarationOnly(hit) {
    const parent = hit.parent;
    if (!parent) return false;
    if (parent.type === 'scoped_identifier' || parent.type === 'import_declaration' || parent.type === 'package_declaration') return true;
    return DECLARED_NAMES.has(parent.type) && (parent.childForFieldName('name')?.id === hit.id || parent.childForFieldName('key')?.id === hit.id);
  },
  builds(hit) {
    // `builder.setModelId(x);`, `conn.setRequestProperty(…).…;`: a statement that only sets something on the value.
    let node: Node = hit;
    let method: string | undefined;
    while (node.parent?.type === 'method_invocation' && node.parent.childForFieldName('object')?.id === node.id) {
      node = node.parent;
      method ??= node.childForFieldName('name')?.text;
    }
    return method !== undefined && BUILDING_METHOD.test(method) && node.parent?.type === 'expression_statement';
  },
  commentTypes: new Set(JAVA_COMMENT_TYPES),
  isImport: (statement) => statement.type === 'import_declaration',
  isPreamble: (statement) => statement.type === 'package_declaration',
  // Java has no module-level values: a fix writes its values where they are used.
  constantsBound: () => [],
  importedAs(statement, qualified) {
    if (statement.type !== 'import_declaration' || statement.namedChildren.some((c) => c?.type === 'static')) return undefined;
    const path = statement.namedChildren.find((c) => c?.type === 'scoped_identifier' || c?.type === 'identifier')?.text;
    const wildcard = statement.namedChildren.some((c) => c?.type === 'asterisk');
    return path ? importedName(path, wildcard, qualified) : undefined;
  },
};

/** The fix support of a Java file. */
export function javaFixSupport(root: Node, text: string): FixSupport {
  return syntaxFixSupport(root, text, JAVA);
}
