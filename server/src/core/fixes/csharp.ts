// C# fix writing: `Environment.GetEnvironmentVariable("NAME")` reads (with `using System;` where the file does not
// have System in scope), `Key …` headers in the form of the one they replace, and credentials cut out of regular,
// verbatim and interpolated literals, a `const` becoming a field or local that can hold a value read at run time.
import type { TextEdit } from '../model';
import { concatenatedAround, lineEnding, literalParts } from './text';
import type { LanguageWriter } from './writer';

const AUTHENTICATION_HEADER = /^new\s+((?:[\w.]+\.)?AuthenticationHeaderValue)\s*\(/;

export const cSharpWriter: LanguageWriter = {
  envRead(name) {
    return `Environment.GetEnvironmentVariable("${name}")`;
  },

  envImport(text, support) {
    if (support.localName('System.Environment')) return [];
    const at = support.importOffset();
    // Among other usings it is one more line; before a namespace or a type, a blank line sets it apart.
    const eol = lineEnding(text);
    const blank = /^(?:global\s+)?using\s/.test(text.slice(at)) ? '' : eol;
    return [{ start: at, end: at, newText: `using System;${eol}${blank}` }];
  },

  readsEnv(expression, name) {
    return new RegExp(`^(?:System\\.)?Environment\\.GetEnvironmentVariable\\(\\s*"${name}"\\s*\\)$`).test(expression.trim());
  },

  replaceInLiteral(text, literal, secret, read, support) {
    // `"…"`, `@"…"`, `$"…"`, `$@"…"`, `@$"…"`, `$$"""…"""` and `"""…"""`.
    const parts = literalParts(text.slice(literal.start, literal.end), /^[$@]*/);
    if (!parts) return undefined;
    const raw = parts.quote.length > 1;
    let replacement: TextEdit;
    if (parts.prefix.includes('$')) {
      // Inside an interpolated string the read is one more interpolation, in as many braces as the string opens with.
      const braces = raw ? parts.prefix.replace(/@/g, '').length : 1;
      replacement = { start: secret.start, end: secret.end, newText: `${'{'.repeat(braces)}${read('"')}${'}'.repeat(braces)}` };
    } else {
      // A raw string cannot be cut in two without changing its quotes.
      if (raw) return undefined;
      replacement = concatenatedAround(literal, parts, secret, read('"'), '+');
    }
    const constant = support.constantOf?.(literal);
    if (!constant) return replacement;
    if (!constant.replaceable) return undefined;
    // `const` holds only compile-time values: the declaration becomes one that holds a value read at run time.
    const { toVariable } = constant;
    return { start: toVariable.start, end: replacement.end, newText: toVariable.newText + text.slice(toVariable.end, replacement.start) + replacement.newText };
  },

  quote() {
    return '"';
  },

  stringLiteral(value) {
    return `"${value}"`;
  },

  isStringLiteral(expression, value) {
    const e = expression.trim();
    return e === `"${value}"` || e === `@"${value}"`;
  },

  constant(name, value, text) {
    return `static readonly string ${name} = ${value};${lineEnding(text)}`;
  },

  keyHeader(original, pat) {
    const source = original.trim();
    const header = AUTHENTICATION_HEADER.exec(source);
    if (header) return `new ${header[1]}("Key", ${pat('"')})`;
    // An interpolated header stays one.
    if (/^(?:\$@?|@\$)"(?!"")/.test(source)) return `$"Key {${pat('"')}}"`;
    return `"Key " + ${pat('"')}`;
  },
};
