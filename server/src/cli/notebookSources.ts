// Writes new cell sources into a stored .ipynb surgically: only the `source` value of each changed cell is
// replaced, serialised as nbformat stores it, and every other byte of the file (outputs, metadata, layout) stays.
import { member, readJsonSpans, stringValue, type JsonArray, type JsonNode, type JsonObject, type JsonString } from './jsonSpans';

/** Where a cell's source is stored: an array of line strings (nbformat 4) or one string. */
export interface StoredSource {
  /** The cell object, for the indentation of its members. */
  cell: JsonObject;
  value: JsonArray | JsonString;
}

/**
 * The stored source of every cell, indexed as the core's `readNotebook` indexes cells (`cells`, or the first
 * worksheet's in nbformat 3; `source`, or `input` in nbformat 3); undefined for a cell without one.
 */
export function storedSources(fileText: string): (StoredSource | undefined)[] {
  const root = readJsonSpans(fileText);
  let cells = member(root, 'cells');
  const worksheets = member(root, 'worksheets');
  if (!cells && worksheets?.kind === 'array') cells = member(worksheets.items[0], 'cells');
  if (cells?.kind !== 'array') return [];
  return cells.items.map((cell) => {
    const value = member(cell, 'source') ?? member(cell, 'input');
    return cell.kind === 'object' && (value?.kind === 'array' || value?.kind === 'string') ? { cell, value } : undefined;
  });
}

/** The text a stored source holds: its strings joined, as the core reads it. */
export function storedText(fileText: string, { value }: StoredSource): string {
  if (value.kind === 'string') return stringValue(fileText, value);
  return value.items.map((item) => (item.kind === 'string' ? stringValue(fileText, item) : '')).join('');
}

/** The file with the sources of the cells in `texts` (cell index → new text) replaced in `stored`, its sources. */
export function replaceCellSources(fileText: string, stored: readonly (StoredSource | undefined)[], texts: ReadonlyMap<number, string>): string {
  const style = escapeStyle(fileText);
  const replacements = [...texts].map(([index, text]) => {
    const source = stored[index];
    if (!source) throw new Error(`cell ${index} has no stored source to replace`);
    return { start: source.value.start, end: source.value.end, text: serialise(fileText, source, text, style) };
  });
  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += fileText.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + fileText.slice(at);
}

type EscapeStyle = 'utf8' | 'ascii';

/**
 * How the file writes characters outside ASCII: as themselves (nbformat's own writer), or as `\uXXXX` escapes
 * (Python's json.dump with its defaults). A file that shows neither is taken to be nbformat's.
 */
function escapeStyle(fileText: string): EscapeStyle {
  if (/[^\x00-\x7f]/.test(fileText)) return 'utf8';
  return /\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])/.test(fileText) ? 'ascii' : 'utf8';
}

/** A JSON string literal for `value` in the file's escape style, escaped as Python's json module does. */
function quote(value: string, style: EscapeStyle): string {
  const json = JSON.stringify(value);
  return style === 'utf8' ? json : json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The new source value, in the stored value's form and layout. */
function serialise(fileText: string, source: StoredSource, text: string, style: EscapeStyle): string {
  const { value } = source;
  if (value.kind === 'string') return quote(text, style);
  // nbformat's lines: each ends with its `\n`, the last one only if the text does.
  const lines = text === '' ? [] : text.split(/(?<=\n)/);
  if (lines.length === 0) return '[]';
  // A line the cell already had keeps its stored form, escapes and all.
  const stored = new Map<string, string>();
  for (const item of value.items) if (item.kind === 'string') stored.set(stringValue(fileText, item), fileText.slice(item.start, item.end));
  const items = lines.map((line) => stored.get(line) ?? quote(line, style));
  const layout = arrayLayout(fileText, source.cell, value);
  return `[${layout.open}${items.join(layout.between)}${layout.close}]`;
}

/** What goes after `[`, between two items (the comma included) and before `]`. */
interface ArrayLayout {
  open: string;
  between: string;
  close: string;
}

/** The stored array's own layout, or for an empty one the layout nbformat would give it in this file. */
function arrayLayout(fileText: string, cell: JsonObject, value: JsonArray): ArrayLayout {
  const { items } = value;
  const first = items[0];
  const last = items[items.length - 1];
  if (first && last) {
    const open = fileText.slice(value.start + 1, first.start);
    const between = items[1] ? fileText.slice(first.end, items[1].start) : `,${open}`;
    return { open, between, close: fileText.slice(last.end, value.end - 1) };
  }
  // An empty array: place the items one level deeper than the `"source"` key, as the file indents.
  const keyLine = lineIndent(fileText, keyStart(fileText, cell, value));
  if (keyLine === undefined) return { open: '', between: compactSeparator(fileText, value), close: '' };
  const cellIndent = lineIndent(fileText, cell.start)?.indent ?? '';
  const step = keyLine.indent.startsWith(cellIndent) && keyLine.indent.length > cellIndent.length ? keyLine.indent.slice(cellIndent.length) : ' ';
  const open = `${keyLine.newline}${keyLine.indent}${step}`;
  return { open, between: `,${open}`, close: `${keyLine.newline}${keyLine.indent}` };
}

/** The offset of the key whose value is `value` inside `cell`. */
function keyStart(fileText: string, cell: JsonObject, value: JsonNode): number {
  // Back from the value over `:` and blanks to the key's closing quote, then to its opening quote.
  let at = value.start - 1;
  while (at > cell.start && fileText[at] !== '"') at--;
  return fileText.lastIndexOf('"', at - 1);
}

/**
 * The indentation of the line `offset` is on and the line break before it, when only blanks come between
 * the break and `offset`; undefined when the file does not put this value on a line of its own.
 */
function lineIndent(fileText: string, offset: number): { indent: string; newline: string } | undefined {
  const lineStart = fileText.lastIndexOf('\n', offset - 1) + 1;
  const indent = fileText.slice(lineStart, offset);
  if (lineStart === 0 || !/^[ \t]*$/.test(indent)) return undefined;
  return { indent, newline: fileText[lineStart - 2] === '\r' ? '\r\n' : '\n' };
}

/** Between items on one line: a comma and a space when the file writes `"key": value`, else a bare comma. */
function compactSeparator(fileText: string, value: JsonArray): string {
  return fileText[value.start - 1] === ' ' ? ', ' : ',';
}
