// Suppression comments: `clarifai-ignore-next-line <rule-id> -- reason`, trailing `clarifai-ignore <rule-id>`, `clarifai-ignore-file`.
import { isRuleId, type Finding, type RuleId, type Span } from './model';
import type { LineIndex } from './text';

export interface Comment {
  text: string;
  span: Span;
}

type Scope = 'file' | 'next-line' | 'line';

export interface Directive {
  scope: Scope;
  /** The rules it silences; empty means every rule. */
  rules: RuleId[];
  /** The line (0-based) it applies to; unused for the file scope. */
  line: number;
}

// The directive must open the comment, so prose that mentions it does not count.
const DIRECTIVE = /^(clarifai-ignore-file|clarifai-ignore-next-line|clarifai-ignore)(?=\s|$)(.*)$/s;

/** The comment's content without its delimiters (`#`, `//`, `/* … *\/`). */
function commentBody(text: string): string {
  return text
    .replace(/^(#|\/\/+|\/\*+|<!--)/, '')
    .replace(/(\*+\/|-->)$/, '')
    .trim();
}

export function parseDirectives(comments: readonly Comment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(commentBody(comment.text));
    if (!match) continue;
    const [, keyword, rest = ''] = match;
    const ids = rest.split('--')[0]!.trim();
    const words = ids.split(/[\s,]+/).filter(Boolean);
    const rules = words.filter(isRuleId);
    // A directive that names only unknown rules silences nothing rather than everything.
    if (words.length > 0 && rules.length === 0) continue;
    const scope: Scope = keyword === 'clarifai-ignore-file' ? 'file' : keyword === 'clarifai-ignore-next-line' ? 'next-line' : 'line';
    const line = scope === 'next-line' ? lines.lineOf(comment.span.end) + 1 : lines.lineOf(comment.span.start);
    directives.push({ scope, rules, line });
  }
  return directives;
}

/** Drops the findings a directive covers: same rule (or any rule), and the line the finding starts on. */
export function applySuppressions(findings: readonly Finding[], directives: readonly Directive[], lines: LineIndex): Finding[] {
  if (directives.length === 0) return [...findings];
  return findings.filter((finding) => {
    const line = lines.lineOf(finding.span.start);
    return !directives.some(
      (d) => (d.rules.length === 0 || d.rules.includes(finding.rule)) && (d.scope === 'file' || d.line === line),
    );
  });
}
