// Shell fix writing: `${NAME}` environment reads inside double quotes, and credentials cut out of quoted words.
import { lineEnding } from './text';
import type { LanguageWriter } from './writer';

/** Characters a double-quoted shell string gives a meaning to. */
const DOUBLE_QUOTED_SPECIAL = /[\\$`"]/g;

export const shellWriter: LanguageWriter = {
  envRead(name) {
    return `\${${name}}`;
  },

  envImport() {
    return [];
  },

  readsEnv(expression, name) {
    return new RegExp(`^"?\\$(?:${name}|\\{${name}\\})"?$`).test(expression.trim());
  },

  replaceInLiteral(text, literal, secret, read) {
    const source = text.slice(literal.start, literal.end);
    // A single-quoted word cannot expand a variable: it becomes a double-quoted one.
    if (source.startsWith("'") && source.endsWith("'")) {
      const content = source.slice(1, -1);
      const at = secret.start - literal.start - 1;
      const escape = (s: string) => s.replace(DOUBLE_QUOTED_SPECIAL, '\\$&');
      return { start: literal.start, end: literal.end, newText: `"${escape(content.slice(0, at))}${read('"')}${escape(content.slice(at + secret.end - secret.start))}"` };
    }
    return { start: secret.start, end: secret.end, newText: read('"') };
  },

  quote() {
    return '"';
  },

  stringLiteral(value) {
    return `"${value}"`;
  },

  isStringLiteral(expression, value) {
    const e = expression.trim();
    return e === value || e === `"${value}"` || e === `'${value}'`;
  },

  constant(name, value, text) {
    return `${name}=${value}${lineEnding(text)}`;
  },

  keyHeader(original, pat) {
    // A curl header argument carries its name: `"Authorization: Key $KEY"` keeps `Authorization`.
    const name = /^["']?\s*(authorization)\s*:/i.exec(original.trim())?.[1] ?? 'Authorization';
    return `"${name}: Key ${pat('"')}"`;
  },
};
