// HTTP headers written as `Name: value` lines (curl's `-H`, PHP's CURLOPT_HTTPHEADER, Retrofit's `@Headers`): the
// name, and the value with every piece still in its place in the source.
import { isHole, str, type StrValue, type Value } from '../values/value';

/** `Name: value` split into the header's name and its value (the text after the colon and its spaces). */
export function splitHeaderLine(header: Value): { name: string; value: Value } | undefined {
  if (header.kind !== 'str') return undefined;
  const first = header.parts[0];
  if (!first || isHole(first)) return undefined;
  const colon = /^\s*([A-Za-z0-9-]+)\s*:\s*/.exec(first.text);
  if (!colon) return undefined;
  const rest = first.text.slice(colon[0].length);
  const at = first.at === undefined ? undefined : first.at + colon[0].length;
  const parts = [...(rest ? [{ ...first, text: rest, at }] : []), ...header.parts.slice(1)];
  return { name: colon[1]!, value: { ...str(parts, header.span), names: header.names } satisfies StrValue };
}
