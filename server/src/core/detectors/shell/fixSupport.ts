// How shell syntax answers the fix builders' questions (see ../fixSupport.ts).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport } from '../../fixes/support';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';

const SHELL: SyntaxProfile = {
  statementParents: new Set(['program', 'compound_statement', 'do_group', 'if_statement', 'elif_clause', 'else_clause', 'case_item', 'subshell']),
  scopeTypes: new Set(['function_definition']),
  nameTypes: new Set(['variable_name']),
  nameChar: /\w/,
  memberTypes: new Set(),
  assignmentTypes: new Set(),
  callTypes: new Set(),
  bindingValue(hit) {
    const parent = hit.parent;
    if (parent?.type === 'variable_assignment' && parent.childForFieldName('name')?.id === hit.id) return parent.childForFieldName('value');
    if (parent?.type === 'for_statement' && parent.childForFieldName('variable')?.id === hit.id) return null;
    return undefined;
  },
  isDeclarationOnly: () => false,
  isImport: (statement) => statement.type === 'command' && /^(source|\.)$/.test(statement.childForFieldName('name')?.text ?? ''),
  isPreamble: () => false,
  // Scripts name their settings in capitals, but a fix writes `$CLARIFAI_PAT` where it is used rather than a new variable.
  constantsBound: () => [],
  importedAs: () => undefined,
};

export function shellFixSupport(root: Node, text: string): FixSupport {
  return syntaxFixSupport(root, text, SHELL);
}
