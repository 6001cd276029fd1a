// Go fix writing: `os.Getenv("NAME")` reads, `"os"` added to the imports where gofmt would keep it, and credentials
// cut out of string literals.
import type { Span, TextEdit } from '../model';
import { lineAfter } from '../text';
import { lineEnding, literalParts } from './text';
import type { LanguageWriter } from './writer';

interface ImportSpec {
  path: string;
  /** The start of its line, and the start of the next line. */
  line: Span;
  /** The spec as written (`api "github.com/…"`). */
  source: string;
}

interface ImportDecl {
  span: Span;
  grouped: boolean;
  specs: ImportSpec[];
}

/** The package clause's end and the import declarations that follow it, read token by token (comments skipped). */
function importSection(text: string): { packageEnd: number; decls: ImportDecl[] } | undefined {
  let i = 0;
  const skip = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith('//', i)) i = lineAfter(text, i);
      else if (text.startsWith('/*', i)) i = text.indexOf('*/', i + 2) < 0 ? text.length : text.indexOf('*/', i + 2) + 2;
      else return;
    }
  };
  const word = () => {
    const m = /^[A-Za-z_.][\w]*/.exec(text.slice(i, i + 200));
    if (m) i += m[0].length;
    return m?.[0];
  };
  const literal = () => {
    const quote = text[i];
    if (quote !== '"' && quote !== '`') return undefined;
    const end = quote === '`' ? text.indexOf('`', i + 1) : /^"(?:[^"\\\n]|\\.)*"/.exec(text.slice(i))?.[0].length;
    if (end === undefined || end < 0) return undefined;
    const close = quote === '`' ? end + 1 : i + end;
    const value = text.slice(i + 1, close - 1);
    i = close;
    return value;
  };
  const spec = (): ImportSpec | undefined => {
    const start = i;
    if (text[i] !== '"' && text[i] !== '`') {
      word();
      skip();
    }
    const path = literal();
    if (path === undefined) return undefined;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return { path, line: { start: lineStart, end: lineAfter(text, i) }, source: text.slice(start, i) };
  };
  skip();
  if (word() !== 'package') return undefined;
  skip();
  if (!word()) return undefined;
  const packageEnd = i;
  const decls: ImportDecl[] = [];
  for (;;) {
    skip();
    const start = i;
    if (!/^import\b/.test(text.slice(i, i + 7))) break;
    i += 'import'.length;
    skip();
    if (text[i] === '(') {
      i++;
      const specs: ImportSpec[] = [];
      for (skip(); i < text.length && text[i] !== ')'; skip()) {
        const found = spec();
        if (!found) return undefined;
        specs.push(found);
        if (text[i] === ';') i++;
      }
      if (text[i] !== ')') return undefined;
      i++;
      decls.push({ span: { start, end: i }, grouped: true, specs });
    } else {
      const found = spec();
      if (!found) return undefined;
      decls.push({ span: { start, end: i }, grouped: false, specs: [found] });
    }
  }
  return { packageEnd, decls };
}

/** A standard-library path has no dot in its first element. */
const isStandard = (path: string) => !path.split('/')[0]!.includes('.');

/**
 * The edit that imports `path` where gofmt keeps it: in sorted place inside the standard-library group of the first
 * grouped import, a single import made a group, or a new import after the package clause.
 */
export function goImportEdit(text: string, path: string): TextEdit[] {
  const section = importSection(text);
  if (!section) return [];
  const eol = lineEnding(text);
  const quoted = `"${path}"`;
  const all = section.decls.flatMap((d) => d.specs);
  if (all.some((s) => s.source === quoted)) return [];
  const group = section.decls.find((d) => d.grouped && d.specs.length > 0);
  if (group) {
    // Blank lines split a grouped import into groups that gofmt sorts one by one.
    const runs: ImportSpec[][] = [];
    for (const s of group.specs) {
      const last = runs[runs.length - 1];
      const gap = last ? text.slice(last[last.length - 1]!.line.end, s.line.start).split('\n').slice(0, -1) : [];
      if (last && !gap.some((line) => line.trim() === '')) last.push(s);
      else runs.push([s]);
    }
    const indent = /^[ \t]*/.exec(text.slice(group.specs[0]!.line.start))![0];
    const run = runs.find((r) => r.some((s) => isStandard(s.path)));
    if (!run) {
      const at = group.specs[0]!.line.start;
      return [{ start: at, end: at, newText: `${indent}${quoted}${eol}${eol}` }];
    }
    const after = run.find((s) => s.path > path);
    const at = after ? after.line.start : run[run.length - 1]!.line.end;
    return [{ start: at, end: at, newText: `${indent}${quoted}${eol}` }];
  }
  const singles = section.decls;
  if (singles.length === 1) {
    const only = singles[0]!.specs[0]!;
    const lines = [only.source, quoted].sort((a, b) => pathOf(a).localeCompare(pathOf(b)));
    return [{ start: singles[0]!.span.start, end: singles[0]!.span.end, newText: `import (${eol}${lines.map((l) => `\t${l}${eol}`).join('')})` }];
  }
  if (singles.length > 1) {
    const at = lineAfter(text, singles[singles.length - 1]!.span.end);
    return [{ start: at, end: at, newText: `import ${quoted}${eol}` }];
  }
  const at = lineAfter(text, section.packageEnd);
  return [{ start: at, end: at, newText: `${eol}import ${quoted}${eol}` }];
}

function pathOf(spec: string): string {
  return /["`]([^"`]*)["`]$/.exec(spec)?.[1] ?? spec;
}

/** Whether a literal stands among several arguments of a call (gofmt writes `"Key "+x` there), as far as its line shows. */
function tightArgument(text: string, literal: Span): boolean {
  const before = text.slice(text.lastIndexOf('\n', literal.start - 1) + 1, literal.start).trimEnd();
  const after = text.slice(literal.end, lineAfter(text, literal.end)).trimStart();
  const prev = before[before.length - 1];
  const next = after[0];
  if (!(prev === ',' || prev === '(') || !(next === ',' || next === ')' || next === undefined) || (prev === '(' && next === ')')) return false;
  // The nearest bracket the line leaves open is the call's parenthesis, not a composite literal's brace.
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === ')' || c === '}' || c === ']') depth++;
    else if (c === '(' || c === '{' || c === '[') {
      if (depth === 0) return c === '(';
      depth--;
    }
  }
  return true;
}

/** `const key = "…"` cannot hold an environment read: the line's `const` becomes `var`. */
const CONST_LINE = /^([ \t]*)const(\s+[A-Za-z_]\w*(?:\s+[\w.*[\]]+)?\s*=\s*)$/;

export const goWriter: LanguageWriter = {
  envRead(name) {
    return `os.Getenv("${name}")`;
  },

  envImport(text) {
    return goImportEdit(text, 'os');
  },

  readsEnv(expression, name) {
    return new RegExp(`^os\\.Getenv\\(\\s*"${name}"\\s*\\)$`).test(expression.trim());
  },

  replaceInLiteral(text, literal, secret, read) {
    const parts = literalParts(text.slice(literal.start, literal.end), /^/);
    if (!parts || (parts.quote !== '"' && parts.quote !== '`')) return undefined;
    const contentStart = literal.start + parts.contentStart;
    const before = parts.content.slice(0, secret.start - contentStart);
    const after = parts.content.slice(secret.end - contentStart);
    const piece = (s: string) => `${parts.quote}${s}${parts.quote}`;
    const joined = [...(before ? [piece(before)] : []), read('"'), ...(after ? [piece(after)] : [])].join(tightArgument(text, literal) ? '+' : ' + ');
    const lineStart = text.lastIndexOf('\n', literal.start - 1) + 1;
    const declaration = CONST_LINE.exec(text.slice(lineStart, literal.start));
    if (!declaration) return { start: literal.start, end: literal.end, newText: joined };
    return { start: lineStart, end: literal.end, newText: `${declaration[1]}var${declaration[2]}${joined}` };
  },

  quote() {
    return '"';
  },

  stringLiteral(value) {
    return `"${value}"`;
  },

  isStringLiteral(expression, value) {
    const e = expression.trim();
    return e === `"${value}"` || e === `\`${value}\``;
  },

  constant(name, value, text) {
    return `const ${name} = ${value}${lineEnding(text)}`;
  },

  keyHeader(original, pat) {
    // The spacing of the expression it replaces, which gofmt chose for where it stands.
    const tight = /\S\+\S/.test(original);
    return `"Key "${tight ? '+' : ' + '}${pat('"')}`;
  },
};
