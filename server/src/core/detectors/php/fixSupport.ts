// How PHP syntax answers the fix builders' questions (see ../fixSupport.ts). Names are written as PHP writes them:
// `$x` for a variable, `$this->x` for a property, `X` for a constant (of the file or of a class).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport } from '../../fixes/support';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';
import { namedArgs } from '../syntax';
import { useClauses, sameName } from './names';

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
/** Statements that set the file up: new `use` lines and constants go after them. */
const PREAMBLE = new Set(['php_tag', 'text', 'text_interpolation', 'declare_statement', 'namespace_definition']);
const REQUIRE = new Set(['require_expression', 'require_once_expression', 'include_expression', 'include_once_expression']);
/** Parents of a `name` that is not a constant: members, functions, classes and namespaces. */
const NOT_A_CONSTANT = new Set([
  'member_access_expression',
  'nullsafe_member_access_expression',
  'member_call_expression',
  'nullsafe_member_call_expression',
  'scoped_call_expression',
  'function_call_expression',
  'function_definition',
  'method_declaration',
  'class_declaration',
  'interface_declaration',
  'trait_declaration',
  'enum_declaration',
  'object_creation_expression',
  'namespace_name',
  'qualified_name',
  'named_type',
  'namespace_use_clause',
  'argument',
]);
/** Parents of a variable the statement binds without a value we can see. (`global $x` and a closure's `use ($x)` are uses.) */
const PARAMETERS = new Set(['simple_parameter', 'variadic_parameter', 'property_promotion_parameter', 'list_literal', 'catch_clause']);

/** The call `define('NAME', value)` whose name a string's content is, if it is one. */
function defineOf(content: Node): Node | undefined {
  const call = content.parent?.parent?.parent?.parent;
  if (content.parent?.type !== 'string' || call?.type !== 'function_call_expression') return undefined;
  if (call.childForFieldName('function')?.text.replace(/^\\/, '').toLowerCase() !== 'define') return undefined;
  const first = namedArgs(call.childForFieldName('arguments'))[0];
  return first?.startIndex === content.parent.startIndex ? call : undefined;
}

/** The names a top-level statement defines as constants: `const X = …;`, `define('X', …);`. */
function constantsOf(statement: Node): string[] {
  if (statement.type === 'const_declaration') {
    return namedArgs(statement).flatMap((e) => {
      const name = e.type === 'const_element' ? namedArgs(e)[0] : undefined;
      return name?.type === 'name' && CONSTANT.test(name.text) ? [name.text] : [];
    });
  }
  const call = statement.type === 'expression_statement' ? namedArgs(statement)[0] : undefined;
  if (call?.type !== 'function_call_expression' || call.childForFieldName('function')?.text.replace(/^\\/, '').toLowerCase() !== 'define') return [];
  const name = /^(['"])([A-Z][A-Z0-9_]*)\1$/.exec(namedArgs(namedArgs(call.childForFieldName('arguments'))[0])[0]?.text ?? '');
  return name ? [name[2]!] : [];
}

function phpProfile(root: Node): SyntaxProfile {
  // Code before the first `use` (the docs' samples set their ids there) counts as set-up: imports go beside the others.
  const firstUse = root.namedChildren.find((c) => c?.type === 'namespace_use_declaration')?.startIndex;
  return {
    statementParents: new Set(['program', 'compound_statement', 'colon_block', 'case_statement', 'default_statement']),
    scopeTypes: new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function', 'class_declaration', 'interface_declaration', 'trait_declaration', 'enum_declaration']),
    nameTypes: new Set(['variable_name', 'name', 'member_access_expression', 'string_content']),
    nameChar: /[\w$\u0080-\uffff]/,
    memberTypes: new Set(['member_access_expression', 'nullsafe_member_access_expression', 'member_call_expression', 'nullsafe_member_call_expression']),
    assignmentTypes: new Set(['assignment_expression', 'augmented_assignment_expression']),
    callTypes: new Set(['member_call_expression', 'nullsafe_member_call_expression', 'function_call_expression']),
    bindingValue(hit) {
      const parent = hit.parent;
      if (!parent) return undefined;
      if (hit.type === 'string_content') return namedArgs(namedArgs(defineOf(hit)?.childForFieldName('arguments'))[1])[0] ?? null;
      if (parent.type === 'assignment_expression' && parent.childForFieldName('left')?.id === hit.id) return parent.childForFieldName('right');
      if (parent.type === 'const_element' && namedArgs(parent)[0]?.id === hit.id) return namedArgs(parent).pop() ?? null;
      if (parent.type === 'static_variable_declaration' && parent.childForFieldName('name')?.id === hit.id) return parent.childForFieldName('value');
      if (PARAMETERS.has(parent.type)) return null;
      // `foreach ($items as $k => $v)`: everything after the iterated expression is bound by the loop.
      if (parent.type === 'pair' && parent.parent?.type === 'foreach_statement') return null;
      if (parent.type === 'foreach_statement' && namedArgs(parent)[0]?.id !== hit.id && parent.childForFieldName('body')?.id !== hit.id) return null;
      return undefined;
    },
    isDeclarationOnly(hit) {
      const parent = hit.parent;
      if (hit.type === 'string_content') return !defineOf(hit);
      if (hit.type === 'name') return !!parent && NOT_A_CONSTANT.has(parent.type);
      // A property declaration names `$this->x`, not the variable `$x`.
      return hit.type === 'variable_name' && parent?.type === 'property_element';
    },
    isImport(statement) {
      return statement.type === 'namespace_use_declaration';
    },
    isPreamble(statement) {
      if (PREAMBLE.has(statement.type)) return true;
      if (statement.type === 'expression_statement' && REQUIRE.has(namedArgs(statement)[0]?.type ?? '')) return true;
      return firstUse !== undefined && statement.endIndex <= firstUse;
    },
    constantsBound: constantsOf,
    importedAs(statement, qualified) {
      if (statement.type !== 'namespace_use_declaration') return undefined;
      return useClauses(statement).find((c) => sameName(c.path, qualified))?.alias;
    },
  };
}

export function phpFixSupport(root: Node, text: string): FixSupport {
  const support = syntaxFixSupport(root, text, phpProfile(root));
  let globals: Set<string> | undefined;
  // `$GLOBALS['x']` uses `$x` without writing its name: a variable read that way is never used only by one call.
  const readThroughGlobals = (name: string) => (globals ??= globalsRead(root)).has(name);
  return { ...support, usedOnlyWithin: (names, within) => !names.some(readThroughGlobals) && support.usedOnlyWithin(names, within) };
}

/** The variables the file reads as `$GLOBALS['x']`. */
function globalsRead(root: Node): Set<string> {
  const names = new Set<string>();
  for (const node of root.descendantsOfType('subscript_expression')) {
    const [object, index] = node ? namedArgs(node) : [];
    const key = index?.type === 'string' || index?.type === 'encapsed_string' ? /^["']([A-Za-z_]\w*)["']$/.exec(index.text)?.[1] : undefined;
    if (object?.text === '$GLOBALS' && key) names.add(`$${key}`);
  }
  return names;
}
