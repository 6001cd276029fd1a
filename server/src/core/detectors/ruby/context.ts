// What every Ruby detector shares for one file: the text, one index of the tree, the evaluator and the requires.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import { hasSecretShapedToken } from '../../clarifai/secrets';
import { namedArgs, shortLabel } from '../syntax';
import { SyntaxIndex } from '../syntaxIndex';
import { RUBY_BINDING_TYPES, RUBY_HEREDOC_TYPES, RUBY_SCOPE_TYPES, RubyEvaluator } from './evaluator';

/** Everything the Ruby detectors look at, collected in one walk. */
const INDEXED_TYPES = [...RUBY_BINDING_TYPES, ...RUBY_HEREDOC_TYPES, 'pair', 'comment'];

export interface RubyContext {
  text: string;
  /** Whether the text holds a credential-shaped token at all (computed once). */
  secretShaped: boolean;
  index: SyntaxIndex;
  ev: RubyEvaluator;
  calls: readonly Node[];
  /** The libraries the file requires (`net/http`, `httparty`, `clarification`). */
  requires: ReadonlySet<string>;
}

/** Indexes one Ruby file for the detectors. */
export function rubyContext(root: Node, text: string): RubyContext {
  const index = new SyntaxIndex(root, INDEXED_TYPES, RUBY_SCOPE_TYPES);
  const ev = new RubyEvaluator(index, text);
  const calls = index.of('call');
  const requires = new Set<string>();
  for (const call of calls) {
    // The text says which calls can be requires before any call into the parser.
    if (!text.startsWith('require', call.startIndex) || call.childForFieldName('receiver') || !/^require(?:_relative)?$/.test(methodOf(call))) continue;
    const arg = namedArgs(call.childForFieldName('arguments'))[0];
    const path = arg?.type === 'string' ? arg.namedChildren.find((c) => c?.type === 'string_content')?.text : undefined;
    if (path) requires.add(path);
  }
  return { text, secretShaped: hasSecretShapedToken(text), index, ev, calls, requires };
}

/** The name of a call's method (`post` of `HTTParty.post(…)`), read without resolving anything. */
export function methodOf(call: Node): string {
  return call.childForFieldName('method')?.text ?? '';
}

/** Where a call is and what it is called: the receiver and method a diagnostic marks (`http.request`), and the whole call. */
export function callParts(node: Node): { span: Span; callee: string; callSpan: Span } {
  const method = node.childForFieldName('method') ?? node;
  const start = node.childForFieldName('receiver')?.startIndex ?? method.startIndex;
  const text = node.text.slice(start - node.startIndex, method.endIndex - node.startIndex).replace(/\s+/g, '');
  return {
    span: { start, end: method.endIndex },
    callee: shortLabel(text),
    callSpan: { start: node.startIndex, end: node.endIndex },
  };
}

/** A block's closing token: values read there see every statement of the block. */
export function blockEnd(block: Node): Node {
  return block.child(block.childCount - 1) ?? block;
}

/** The argument list of a call written with parentheses, where a fix can add an argument; undefined without them. */
export function parenthesisedArgs(node: Node): Span | undefined {
  const args = node.childForFieldName('arguments');
  return args && node.text[args.startIndex - node.startIndex] === '(' ? { start: args.startIndex, end: args.endIndex } : undefined;
}
