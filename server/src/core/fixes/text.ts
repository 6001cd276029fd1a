// Reading a file's own style for fix edits: its line ending and the shape of its string literals.
import type { Span, TextEdit } from '../model';

/** The file's line ending, so that inserted lines match it. */
export function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** Splits a string literal into its prefix (`f`, `r`…), quote and content, with the content's offset. */
export function literalParts(source: string, prefixChars: RegExp): { prefix: string; quote: string; content: string; contentStart: number } | undefined {
  const prefix = prefixChars.exec(source)?.[0] ?? '';
  const rest = source.slice(prefix.length);
  const quote = ['"""', "'''", '"', "'", '`'].find((q) => rest.startsWith(q) && rest.endsWith(q) && rest.length >= 2 * q.length);
  if (!quote) return undefined;
  return { prefix, quote, content: rest.slice(quote.length, rest.length - quote.length), contentStart: prefix.length + quote.length };
}

export type LiteralParts = NonNullable<ReturnType<typeof literalParts>>;

/**
 * The literal rewritten with `read` in place of the secret: the text before and after it stay literals of the same
 * quotes, joined to the read with the language's concatenation `operator` (`+`, `.`).
 */
export function concatenatedAround(literal: Span, parts: LiteralParts, secret: Span, read: string, operator: string): TextEdit {
  const contentStart = literal.start + parts.contentStart;
  const before = parts.content.slice(0, secret.start - contentStart);
  const after = parts.content.slice(secret.end - contentStart);
  const piece = (s: string) => `${parts.prefix}${parts.quote}${s}${parts.quote}`;
  return { start: literal.start, end: literal.end, newText: [...(before ? [piece(before)] : []), read, ...(after ? [piece(after)] : [])].join(` ${operator} `) };
}

/**
 * A block of lines to insert at the start of a line, with `blank` empty lines around it counting those already
 * there, so that it sits in the file like its other top-level definitions.
 */
export function blockAt(text: string, at: number, lines: readonly string[], blank: number): string {
  const eol = lineEnding(text);
  const before = /(?:\r?\n[ \t]*)*$/.exec(text.slice(0, at))![0].split('\n').length - 1;
  const after = /^(?:[ \t]*\r?\n)*/.exec(text.slice(at))![0].split('\n').length - 1;
  const lead = at === 0 ? 0 : Math.max(0, blank + 1 - before);
  return eol.repeat(lead) + lines.map((l) => l + eol).join('') + eol.repeat(Math.max(0, blank - after));
}
