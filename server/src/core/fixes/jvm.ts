// Java fix writing: `System.getenv("NAME")` reads, string concatenation, and what the JVM fix builders write
// beyond a value (a constructor call, an import, a statement's end).
import type { TextEdit } from '../model';
import { lineEnding, literalParts } from './text';
import type { LanguageWriter } from './writer';

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
