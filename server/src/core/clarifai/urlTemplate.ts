// URLs built from literals and run-time values, split into path segments that are either text or a value.
import { asStr, describe, isHole, unknown, type Value } from '../values/value';

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

/** A URL value as a template string with numbered holes, and the values of those holes. */
export function flatten(value: Value): { template: string; holes: Value[] } {
  const holes: Value[] = [];
  let template = '';
  for (const part of asStr(value).parts) {
    if (isHole(part)) {
      template += `${HOLE}${holes.length}${HOLE}`;
      holes.push(part.hole);
    } else template += part.text;
  }
  return { template, holes };
}


/** A value's text split at `/`, each piece a segment. */
export function pathSegments(value: Value): { segments: Segment[]; query: string; holes: Value[] } {
  const { template, holes } = flatten(value);
  const [path = '', query = ''] = template.split(/[?#]/, 2);
  return { segments: path.split('/').map((s) => segment(s, holes)), query, holes };
}

/** The value of a segment: literal text as a string value, or the run-time value. */
export function segmentValue(seg: Segment | undefined): Value | undefined {
  if (!seg) return undefined;
  return 'value' in seg ? seg.value : { kind: 'str', parts: [{ text: seg.text }], names: [] };
}

export function segmentText(seg: Segment | undefined): string | undefined {
  return seg && 'text' in seg ? seg.text : undefined;
}
