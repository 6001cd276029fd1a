// How JavaScript and TypeScript syntax answer the fix builders' questions (see ../fixSupport.ts).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport } from '../../fixes/support';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
const DECLARATIONS = new Set(['lexical_declaration', 'variable_declaration']);
const VALUELESS_BINDINGS = new Set([
  'formal_parameters',
  'required_parameter',
  'optional_parameter',
  'rest_pattern',
  'import_specifier',
  'import_clause',
  'namespace_import',
  'shorthand_property_identifier_pattern',
  'object_pattern',
  'array_pattern',
  'pair_pattern',
  'catch_clause',
  'function_declaration',
  'generator_function_declaration',
  'class_declaration',
]);

/** The declaration a module-level statement holds (`export const X = …` included). */
function declarationOf(statement: Node): Node | undefined {
  const inner = statement.type === 'export_statement' ? statement.childForFieldName('declaration') : statement;
  return inner && DECLARATIONS.has(inner.type) ? inner : undefined;
}

function declarators(statement: Node): Node[] {
  return declarationOf(statement)?.namedChildren.filter((c): c is Node => c?.type === 'variable_declarator') ?? [];
}

/** `require('x')` (possibly `.default` or awaited `import('x')`). */
function requiredModule(value: Node | null): string | undefined {
  if (value?.type !== 'call_expression') return undefined;
  const fn = value.childForFieldName('function');
  const arg = value.childForFieldName('arguments')?.namedChildren[0];
  return fn?.text === 'require' && arg?.type === 'string' ? arg.text.slice(1, -1) : undefined;
}

const JAVASCRIPT: SyntaxProfile = {
  statementParents: new Set(['program', 'statement_block', 'switch_case', 'switch_default']),
  // Functions for parameters and `var`; blocks for `const` and `let`, which is how most files declare.
  scopeTypes: new Set(['statement_block', 'arrow_function', 'function_expression', 'function_declaration', 'generator_function_declaration', 'method_definition', 'class_body', 'for_statement', 'for_in_statement']),
  nameTypes: new Set(['identifier', 'shorthand_property_identifier', 'member_expression']),
  memberTypes: new Set(['member_expression', 'subscript_expression']),
  assignmentTypes: new Set(['assignment_expression', 'augmented_assignment_expression']),
  callTypes: new Set(['call_expression']),
  nameChar: /[\w$]/,
  bindingValue(hit) {
    const parent = hit.parent;
    if (!parent) return undefined;
    if (parent.type === 'variable_declarator' && parent.childForFieldName('name')?.id === hit.id) return parent.childForFieldName('value');
    if (parent.type === 'assignment_expression' && parent.childForFieldName('left')?.id === hit.id) return parent.childForFieldName('right');
    if (VALUELESS_BINDINGS.has(parent.type)) return null;
    return undefined;
  },
  isDeclarationOnly() {
    // Keys and member names have node types of their own (property_identifier), so every hit is a name.
    return false;
  },
  isImport(statement) {
    return statement.type === 'import_statement' || declarators(statement).some((d) => requiredModule(d.childForFieldName('value')) !== undefined);
  },
  isPreamble(statement) {
    // 'use strict' and other directives.
    return statement.type === 'expression_statement' && statement.namedChildren[0]?.type === 'string';
  },
  constantsBound(statement) {
    const declaration = declarationOf(statement);
    if (!declaration || declaration.child(0)?.type !== 'const') return [];
    return declarators(statement).flatMap((d) => {
      const name = d.childForFieldName('name');
      return name?.type === 'identifier' && CONSTANT.test(name.text) ? [name.text] : [];
    });
  },
  importedAs(statement, qualified) {
    const dot = qualified.lastIndexOf('.');
    const [module, member] = dot < 0 ? [qualified, undefined] : [qualified.slice(0, dot), qualified.slice(dot + 1)];
    if (statement.type === 'import_statement') {
      if (statement.childForFieldName('source')?.text.slice(1, -1) !== module) return undefined;
      for (const spec of statement.descendantsOfType('import_specifier')) {
        if (spec && spec.childForFieldName('name')?.text === member) return (spec.childForFieldName('alias') ?? spec.childForFieldName('name'))?.text;
      }
      return undefined;
    }
    for (const d of declarators(statement)) {
      if (requiredModule(d.childForFieldName('value')) !== module) continue;
      const name = d.childForFieldName('name');
      if (!member && name?.type === 'identifier') return name.text;
      for (const prop of name?.type === 'object_pattern' ? name.namedChildren : []) {
        if (prop?.type === 'shorthand_property_identifier_pattern' && prop.text === member) return prop.text;
        if (prop?.type === 'pair_pattern' && prop.childForFieldName('key')?.text === member) return prop.childForFieldName('value')?.text;
      }
    }
    return undefined;
  },
};

export function javaScriptFixSupport(root: Node, text: string): FixSupport {
  return syntaxFixSupport(root, text, JAVASCRIPT);
}
