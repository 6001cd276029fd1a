// C# string literals as values: regular (`"…"`, with escapes), verbatim (`@"…"`, with `""`), raw (`"""…"""`, whose
// lines lose the closing delimiter's indentation) and interpolated (`$"…{x}…"`, `$@"…"`, `$$"""…{{x}}…"""`).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Span } from '../../model';
import { interpolated, isHole, str, type StrPart, type TextPart, type Value } from '../../values/value';
import { spanOf } from '../syntax';

/** Node types of string literals the reader understands. */
export const CSHARP_STRING_TYPES: ReadonlySet<string> = new Set(['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression']);

/** The value of a string literal node; `evaluate` gives the value of an interpolation's expression. */
export function stringValue(node: Node, evaluate: (expression: Node | undefined) => Value): Value {
  const literal = spanOf(node);
  switch (node.type) {
    case 'string_literal':
      return str(regularParts(node, literal), literal);
    case 'verbatim_string_literal':
      return str(unescaped(node.text.slice(2, -1), node.startIndex + 2, /""/g, () => '"', literal), literal);
    case 'raw_string_literal': {
      const content = node.namedChildren.find((c) => c?.type === 'raw_string_content');
      const parts: StrPart[] = content ? [{ text: content.text, at: content.startIndex, literal }] : [];
      return str(rawLines(parts, closingIndent(node.text)), literal);
    }
    default:
      return str(interpolatedParts(node, literal, evaluate), literal);
  }
}

/** `"…"`: its text pieces as written, escape sequences decoded. */
function regularParts(node: Node, literal: Span): StrPart[] {
  const parts: StrPart[] = [];
  for (const child of node.namedChildren) {
    if (child?.type === 'string_literal_content') parts.push({ text: child.text, at: child.startIndex, literal });
    else if (child?.type === 'escape_sequence') parts.push({ text: decodeEscape(child.text), literal });
  }
  return parts;
}

/** `$"…"` in all its forms: text between the holes, each hole the value of its expression. */
function interpolatedParts(node: Node, literal: Span, evaluate: (expression: Node | undefined) => Value): StrPart[] {
  const start = node.namedChildren.find((c) => c?.type === 'interpolation_start')?.text ?? '$';
  const verbatim = start.includes('@');
  const raw = node.namedChildren.some((c) => c?.type === 'interpolation_quote');
  const parts: StrPart[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content') {
      // Doubled braces stand for one outside raw strings; doubled quotes for one in verbatim strings.
      const escape = raw ? null : verbatim ? /\{\{|\}\}|""/g : /\{\{|\}\}/g;
      parts.push(...(escape ? unescaped(child.text, child.startIndex, escape, (doubled) => doubled.charAt(0), literal) : [{ text: child.text, at: child.startIndex, literal }]));
    } else if (child.type === 'escape_sequence') parts.push({ text: decodeEscape(child.text), literal });
    else if (child.type === 'interpolation') {
      const expression = child.namedChildren.find((c) => c !== null && !INTERPOLATION_PARTS.has(c.type)) ?? undefined;
      parts.push(...interpolated(evaluate(expression), spanOf(child)));
    }
  }
  return raw ? rawLines(parts, closingIndent(node.text)) : parts;
}

const INTERPOLATION_PARTS = new Set(['interpolation_brace', 'interpolation_alignment_clause', 'interpolation_format_clause']);

/** Text with escapes replaced: the pieces between them keep their place in the source, the replacements have none. */
function unescaped(text: string, at: number, escape: RegExp, replace: (match: string) => string, literal: Span): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(escape)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), at: at + last, literal });
    parts.push({ text: replace(match[0]), literal });
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last), at: at + last, literal });
  return parts;
}

/**
 * The indentation a multi-line raw string's lines lose: the whitespace before its closing quotes; undefined for a
 * raw string on one line, which keeps its text as written.
 */
function closingIndent(source: string): string | undefined {
  const body = source.replace(/^\$*@?"{3,}/, '');
  if (!/^[ \t]*\r?\n/.test(body)) return undefined;
  return /\n([ \t]*)"{3,}$/.exec(source)?.[1] ?? '';
}

/**
 * A multi-line raw string's value: the line break after the opening quotes and the one before the closing quotes
 * dropped, and `indent` taken off the start of every line. Pieces keep their source offsets.
 */
function rawLines(parts: readonly StrPart[], indent: string | undefined): StrPart[] {
  if (indent === undefined) return [...parts];
  const out: StrPart[] = [];
  let atLineStart = false;
  let opening = true;
  for (const part of parts) {
    if (isHole(part)) {
      out.push(part);
      atLineStart = opening = false;
      continue;
    }
    let offset = 0;
    for (const piece of part.text.split(/(?<=\n)/)) {
      let cut = 0;
      // The opening line holds only the quotes: its line break is not part of the value.
      if (opening) cut = /^[ \t]*\r?\n/.exec(piece)?.[0].length ?? 0;
      else if (atLineStart) cut = Math.min(indent.length, /^[ \t]*/.exec(piece)![0].length);
      const text = piece.slice(cut);
      if (text) out.push({ ...part, text, at: part.at === undefined ? undefined : part.at + offset + cut });
      atLineStart = opening ? cut > 0 : piece.endsWith('\n');
      opening = false;
      offset += piece.length;
    }
  }
  // The line break before the closing quotes ends the last line, not the value.
  const last = out[out.length - 1];
  if (last && !isHole(last)) {
    const trimmed = last.text.replace(/\r?\n[ \t]*$/, '');
    if (trimmed) out[out.length - 1] = { ...last, text: trimmed };
    else out.pop();
  }
  return out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\x07', e: '\x1b', '0': '\0' };

/** `\n`, `\"`, `\u0041`, `\U0001F600`, `\x41` (one to four hex digits). */
function decodeEscape(escape: string): string {
  const body = escape.slice(1);
  if (/^(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{1,4})$/.test(body)) return String.fromCodePoint(parseInt(body.slice(1), 16));
  return SIMPLE_ESCAPES[body] ?? body;
}
