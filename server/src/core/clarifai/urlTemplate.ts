// URLs built from literals and run-time values, split into path segments that are either text or a value.
import type { OwnerSegment } from '../model';
import { asStr, describe, isHole, unknown, type HolePart, type TextPart, type Value } from '../values/value';

/** Marks a run-time value inside a flattened URL: HOLE + index + HOLE. */
export const HOLE = '\uE000';

/** A path segment: literal text, or a value only known at run time. */
export type Segment = { text: string } | { value: Value };

/** One path segment of a flattened URL: text, a single run-time value, or a mix (a run-time value described by its text). */
export function segment(text: string, holes: Value[]): Segment {
  const only = new RegExp(`^${HOLE}(\\d+)${HOLE}$`).exec(text);
  if (only) return { value: holes[Number(only[1])] ?? unknown(text) };
  if (text.includes(HOLE)) return { value: unknown(text.replace(new RegExp(`${HOLE}(\\d+)${HOLE}`, 'g'), (_, n: string) => `{${describe(holes[Number(n)]!) ?? '…'}}`)) };
  return { text };
}

/** Where one template character comes from: a character of a text part, or a hole's marker. */
export type CharSource = { part: TextPart; index: number } | { hole: HolePart };

/** A URL value as a template string with numbered holes, the values of those holes, and each character's source. */
export function flatten(value: Value): { template: string; holes: Value[]; sources: CharSource[] } {
  const holes: Value[] = [];
  const sources: CharSource[] = [];
  let template = '';
  for (const part of asStr(value).parts) {
    if (isHole(part)) {
      const marker = `${HOLE}${holes.length}${HOLE}`;
      holes.push(part.hole);
      for (let i = 0; i < marker.length; i++) sources.push({ hole: part });
      template += marker;
    } else {
      for (let i = 0; i < part.text.length; i++) sources.push({ part, index: i });
      template += part.text;
    }
  }
  return { template, holes, sources };
}

/**
 * Where template characters [start, end) are written, for a fix that replaces them: text inside the URL's own
 * literal, a whole literal elsewhere (a constant the URL is built from), or a hole's interpolation or operand.
 */
export function writtenAt(sources: readonly CharSource[], start: number, end: number): OwnerSegment | undefined {
  const first = sources[start];
  if (!first || end <= start) return undefined;
  if ('hole' in first) {
    const sameHole = (s: CharSource | undefined) => s !== undefined && 'hole' in s && s.hole === first.hole;
    const whole = sources.slice(start, end).every(sameHole) && !sameHole(sources[start - 1]) && !sameHole(sources[end]);
    const written = first.hole.written;
    if (!whole || !written) return undefined;
    return { span: written.span, form: written.interpolation ? 'interpolation' : 'expression', via: [] };
  }
  const { part, index } = first;
  for (let i = start; i < end; i++) {
    const s = sources[i]!;
    if ('hole' in s || s.part !== part || s.index !== index + (i - start)) return undefined;
  }
  // A literal that is exactly this piece (a constant) is rewritten whole, quotes and all.
  if (part.from && part.from.length > 0 && part.literal && index === 0 && end - start === part.text.length && part.at !== undefined && part.literal.start < part.at) {
    return { span: part.literal, form: 'literal', via: part.from };
  }
  return part.at === undefined ? undefined : { span: { start: part.at + index, end: part.at + index + (end - start) }, form: 'text', via: part.from ?? [] };
}

/** A value's text split at `/`, each piece a segment, with where each piece is written. */
export function pathSegments(value: Value): { segments: Segment[]; written: (OwnerSegment | undefined)[]; query: string; holes: Value[] } {
  const { template, holes, sources } = flatten(value);
  const [path = '', query = ''] = template.split(/[?#]/, 2);
  const pieces = path.split('/');
  const written: (OwnerSegment | undefined)[] = [];
  let at = 0;
  for (const piece of pieces) {
    written.push(writtenAt(sources, at, at + piece.length));
    at += piece.length + 1;
  }
  return { segments: pieces.map((s) => segment(s, holes)), written, query, holes };
}

/** The value of a segment: literal text as a string value, or the run-time value. */
export function segmentValue(seg: Segment | undefined): Value | undefined {
  if (!seg) return undefined;
  return 'value' in seg ? seg.value : { kind: 'str', parts: [{ text: seg.text }], names: [] };
}

export function segmentText(seg: Segment | undefined): string | undefined {
  return seg && 'text' in seg ? seg.text : undefined;
}
