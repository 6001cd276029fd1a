// How Ruby syntax answers the fix builders' questions (see ../fixSupport.ts).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { FixSupport } from '../../fixes/support';
import { syntaxFixSupport, type SyntaxProfile } from '../fixSupport';
import { namedArgs } from '../syntax';
import { MUTATORS } from './bindingKeys';
import { RUBY_NAME_TYPES, RUBY_SCOPE_TYPES, RUBY_STATEMENT_PARENTS } from './evaluator';

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
const URL_PARTS = new Set(['host', 'hostname', 'port', 'scheme']);
const PARAMETERS = new Set(['method_parameters', 'block_parameters', 'lambda_parameters', 'optional_parameter', 'keyword_parameter', 'splat_parameter', 'hash_splat_parameter', 'block_parameter', 'destructured_parameter']);

/** The expression a member access reads from: the object of `x[k]`, the receiver of `x.k`. */
function objectOf(member: Node): Node | null {
  return member.type === 'element_reference' ? member.childForFieldName('object') : member.childForFieldName('receiver');
}

function isRequire(statement: Node): boolean {
  return statement.type === 'call' && !statement.childForFieldName('receiver') && /^(?:require|require_relative|load)$/.test(statement.childForFieldName('method')?.text ?? '');
}

const RUBY: SyntaxProfile = {
  statementParents: RUBY_STATEMENT_PARENTS,
  scopeTypes: RUBY_SCOPE_TYPES,
  nameTypes: RUBY_NAME_TYPES,
  memberTypes: new Set(['element_reference', 'call']),
  assignmentTypes: new Set(['assignment', 'operator_assignment']),
  callTypes: new Set(['call']),
  nameChar: /[\w@$]/,
  bindingValue(hit) {
    const parent = hit.parent;
    if (!parent) return undefined;
    if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === hit.id) return parent.childForFieldName('right');
    if (parent.type === 'operator_assignment' && parent.childForFieldName('left')?.id === hit.id) return null;
    if (parent.type === 'left_assignment_list' || PARAMETERS.has(parent.type)) return null;
    if ((parent.type === 'method' || parent.type === 'singleton_method') && parent.childForFieldName('name')?.id === hit.id) return null;
    return undefined;
  },
  isDeclarationOnly(hit) {
    // A method's name after a receiver (`req.body`) is an identifier too, but names no binding.
    const parent = hit.parent;
    return parent?.type === 'call' && parent.childForFieldName('method')?.id === hit.id && !!parent.childForFieldName('receiver');
  },
  builds(hit) {
    // `req["Authorization"] = …`, `req.body = …`, `conn.headers["X"] = …`, `req.add_field(…)` only build the value up,
    // and `uri.host`, `uri.port` read only parts of a URL that no fix changes (fixes edit its path).
    const parent = hit.parent;
    if (parent?.type === 'call' && parent.childForFieldName('receiver')?.id === hit.id && URL_PARTS.has(parent.childForFieldName('method')?.text ?? '')) return true;
    let member: Node = hit;
    while (member.parent && RUBY.memberTypes.has(member.parent.type) && objectOf(member.parent)?.id === member.id) member = member.parent;
    if (member.id === hit.id) return false;
    const holder = member.parent;
    if (holder && RUBY.assignmentTypes.has(holder.type)) return holder.childForFieldName('left')?.id === member.id;
    return member.type === 'call' && MUTATORS.has(member.childForFieldName('method')?.text ?? '') && RUBY_STATEMENT_PARENTS.has(holder?.type ?? '');
  },
  isImport: isRequire,
  isPreamble: () => false,
  constantsBound(statement) {
    const left = statement.type === 'assignment' ? statement.childForFieldName('left') : undefined;
    return left?.type === 'constant' && CONSTANT.test(left.text) ? [left.text] : [];
  },
  importedAs(statement, qualified) {
    const arg = isRequire(statement) ? namedArgs(statement.childForFieldName('arguments'))[0] : undefined;
    return arg?.type === 'string' && arg.text.slice(1, -1) === qualified ? qualified : undefined;
  },
};

/** The fix builders' questions answered from a Ruby syntax tree. */
export function rubyFixSupport(root: Node, text: string): FixSupport {
  return syntaxFixSupport(root, text, RUBY);
}
