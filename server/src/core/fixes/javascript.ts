// JavaScript/TypeScript fix writing: `process.env.NAME` reads, constants, and credentials cut out of string and
// template literals.
import { concatenatedAround, lineEnding, literalParts } from './text';
import { prevalentQuote, type LanguageWriter } from './writer';

/** The quotes a string literal can take, the one preferred on a tie first. */
const QUOTES = ["'", '"'];

export const javaScriptWriter: LanguageWriter = {
  envRead(name) {
    return `process.env.${name}`;
  },

  envImport() {
    return [];
  },

  readsEnv(expression, name) {
    return new RegExp(`^(?:process|import\\.meta)\\.env(?:\\.${name}\\b|\\[\\s*(['"\`])${name}\\1\\s*\\])`).test(expression.trim());
  },

  replaceInLiteral(text, literal, secret, read) {
    const parts = literalParts(text.slice(literal.start, literal.end), /^/);
    if (!parts) return undefined;
    if (parts.quote === '`') return { start: secret.start, end: secret.end, newText: `\${${read('`')}}` };
    return concatenatedAround(literal, parts, secret, read(parts.quote), '+');
  },

  quote(text) {
    return prevalentQuote(text, QUOTES);
  },

  stringLiteral(value, quote) {
    return `${quote}${value}${quote}`;
  },

  isStringLiteral(expression, value) {
    const e = expression.trim();
    return [`"${value}"`, `'${value}'`, `\`${value}\``].includes(e);
  },

  constant(name, value, text) {
    return `const ${name} = ${value}${usesSemicolons(text) ? ';' : ''}${lineEnding(text)}`;
  },

  keyHeader(original, pat, quote) {
    const parts = literalParts(original.trim(), /^/);
    if (parts?.quote === '`') return `\`Key \${${pat('`')}}\``;
    const q = parts?.quote ?? quote;
    return `${q}Key ${q} + ${pat(q)}`;
  },
};

/**
 * Whether the file ends statements with semicolons. Lines that could end a statement (after `)`, `]`, a quote, a
 * name) end with `;` in a file that uses them often enough; in a file without them almost never.
 */
export function usesSemicolons(text: string): boolean {
  const ends = text.match(/[;)\]'"`\w][ \t]*$/gm) ?? [];
  const withSemicolon = ends.filter((e) => e.trimEnd().endsWith(';')).length;
  return ends.length === 0 || withSemicolon / ends.length >= 0.3;
}
