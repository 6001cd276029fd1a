// Python fix writing: `os.environ["NAME"]` reads, `import os`, constants, and credentials cut out of string literals.
import { concatenatedAround, lineEnding, literalParts } from './text';
import { quotedStrings, type LanguageWriter } from './writer';

const HAS_OS_IMPORT = /^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os\b(?![.\w])/m;

/** The quotes a string literal can take, the one preferred on a tie first. */
const QUOTES = ['"', "'"];

export const pythonWriter: LanguageWriter = {
  envRead(name, quote) {
    const q = quote.includes("'") ? "'" : '"';
    return `os.environ[${q}${name}${q}]`;
  },

  envImport(text) {
    if (HAS_OS_IMPORT.test(text)) return [];
    return [{ start: importOffset(text), end: importOffset(text), newText: `import os${lineEnding(text)}` }];
  },

  readsEnv(expression, name) {
    return new RegExp(`^os\\.(?:environ\\[|environ\\.get\\(|getenv\\()\\s*(['"])${name}\\1`).test(expression.trim());
  },

  replaceInLiteral(text, literal, secret, read) {
    const parts = literalParts(text.slice(literal.start, literal.end), /^[rRuUfF]{0,2}/);
    if (!parts || /[bB]/.test(parts.prefix)) return undefined;
    const other = parts.quote.includes('"') ? "'" : '"';
    if (/[fF]/.test(parts.prefix)) {
      // Inside an f-string the read is an interpolation, with the other quote.
      return { start: secret.start, end: secret.end, newText: `{${read(other)}}` };
    }
    return concatenatedAround(literal, parts, secret, read(parts.quote), '+');
  },

  ...quotedStrings(QUOTES),

  constant(name, value, text) {
    return `${name} = ${value}${lineEnding(text)}`;
  },

  keyHeader(original, pat, quote) {
    const parts = literalParts(original.trim(), /^[rRuUfF]{0,2}/);
    if (parts && /[fF]/.test(parts.prefix) && parts.quote.length === 1) {
      const other = parts.quote === '"' ? "'" : '"';
      return `${parts.prefix}${parts.quote}Key {${pat(other)}}${parts.quote}`;
    }
    const q = parts && parts.quote.length === 1 ? parts.quote : quote;
    return `${q}Key ${q} + ${pat(q)}`;
  },
};

/**
 * Where `import os` goes: before the first top-level import that is not `from __future__`, else after the
 * shebang, encoding line, module docstring and leading comments.
 */
function importOffset(text: string): number {
  let offset = 0;
  let afterHeader = 0;
  let inDocstring: string | undefined;
  for (const line of text.split(/(?<=\n)/)) {
    const trimmed = line.trim();
    if (inDocstring) {
      if (trimmed.includes(inDocstring)) {
        inDocstring = undefined;
        afterHeader = offset + line.length;
      }
    } else if (/^(import\s|from\s+(?!__future__\b)\S+\s+import\b)/.test(line)) {
      return offset;
    } else if (/^from\s+__future__\s+import\b/.test(line) || trimmed === '' || trimmed.startsWith('#')) {
      if (!trimmed.startsWith('#') || afterHeader === offset) afterHeader = offset + line.length;
    } else if (/^[rRuU]?("""|''')/.test(trimmed) && afterHeader === offset) {
      const quote = trimmed.slice(trimmed.search(/"""|'''/), trimmed.search(/"""|'''/) + 3);
      if (trimmed.indexOf(quote, trimmed.indexOf(quote) + 3) >= 0) afterHeader = offset + line.length;
      else inDocstring = quote;
    } else {
      return afterHeader;
    }
    offset += line.length;
  }
  return afterHeader;
}
