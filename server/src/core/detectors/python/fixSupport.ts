// How Python syntax answers the fix builders' questions (see ../fixSupport.ts).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport } from '../../fixes/support';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
const BINDING_PARENTS = new Set(['parameters', 'lambda_parameters', 'typed_parameter', 'list_splat_pattern', 'dictionary_splat_pattern', 'aliased_import', 'dotted_name', 'global_statement', 'nonlocal_statement']);

const PYTHON: SyntaxProfile = {
  statementParents: new Set(['module', 'block']),
  scopeTypes: new Set(['function_definition', 'lambda', 'class_definition']),
  nameTypes: new Set(['identifier', 'attribute']),
  memberTypes: new Set(['attribute']),
  assignmentTypes: new Set(['assignment', 'augmented_assignment']),
  callTypes: new Set(['call']),
  nameChar: /[\w]/,
  bindingValue(hit) {
    const parent = hit.parent;
    if (!parent) return undefined;
    if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === hit.id) return parent.childForFieldName('right');
    if ((parent.type === 'default_parameter' || parent.type === 'typed_default_parameter') && parent.childForFieldName('name')?.id === hit.id) return null;
    if ((parent.type === 'function_definition' || parent.type === 'class_definition') && parent.childForFieldName('name')?.id === hit.id) return null;
    if ((parent.type === 'for_statement' || parent.type === 'for_in_clause') && parent.childForFieldName('left')?.id === hit.id) return null;
    if (parent.type === 'as_pattern_target' || parent.type === 'pattern_list' || parent.type === 'tuple_pattern') return null;
    if (BINDING_PARENTS.has(parent.type)) return null;
    if (parent.type === 'import_from_statement' || parent.type === 'import_statement') return null;
    return undefined;
  },
  isDeclarationOnly(hit) {
    const parent = hit.parent;
    return parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === hit.id;
  },
  isImport(statement) {
    return statement.type === 'import_statement' || statement.type === 'import_from_statement' || statement.type === 'future_import_statement';
  },
  isPreamble(statement) {
    // A docstring: a statement that is only a string.
    return statement.type === 'expression_statement' && statement.namedChildren.length === 1 && statement.namedChildren[0]?.type === 'string';
  },
  constantsBound(statement) {
    if (statement.type !== 'expression_statement') return [];
    const assignment = statement.namedChildren[0];
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
    return left?.type === 'identifier' && CONSTANT.test(left.text) ? [left.text] : [];
  },
  importedAs(statement, qualified) {
    if (statement.type === 'import_from_statement') {
      const module = statement.childForFieldName('module_name')?.text;
      for (const name of statement.childrenForFieldName('name')) {
        if (!name) continue;
        const imported = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
        const local = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
        if (module && `${module}.${imported}` === qualified) return local;
      }
    } else if (statement.type === 'import_statement') {
      for (const name of statement.namedChildren) {
        if (name?.type === 'aliased_import' && name.childForFieldName('name')?.text === qualified) return name.childForFieldName('alias')?.text;
        if (name?.type === 'dotted_name' && name.text === qualified) return qualified;
      }
    }
    return undefined;
  },
};

export function pythonFixSupport(root: Node, text: string): FixSupport {
  return syntaxFixSupport(root, text, PYTHON);
}
