// Java and Kotlin fix writing: `System.getenv("NAME")` reads, string concatenation in Java and string templates in
// Kotlin, and what the JVM fix builders write beyond a value (a constructor call, an import, a statement's end).
import type { TextEdit } from '../model';
import { lineEnding, literalParts } from './text';
import type { LanguageWriter } from './writer';

/** A writer for the JVM fix builders. */
export interface JvmWriter extends LanguageWriter {
  /** A constructor call: `new T(args)` in Java, `T(args)` in Kotlin. */
  construct(type: string, args: string): string;
  /** What ends a statement: `;` in Java, nothing in Kotlin. */
  statementEnd: string;
  /** An import of a qualified name, as a whole line. */
  importLine(qualified: string, text: string): string;
  /** A `String` parameter carrying a request header, annotated with `annotation` (Retrofit's `@Header("Authorization")`). */
  headerParameter(annotation: string, name: string): string;
}

function envRead(name: string): string {
  return `System.getenv("${name}")`;
}

/** What both languages write the same way. */
const COMMON = {
  envRead,
  envImport(): TextEdit[] {
    return [];
  },
  readsEnv(expression: string, name: string): boolean {
    return new RegExp(`^System\\.getenv\\(\\s*"${name}"\\s*\\)$`).test(expression.trim());
  },
  quote(): string {
    return '"';
  },
  stringLiteral(value: string): string {
    return `"${value}"`;
  },
  isStringLiteral(expression: string, value: string): boolean {
    return expression.trim() === `"${value}"`;
  },
};

/** Java: concatenation, `new`, statements ending in `;`. */
export const javaWriter: JvmWriter = {
  ...COMMON,
  statementEnd: ';',

  replaceInLiteral(text, literal, secret, read) {
    const parts = literalParts(text.slice(literal.start, literal.end), /^/);
    // A text block cannot hold an expression, and splitting one would change its indentation.
    if (!parts || parts.quote !== '"') return undefined;
    const contentStart = literal.start + parts.contentStart;
    const before = parts.content.slice(0, secret.start - contentStart);
    const after = parts.content.slice(secret.end - contentStart);
    return { start: literal.start, end: literal.end, newText: [...(before ? [`"${before}"`] : []), read('"'), ...(after ? [`"${after}"`] : [])].join(' + ') };
  },

  constant(name, value, text) {
    // Java has no module level; the fix support binds no module constants, so a fix never asks for this in a file.
    return `static final String ${name} = ${value};${lineEnding(text)}`;
  },

  keyHeader(_original, pat) {
    return `"Key " + ${pat('"')}`;
  },

  construct: (type, args) => `new ${type}(${args})`,
  importLine: (qualified, text) => `import ${qualified};${lineEnding(text)}`,
  headerParameter: (annotation, name) => `@${annotation}("Authorization") String ${name}`,
};

/** `const val NAME =` (with a `String` type) right before a literal: a read cannot initialise a `const`. */
const CONST_BEFORE = /\bconst\s+(val\s+[A-Za-z_]\w*\s*(?::\s*String\??\s*)?=\s*)$/;

/** Kotlin: string templates, constructor calls without `new`, no `;`. */
export const kotlinWriter: JvmWriter = {
  ...COMMON,
  statementEnd: '',

  replaceInLiteral(text, literal, secret, read) {
    const source = text.slice(literal.start, literal.end);
    const parts = literalParts(source, /^/);
    if (!parts || (parts.quote !== '"' && parts.quote !== '"""')) return undefined;
    const whole = parts.content === text.slice(secret.start, secret.end);
    const lineStart = text.lastIndexOf('\n', literal.start - 1) + 1;
    const constant = CONST_BEFORE.exec(text.slice(lineStart, literal.start));
    if (constant) {
      // `const val KEY = "…"` becomes `val KEY = System.getenv("…")`.
      const start = literal.start - constant[0].length;
      const value = whole ? read('"') : templated(text, literal, secret, read);
      return { start, end: literal.end, newText: `${constant[1]}${value}` };
    }
    if (whole) return { start: literal.start, end: literal.end, newText: read('"') };
    return { start: secret.start, end: secret.end, newText: `\${${read('"')}}` };
  },

  constant(name, value, text) {
    return `private val ${name} = ${value}${lineEnding(text)}`;
  },

  keyHeader(original, pat) {
    // A template stays one (and new code is written as one); a concatenation stays a concatenation.
    const written = original.trim();
    return written === '' || (written.startsWith('"') && written.includes('$')) ? `"Key \${${pat('"')}}"` : `"Key " + ${pat('"')}`;
  },

  construct: (type, args) => `${type}(${args})`,
  importLine: (qualified, text) => `import ${qualified}${lineEnding(text)}`,
  headerParameter: (annotation, name) => `@${annotation}("Authorization") ${name}: String`,
};

/** The literal with the secret replaced by a template expression. */
function templated(text: string, literal: { start: number; end: number }, secret: { start: number; end: number }, read: (quote: string) => string): string {
  return `${text.slice(literal.start, secret.start)}\${${read('"')}}${text.slice(secret.end, literal.end)}`;
}
