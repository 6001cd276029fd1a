// Ruby fix writing: `ENV.fetch("NAME")` reads, constants, and credentials cut out of string literals.
import { lineEnding } from './text';
import { prevalentQuote, quotedStrings, type LanguageWriter } from './writer';

/** The quotes a string literal can take, the one preferred on a tie first (Ruby style guides prefer single quotes). */
const QUOTES = ["'", '"'];

/** How a string literal opens: quotes, or a percent literal (`%q(…)` does not interpolate, `%Q(…)` and `%(…)` do). */
const OPENING = /^(?:'|"|%q.|%Q.|%[^\w\s])/;

/** Plain literals in either quote; one compared with a value may end in `.freeze`. */
const strings = quotedStrings(QUOTES);

export const rubyWriter: LanguageWriter = {
  envRead(name, quote) {
    // ENV.fetch fails loudly when the variable is unset, where ENV[] would send `Key ` with nothing after it.
    const q = quote.includes('"') ? '"' : "'";
    return `ENV.fetch(${q}${name}${q})`;
  },

  envImport() {
    return [];
  },

  readsEnv(expression, name) {
    return new RegExp(`^ENV(?:\\.fetch\\(\\s*|\\[\\s*)(['"])${name}\\1`).test(expression.trim());
  },

  replaceInLiteral(text, literal, secret, read) {
    const source = text.slice(literal.start, literal.end);
    const opening = OPENING.exec(source)?.[0];
    if (!opening) return undefined;
    if (opening !== "'" && !opening.startsWith('%q')) {
      // An interpolating literal takes the read as an interpolation; Ruby reads quotes inside `#{…}` as code.
      return { start: secret.start, end: secret.end, newText: `#{${read(prevalentQuote(text, QUOTES))}}` };
    }
    const contentStart = literal.start + opening.length;
    const before = text.slice(contentStart, secret.start);
    const after = text.slice(secret.end, literal.end - 1);
    const piece = (s: string) => `${opening}${s}${source.slice(-1)}`;
    return { start: literal.start, end: literal.end, newText: [...(before ? [piece(before)] : []), read("'"), ...(after ? [piece(after)] : [])].join(' + ') };
  },

  ...strings,

  isStringLiteral(expression, value) {
    return strings.isStringLiteral(expression.trim().replace(/\.freeze$/, ''), value);
  },

  constant(name, value, text) {
    return `${name} = ${value}${lineEnding(text)}`;
  },

  keyHeader(_original, pat, quote) {
    // Written with interpolation, as Ruby code builds such strings; the read inside keeps the file's quotes.
    return `"Key #{${pat(quote)}}"`;
  },
};
