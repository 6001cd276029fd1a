// How C# syntax answers the fix builders' questions (see ../fixSupport.ts): usings are the imports, `System` may be in
// scope without one (implicit usings), and a `const` cannot take a value read at run time.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { ConstantDeclaration, FixSupport } from '../../fixes/support';
import type { Span } from '../../model';
import { lineAfter } from '../../text';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';
import { usingOf } from './usings';

/** Where a name is only declared, not used: an initializer's member, an anonymous object's member, a named argument's label. */
function isLabel(hit: Node): boolean {
  const parent = hit.parent;
  if (!parent) return false;
  if (parent.type === 'assignment_expression' && parent.parent?.type === 'initializer_expression') return parent.childForFieldName('left')?.id === hit.id;
  if (parent.type === 'anonymous_object_creation_expression') return hit.nextSibling?.type === '=';
  if (parent.type === 'argument') return parent.childForFieldName('name')?.id === hit.id;
  return false;
}

const DECLARATIONS = new Set(['method_declaration', 'local_function_statement', 'class_declaration', 'struct_declaration', 'record_declaration', 'interface_declaration', 'enum_declaration', 'namespace_declaration', 'file_scoped_namespace_declaration']);
/** Bindings without a value the file shows, by the field that holds the bound name. */
const VALUELESS_BINDINGS: Readonly<Record<string, string>> = { parameter: 'name', catch_declaration: 'name', foreach_statement: 'left' };

const CSHARP: SyntaxProfile = {
  statementParents: new Set(['block', 'compilation_unit', 'declaration_list', 'switch_section']),
  scopeTypes: new Set([
    'block',
    'declaration_list',
    'method_declaration',
    'constructor_declaration',
    'local_function_statement',
    'lambda_expression',
    'anonymous_method_expression',
    'accessor_declaration',
    'for_statement',
    'foreach_statement',
    'using_statement',
    'catch_clause',
  ]),
  // Member accesses name what the evaluator follows through a type's members (`Settings.UserId`, `this._metadata`).
  nameTypes: new Set(['identifier', 'implicit_parameter', 'member_access_expression']),
  memberTypes: new Set(['member_access_expression', 'element_access_expression']),
  memberObject: 'expression',
  selfMember: 'this.',
  assignmentTypes: new Set(['assignment_expression']),
  callTypes: new Set(['invocation_expression']),
  nameChar: /\w/,
  bindingValue(hit) {
    const parent = hit.parent;
    if (!parent) return undefined;
    if (parent.type === 'variable_declarator' && parent.childForFieldName('name')?.id === hit.id) {
      const value = parent.namedChildren.filter((c): c is Node => c !== null && c.id !== hit.id && c.type !== 'comment' && c.type !== 'bracketed_argument_list').pop();
      return value ?? null;
    }
    // An assignment gives a declared name a value, often far from the declaration's scope (a field set in a
    // constructor): it counts as a use of that declaration, never as a binding of its own.
    if (parent.type === 'property_declaration' && parent.childForFieldName('name')?.id === hit.id) return parent.childForFieldName('value');
    if (DECLARATIONS.has(parent.type) && parent.childForFieldName('name')?.id === hit.id) return null;
    const field = VALUELESS_BINDINGS[parent.type];
    if ((field && parent.childForFieldName(field)?.id === hit.id) || hit.type === 'implicit_parameter') return null;
    return undefined;
  },
  isDeclarationOnly: isLabel,
  isImport: (statement) => statement.type === 'using_directive',
  isPreamble: (statement) => statement.type === 'extern_alias_directive',
  // Fixes write the owner's ids and the PAT read where they are used rather than as new fields.
  constantsBound: () => [],
  importedAs(statement, qualified) {
    const using = usingOf(statement);
    if (!using || using.isStatic) return undefined;
    if (using.alias) return qualified === using.target ? using.alias : qualified.startsWith(`${using.target}.`) ? `${using.alias}.${qualified.slice(using.target.length + 1)}` : undefined;
    if (qualified === using.target) return qualified;
    const member = qualified.startsWith(`${using.target}.`) ? qualified.slice(using.target.length + 1) : undefined;
    return member && !member.includes('.') ? member : undefined;
  },
};

/** Types of `System` a file names by their simple name only when `System` is in scope there (a using, or implicit usings). */
const SYSTEM_TYPES = new Set(['Environment', 'Console', 'Exception', 'Uri', 'Convert', 'Math', 'DateTime', 'TimeSpan', 'Guid', 'ArgumentException', 'ArgumentNullException', 'InvalidOperationException']);

/**
 * The fix support of a C# file: the shared one over C#'s syntax, with C#'s usings, implicit System and constants.
 * @param usings the file's using directives, those inside namespaces too
 */
export function cSharpFixSupport(root: Node, text: string, usings: readonly Node[]): FixSupport {
  const base = syntaxFixSupport(root, text, CSHARP);
  const localNames = new Map<string, string | undefined>();
  let only: boolean | undefined;
  const soleType = () => (only ??= !root.namedChildren.some((c) => c?.type === 'global_statement') && outermostTypes(root).length === 1);
  return {
    ...base,

    // Usings inside a namespace count too, and `System.X` is in scope wherever the file already names a System type plainly.
    localName(qualified) {
      if (!localNames.has(qualified)) {
        let local = usings.map((u) => CSHARP.importedAs(u, qualified)).find((l) => l !== undefined);
        if (local === undefined && qualified.startsWith('System.') && !qualified.slice(7).includes('.') && namesSystemType(root)) local = qualified.slice(7);
        localNames.set(qualified, local);
      }
      return localNames.get(qualified);
    },

    // A new using goes before the first plain using of the file (System ones first), after any global usings, else
    // after the comments that open the file.
    importOffset() {
      const top = root.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
      const topUsings = top.filter((c) => c.type === 'using_directive');
      const plain = topUsings.find((u) => !/^global\s/.test(u.text));
      const last = topUsings[topUsings.length - 1];
      if (last && !plain) return lineAfter(text, last.endIndex);
      const first = plain ?? top[0];
      return first ? text.lastIndexOf('\n', first.startIndex - 1) + 1 : 0;
    },

    // A type's static field or constant is in scope everywhere in a file that holds only that type (and types in it).
    moduleBinding(name) {
      return base.moduleBinding(name) ?? (soleType() ? sharedField(root, name, base.bindingOf(name)) : undefined);
    },

    constantOf(value) {
      return constantDeclaration(root, text, value);
    },
  };
}

const TYPE_DECLARATIONS = new Set(['class_declaration', 'struct_declaration', 'record_declaration', 'interface_declaration', 'enum_declaration']);

/** The types declared outside any other type, in the file or in its namespaces. */
function outermostTypes(container: Node | null): Node[] {
  return (container?.namedChildren ?? []).flatMap((c) => {
    if (!c) return [];
    if (TYPE_DECLARATIONS.has(c.type)) return [c];
    return c.type === 'namespace_declaration' ? outermostTypes(c.childForFieldName('body')) : [];
  });
}

/** The value of `name`'s only binding when that binding is a `static` or `const` field, usable from any member of its type. */
function sharedField(root: Node, name: string, value: Span | undefined): Span | undefined {
  if (!value) return undefined;
  const declarator = root.descendantForIndex(value.start, value.end)?.parent;
  const field = declarator?.type === 'variable_declarator' ? declarator.parent?.parent : undefined;
  if (field?.type !== 'field_declaration' || declarator?.childForFieldName('name')?.text !== name) return undefined;
  return field.namedChildren.some((c) => c?.type === 'modifier' && (c.text === 'static' || c.text === 'const')) ? value : undefined;
}

/** Whether the file names one of SYSTEM_TYPES by its simple name, as a receiver or a created type. */
function namesSystemType(root: Node): boolean {
  for (const node of root.descendantsOfType(['member_access_expression', 'object_creation_expression'])) {
    const named = node?.type === 'member_access_expression' ? node.childForFieldName('expression') : node?.childForFieldName('type');
    if (named?.type === 'identifier' && SYSTEM_TYPES.has(named.text)) return true;
  }
  return false;
}

/** Where only constants may go: an attribute's argument, a case label or constant pattern, a parameter's default. */
const CONSTANT_CONTEXTS = new Set(['attribute_argument', 'case_switch_label', 'constant_pattern', 'parameter']);

/**
 * The `const` declaration whose value is exactly the expression at `value`, whether the constant could become a value
 * read at run time (no use of its name sits in another constant's value or where only constants may go), and the edit
 * that makes it one: a `static readonly` field, or a local variable.
 */
function constantDeclaration(root: Node, text: string, value: Span): ConstantDeclaration | undefined {
  const node = root.descendantForIndex(value.start, value.end);
  const declarator = node?.parent;
  if (!node || declarator?.type !== 'variable_declarator' || node.startIndex !== value.start || node.endIndex !== value.end) return undefined;
  const statement = declarator.parent?.parent;
  const keyword = statement ? constModifier(statement) : undefined;
  const name = declarator.childForFieldName('name');
  if (!statement || !keyword || !name) return undefined;
  const uses = root.descendantsOfType('identifier').filter((n): n is Node => n !== null && n.text === name.text && n.id !== name.id);
  const replaceable = !uses.some((use) => {
    for (let n = use.parent; n; n = n.parent) {
      if (CONSTANT_CONTEXTS.has(n.type)) return n.type !== 'parameter' || n.childForFieldName('name')?.id !== use.id;
      if (n.type === 'variable_declarator') return !!n.parent?.parent && constModifier(n.parent.parent) !== undefined;
    }
    return false;
  });
  const member = statement.type === 'field_declaration';
  const end = member ? keyword.endIndex : keyword.endIndex + (/^\s*/.exec(text.slice(keyword.endIndex))?.[0].length ?? 0);
  return { replaceable, toVariable: { start: keyword.startIndex, end, newText: member ? 'static readonly' : '' } };
}

function constModifier(statement: Node): Node | undefined {
  return statement.namedChildren.find((c): c is Node => c?.type === 'modifier' && c.text === 'const');
}
