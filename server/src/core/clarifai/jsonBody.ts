// A JSON document written as a string (a shell argument, a Java text block, a Go raw string), read into values:
// strings that are a variable's value become that value, so `"user_app_id": {"user_id": "'"$USER_ID"'"}` in a
// shell script, or `"user_id": "` + USER_ID + `"` in Go, resolves like any other binding.
import { memoize, objectOf, str, type Lazy, type StrPart, type Value } from '../values/value';
import { flatten, HOLE } from './urlTemplate';

/** The value of a JSON text (holes only inside JSON strings), or undefined when it is not JSON. */
export function jsonValue(text: Value): Value | undefined {
  const { template, holes } = flatten(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch {
    return undefined;
  }
  return toValue(parsed, holes);
}

function toValue(json: unknown, holes: readonly Value[]): Value {
  if (typeof json === 'string') return stringValue(json, holes);
  if (Array.isArray(json)) return { kind: 'list', items: json.map((item) => memoize(() => toValue(item, holes))), names: [] };
  if (json !== null && typeof json === 'object') {
    const entries = new Map<string, Lazy<Value>>(Object.entries(json).map(([key, item]) => [key, memoize(() => toValue(item, holes))]));
    return objectOf(entries, false);
  }
  return { kind: 'prim', text: String(json), names: [] };
}

/** A JSON string with hole markers: the holes' values in place of the markers. */
function stringValue(text: string, holes: readonly Value[]): Value {
  const parts: StrPart[] = [];
  for (const piece of text.split(new RegExp(`(${HOLE}\\d+${HOLE})`))) {
    const hole = new RegExp(`^${HOLE}(\\d+)${HOLE}$`).exec(piece);
    if (hole) parts.push({ hole: holes[Number(hole[1])]! });
    else if (piece) parts.push({ text: piece });
  }
  const only = parts[0];
  return parts.length === 1 && only && 'hole' in only ? only.hole : str(parts);
}
