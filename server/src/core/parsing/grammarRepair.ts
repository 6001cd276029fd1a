// Repairs a known defect in a shipped grammar binary before it is loaded.
//
// tree-sitter-swift 0.4 allocates its scanner's state with `calloc(0, sizeof(state))`: zero bytes, so the state it
// keeps (how many `#` open the raw string being read) starts as whatever the heap held. After the first parse in a
// process every raw string (`#"…"#`) fails to parse. The repair turns the call into `calloc(1, sizeof(state))`.
import type { GrammarName } from '../languages';

const SWIFT_SCANNER_CREATE = 'tree_sitter_swift_external_scanner_create';

/** The grammar's bytes, repaired where a known defect is found exactly as expected; otherwise unchanged. */
export function repairGrammar(grammar: GrammarName, bytes: Uint8Array): Uint8Array {
  if (grammar !== 'swift') return bytes;
  const body = functionBody(bytes, SWIFT_SCANNER_CREATE);
  // No locals; i32.const 0; i32.const 4; call calloc; end.
  if (!body || body.size !== 8 || bytes[body.start] !== 0x00 || bytes[body.start + 1] !== 0x41 || bytes[body.start + 2] !== 0x00) return bytes;
  if (bytes[body.start + 3] !== 0x41 || bytes[body.start + 4] !== 0x04 || bytes[body.start + 5] !== 0x10 || bytes[body.start + 7] !== 0x0b) return bytes;
  if (body.imports[bytes[body.start + 6]!] !== 'calloc') return bytes;
  const repaired = bytes.slice();
  repaired[body.start + 2] = 0x01;
  return repaired;
}

/** Where the body of an exported function is, and the names of the imported functions (by index). */
function functionBody(bytes: Uint8Array, exported: string): { start: number; size: number; imports: string[] } | undefined {
  let at = 8;
  const leb = (): number => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++] ?? 0;
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80 && at < bytes.length);
    return result >>> 0;
  };
  const name = (): string => {
    const length = leb();
    const text = new TextDecoder().decode(bytes.subarray(at, at + length));
    at += length;
    return text;
  };
  const sections = new Map<number, number>();
  while (at < bytes.length) {
    const id = bytes[at++]!;
    const size = leb();
    if (!sections.has(id)) sections.set(id, at);
    at += size;
  }
  const imports: string[] = [];
  const importSection = sections.get(2);
  if (importSection !== undefined) {
    at = importSection;
    for (let count = leb(); count > 0; count--) {
      name();
      const field = name();
      const kind = bytes[at++];
      if (kind === 0) {
        leb();
        imports.push(field);
      } else if (kind === 1) {
        at++;
        if (bytes[at++]! & 1) leb();
        leb();
      } else if (kind === 2) {
        if (bytes[at++]! & 1) leb();
        leb();
      } else if (kind === 3) at += 2;
      else return undefined;
    }
  }
  const exportSection = sections.get(7);
  const codeSection = sections.get(10);
  if (exportSection === undefined || codeSection === undefined) return undefined;
  at = exportSection;
  let index: number | undefined;
  for (let count = leb(); count > 0; count--) {
    const field = name();
    const kind = bytes[at++];
    const item = leb();
    if (kind === 0 && field === exported) index = item;
  }
  if (index === undefined || index < imports.length) return undefined;
  at = codeSection;
  const bodies = leb();
  for (let i = 0; i < bodies; i++) {
    const size = leb();
    if (i === index - imports.length) return { start: at, size, imports };
    at += size;
  }
  return undefined;
}
