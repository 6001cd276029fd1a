// JavaScript/TypeScript fix edits: `process.env.NAME` reads and credentials cut out of string and template literals.
import type { FixBuilder } from './index';
import { literalParts } from './text';

export const javaScriptFixes: FixBuilder = {
  envRead(name) {
    return `process.env.${name}`;
  },

  envImport() {
    return [];
  },

  replaceInLiteral(text, literal, secret, read) {
    const parts = literalParts(text.slice(literal.start, literal.end), /^/);
    if (!parts) return undefined;
    if (parts.quote === '`') return { start: secret.start, end: secret.end, newText: `\${${read('`')}}` };
    const contentStart = literal.start + parts.contentStart;
    const before = parts.content.slice(0, secret.start - contentStart);
    const after = parts.content.slice(secret.end - contentStart);
    const piece = (s: string) => `${parts.quote}${s}${parts.quote}`;
    return { start: literal.start, end: literal.end, newText: [...(before ? [piece(before)] : []), read(parts.quote), ...(after ? [piece(after)] : [])].join(' + ') };
  },
};
