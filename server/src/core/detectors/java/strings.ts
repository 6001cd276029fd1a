// Java string escapes: `\n`, `\"`, `\u0041`, octal `\101`, and `\s` and line continuations in text blocks.

const SIMPLE: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', s: ' ', '"': '"', "'": "'", '\\': '\\', '\n': '' };

/** The text one escape sequence stands for. */
export function decodeJavaEscape(escape: string): string {
  const body = escape.slice(1).replace(/^u+/, 'u');
  if (/^u[0-9a-fA-F]{4}$/.test(body)) return String.fromCharCode(parseInt(body.slice(1), 16));
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8));
  return SIMPLE[body] ?? body;
}
