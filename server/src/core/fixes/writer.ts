// How one language writes the pieces fixes need, in the file's own style.
import type { Span, TextEdit } from '../model';
import type { FixSupport } from './support';

export interface LanguageWriter {
  /** An expression that reads an environment variable, using `quote` where it needs quotes. */
  envRead(name: string, quote: string): string;
  /** Edits that make `envRead` work in this file (`import os`), or none; `support` answers what the syntax tree knows. */
  envImport(text: string, support: FixSupport): TextEdit[];
  /** Whether an expression's source reads that environment variable. */
  readsEnv(expression: string, name: string): boolean;
  /**
   * Replaces the credential inside a string literal with an environment read; undefined when the literal is too
   * unusual, or where it is written cannot hold a read (a constant used where only constants may go).
   */
  replaceInLiteral(text: string, literal: Span, secret: Span, read: (quote: string) => string, support: FixSupport): TextEdit | undefined;
  /** The quote character the file mostly writes strings with. */
  quote(text: string): string;
  stringLiteral(value: string, quote: string): string;
  /** Whether an expression's source is a plain string literal of that value. */
  isStringLiteral(expression: string, value: string): boolean;
  /** A module-level constant declaration, as a whole line. */
  constant(name: string, value: string, text: string): string;
  /** `"Key " + pat` shaped like the header it replaces: an f-string or a template literal stays one. */
  keyHeader(original: string, pat: (quote: string) => string, quote: string): string;
}

let lastQuote: { text: string; candidates: readonly string[]; quote: string } | undefined;

/** The quote the text uses most (the first candidate on a tie); remembered for the last text asked about. */
export function prevalentQuote(text: string, candidates: readonly string[]): string {
  if (lastQuote?.text === text && lastQuote.candidates === candidates) return lastQuote.quote;
  let best = candidates[0]!;
  let bestCount = -1;
  for (const q of candidates) {
    let count = 0;
    for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) count++;
    if (count > bestCount) {
      best = q;
      bestCount = count;
    }
  }
  lastQuote = { text, candidates, quote: best };
  return best;
}

/** The string-literal part of a writer for a language whose plain literals take one of `quotes` (the preferred first). */
export function quotedStrings(quotes: readonly string[]): Pick<LanguageWriter, 'quote' | 'stringLiteral' | 'isStringLiteral'> {
  return {
    quote: (text) => prevalentQuote(text, quotes),
    stringLiteral: (value, quote) => `${quote}${value}${quote}`,
    isStringLiteral: (expression, value) => quotes.some((q) => expression.trim() === `${q}${value}${q}`),
  };
}
