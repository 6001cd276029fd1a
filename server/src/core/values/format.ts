// Format strings with arguments (`String.format`, `fmt.Sprintf`, `sprintf`, `String(format:)`; .NET's
// `string.Format`): the formatted text, each conversion replaced by its argument's value, so that a URL or a header
// built this way resolves like a concatenation.
import type { Span } from '../model';
import { interpolated, isHole, str, unknown, type StrPart, type Value } from './value';

/** printf conversions: `%s`, `%d`, `%v`, `%1$s`, `%-10s`, `%.2f`, `%@` (Swift), and `%%`. */
const PRINTF = /%(?:(\d+)\$)?[-+ #0']*\d*(?:\.\d+)?(?:hh|h|ll|l|L|q|j|z|t)?([a-zA-Z@%])/g;
/** .NET composite format items: `{0}`, `{1,8}`, `{0:N2}`, and the escapes `{{` and `}}`. */
const COMPOSITE = /\{\{|\}\}|\{(\d+)(?:,[^}:]*)?(?::[^}]*)?\}/g;

/** The value of a printf-style call: `format` with its conversions filled from `args`. */
export function printfValue(format: Value, args: readonly Value[], span?: Span): Value {
  let next = 0;
  return substituted(format, PRINTF, span, (match) => {
    if (match[2] === '%') return '%';
    const index = match[1] ? Number(match[1]) - 1 : next++;
    return args[index];
  });
}

/** The value of a .NET `string.Format`: `format` with its `{n}` items filled from `args`. */
export function compositeFormatValue(format: Value, args: readonly Value[], span?: Span): Value {
  return substituted(format, COMPOSITE, span, (match) => (match[0] === '{{' ? '{' : match[0] === '}}' ? '}' : args[Number(match[1])]));
}

/**
 * Replaces each match of `pattern` in the format's literal text by what `fill` gives: literal text, a value (an
 * argument) whose own parts join the result, or parts to put there as they are. Unknown when an argument is missing.
 */
export function substituted(format: Value, pattern: RegExp, span: Span | undefined, fill: (match: RegExpExecArray) => string | Value | readonly StrPart[] | undefined): Value {
  if (format.kind !== 'str') return unknown('a formatted string', span);
  const parts: StrPart[] = [];
  for (const part of format.parts) {
    if (isHole(part)) {
      parts.push(part);
      continue;
    }
    let last = 0;
    for (const match of part.text.matchAll(pattern)) {
      const at = match.index;
      if (at > last) parts.push(slicePart(part, last, at));
      const value = fill(match);
      if (value === undefined) return unknown('a formatted string', span);
      if (typeof value === 'string') parts.push({ text: value, from: part.from });
      else if (isParts(value)) parts.push(...value);
      else if (value.kind === 'prim') parts.push({ text: value.text });
      else parts.push(...interpolated(value));
      last = at + match[0].length;
    }
    if (last < part.text.length) parts.push(slicePart(part, last, part.text.length));
  }
  return str(parts, span);
}

function isParts(value: Value | readonly StrPart[]): value is readonly StrPart[] {
  return Array.isArray(value);
}

/** A piece of a text part, still mapped onto the source when the part was. */
function slicePart(part: Extract<StrPart, { text: string }>, start: number, end: number): StrPart {
  return { ...part, text: part.text.slice(start, end), at: part.at === undefined ? undefined : part.at + start };
}
