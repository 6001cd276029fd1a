// PHP fix writing: `getenv('NAME')` reads, constants, `Key ` headers concatenated with `.`, and credentials cut out
// of string literals.
import { concatenatedAround, lineEnding, literalParts } from './text';
import { prevalentQuote, quotedStrings, type LanguageWriter } from './writer';

/** The quotes a string literal can take, the one preferred on a tie first. */
const QUOTES = ["'", '"'];
/** A string literal that is a constant expression (what `const X = …` accepts). */
const PLAIN_LITERAL = /^(?:'(?:[^'\\]|\\.)*'|"[^"$\\{]*")$/;
/** Words before a declared name whose default must be a constant expression: constants, properties, parameters. */
const DECLARING = new Set(['const', 'var', 'public', 'private', 'protected', 'static', 'readonly', 'final', ',', '(']);

export const phpWriter: LanguageWriter = {
  envRead(name) {
    // A read is never written inside a string (a call cannot be interpolated), so its quotes are its own.
    return `getenv('${name}')`;
  },

  envImport() {
    return [];
  },

  readsEnv(expression, name) {
    return new RegExp(`^(?:\\\\?getenv\\(\\s*(['"])${name}\\1\\s*\\)|\\$_(?:ENV|SERVER)\\[\\s*(['"])${name}\\2\\s*\\])$`).test(expression.trim());
  },

  replaceInLiteral(text, literal, secret, read) {
    if (isDeclarationDefault(text, literal.start)) return undefined;
    const parts = literalParts(text.slice(literal.start, literal.end), /^[bB]?/);
    if (!parts || parts.quote.length !== 1 || parts.quote === '`') return undefined;
    return concatenatedAround(literal, parts, secret, read(parts.quote), '.');
  },

  ...quotedStrings(QUOTES),

  constant(name, value, text) {
    // `const` takes only constant expressions; an environment read needs `define`.
    const q = prevalentQuote(text, QUOTES);
    return `${PLAIN_LITERAL.test(value.trim()) ? `const ${name} = ${value};` : `define(${q}${name}${q}, ${value});`}${lineEnding(text)}`;
  },

  keyHeader(original, pat, quote) {
    // A function call cannot be interpolated: the PAT is concatenated, in the quotes of the header it replaces.
    const trimmed = original.trim();
    const q = /^["']/.exec(trimmed)?.[0] ?? quote;
    // A curl header line (`'Authorization: Key ' . $key`) keeps its name.
    const line = /^["']\s*([A-Za-z-]+)\s*:/.exec(trimmed);
    const prefix = line ? `${line[1]}: Key ` : 'Key ';
    // Laravel's `withToken($key, 'Key')`: its arguments are rewritten, the scheme kept.
    if (trimmed.startsWith('(')) return `(${pat(q)}, ${q}Key${q})`;
    return `${q}${prefix}${q} . ${pat(q)}`;
  },
};

/**
 * Whether a literal is the default of a declaration (`const X = '…'`, `private $key = '…'`, a parameter's default),
 * which PHP requires to be a constant expression: an environment read cannot be written there.
 */
function isDeclarationDefault(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const declared = /(?:^|[^\w$])(\$?[A-Za-z_]\w*)\s*=\s*$/.exec(before);
  if (!declared || /(?:->|::|=|!|<|>)\s*\$?\w+\s*=\s*$/.test(before.slice(0, declared.index + declared[0].length))) return false;
  // The tokens before the name: modifiers, `const`, or (after a type) a parameter list's `(` or `,`.
  const tokens = before.slice(0, declared.index + 1).match(/[A-Za-z_]\w*|[^\s\w]/g) ?? [];
  const last = tokens[tokens.length - 1];
  const typed = last !== undefined && /^[A-Za-z_]/.test(last) && !DECLARING.has(last) ? tokens[tokens.length - 2] : last;
  return typed !== undefined && (DECLARING.has(typed) || DECLARING.has(last ?? '') || typed === '?');
}
