// Swift fix writing: `ProcessInfo.processInfo.environment["NAME"] ?? ""` reads (a `String`, as the value they
// replace), `import Foundation`, constants, and credentials cut out of string literals as interpolations.
import type { Span } from '../model';
import { lineEnding } from './text';
import type { LanguageWriter } from './writer';

/** Modules that bring ProcessInfo with them. */
const FOUNDATION = /^[ \t]*(?:@\w+[ \t]+)?import[ \t]+(?:Foundation|UIKit|AppKit|Cocoa|SwiftUI)[ \t]*(?:\/\/.*)?$/m;
const FIRST_IMPORT = /^(?:@\w+[ \t]+)?import[ \t]/m;

export const swiftWriter: LanguageWriter = {
  envRead(name) {
    return `ProcessInfo.processInfo.environment["${name}"] ?? ""`;
  },

  envImport(text) {
    if (FOUNDATION.test(text)) return [];
    const eol = lineEnding(text);
    const first = FIRST_IMPORT.exec(text);
    if (first) return [{ start: first.index, end: first.index, newText: `import Foundation${eol}` }];
    const at = afterHeader(text);
    return [{ start: at, end: at, newText: `import Foundation${eol}${eol}` }];
  },

  readsEnv(expression, name) {
    return new RegExp(`^ProcessInfo\\.processInfo\\.environment\\[\\s*"${name}"\\s*\\]`).test(expression.trim());
  },

  replaceInLiteral(text, literal, secret, read) {
    const open = /^(#*)("""|")/.exec(text.slice(literal.start, literal.end));
    if (!open) return undefined;
    const [, hashes = '', quote] = open;
    const contentStart = literal.start + open[0].length;
    const contentEnd = literal.end - hashes.length - quote!.length;
    if (quote === '"' && secret.start === contentStart && secret.end === contentEnd) {
      // The whole literal is the credential: the read takes its place (in parentheses where an operator binds it).
      const expression = read('"');
      return { start: literal.start, end: literal.end, newText: standsAlone(text, literal) ? expression : `(${expression})` };
    }
    return { start: secret.start, end: secret.end, newText: `\\${hashes}(${read('"')})` };
  },

  quote() {
    return '"';
  },

  stringLiteral(value) {
    return `"${value}"`;
  },

  isStringLiteral(expression, value) {
    return expression.trim() === `"${value}"`;
  },

  constant(name, value, text) {
    return `let ${name} = ${value}${lineEnding(text)}`;
  },

  keyHeader(_original, pat) {
    // An interpolation holds the `??` of an environment read without parentheses, and gives a `String`.
    return `"Key \\(${pat('"')})"`;
  },
};

/**
 * Whether an expression written in place of the literal needs no parentheses: it is a whole initial value, argument,
 * element or returned value, not an operand (`??` binds more loosely than `+`).
 */
function standsAlone(text: string, literal: Span): boolean {
  const before = text.slice(0, literal.start).trimEnd();
  const after = /^[ \t]*(.?)/.exec(text.slice(literal.end))![1]!;
  return /(?:^|[^=!<>])=$|[(,[:{]$|\breturn$/.test(before) && /^[)\],}\r\n;/]?$/.test(after);
}

/** The start of the first line after the comments and blank lines a file opens with (Xcode's header). */
function afterHeader(text: string): number {
  const header = /^(?:[ \t]*(?:\/\/[^\n]*)?\r?\n)*/.exec(text)![0];
  return header.length;
}
