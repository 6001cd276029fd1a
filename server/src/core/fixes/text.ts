// Reading a file's own style for fix edits: its line ending and the shape of its string literals.

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
