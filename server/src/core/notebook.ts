// Jupyter notebooks: reads a stored .ipynb with the file offset of every source character, and joins
// Python code cells into one program (magics blanked) with a way back from program offsets to cells.
import type { Span } from './model';

export interface NotebookCell {
  kind: 'code' | 'markdown' | 'raw';
  /** The cell's language: the notebook's kernel language unless the cell says otherwise. */
  language: string;
  text: string;
}

export interface StoredCell extends NotebookCell {
  /** The offset in the .ipynb file of the character at `offset` in the cell's text (or of the cell's end). */
  fileOffset(offset: number): number;
  /**
   * A span of the cell's text as offsets in the .ipynb file. The end is mapped through the span's last
   * character: the offset just past a source line is, in the file, the start of the next JSON string.
   */
  fileSpan(span: Span): Span;
}

export class NotebookFormatError extends Error {}

/** Parses a stored notebook (nbformat 4, or 3 with worksheets). */
export function readNotebook(fileText: string): StoredCell[] {
  const root = new JsonReader(fileText).document();
  if (root.kind !== 'object') throw new NotebookFormatError('not a notebook: the file is not a JSON object');
  const metadata = get(root, 'metadata');
  const notebookLanguage = stringOf(get(get(metadata, 'kernelspec'), 'language')) ?? stringOf(get(get(metadata, 'language_info'), 'name')) ?? 'python';
  let cells = get(root, 'cells');
  const worksheets = get(root, 'worksheets');
  if (!cells && worksheets?.kind === 'array') cells = get(worksheets.items[0], 'cells');
  if (!cells || cells.kind !== 'array') throw new NotebookFormatError('not a notebook: no "cells" array');
  return cells.items.map((cell) => {
    const type = stringOf(get(cell, 'cell_type'));
    const kind = type === 'code' ? 'code' : type === 'markdown' ? 'markdown' : 'raw';
    const cellLanguage = stringOf(get(get(get(cell, 'metadata'), 'vscode'), 'languageId')) ?? stringOf(get(cell, 'language'));
    const source = get(cell, 'source') ?? get(cell, 'input');
    const pieces = source?.kind === 'array' ? source.items.filter(isString) : source && isString(source) ? [source] : [];
    return storedCell(kind, cellLanguage ?? notebookLanguage, pieces, fileText.length);
  });
}

function storedCell(kind: NotebookCell['kind'], language: string, pieces: JsonString[], fileEnd: number): StoredCell {
  const starts: number[] = [];
  let text = '';
  for (const piece of pieces) {
    starts.push(text.length);
    text += piece.value;
  }
  /** The piece holding the character at `offset` (the last piece for the end). */
  const pieceAt = (offset: number): number => {
    for (let i = pieces.length - 1; i >= 0; i--) if (offset >= starts[i]!) return i;
    return 0;
  };
  const fileOffset = (offset: number): number => {
    const i = pieceAt(offset);
    return pieces[i]?.rawOffset(offset - starts[i]!) ?? fileEnd;
  };
  return {
    kind,
    language,
    text,
    fileOffset,
    fileSpan({ start, end }) {
      const from = fileOffset(start);
      if (end <= start) return { start: from, end: from };
      const i = pieceAt(end - 1);
      return { start: from, end: pieces[i]?.rawOffset(end - starts[i]!) ?? fileEnd };
    },
  };
}

export interface NotebookProgram {
  /** The Python code cells joined in order, magics blanked so that offsets stay the same. */
  text: string;
  /** The cell and the offset in its text for an offset in the program. */
  locate(offset: number): { cell: number; offset: number };
}

const NON_PYTHON_CELL_MAGIC = /^%%(?!time\b|timeit\b|capture\b|prun\b)/;

/** Joins the Python code cells of a notebook into one program, in cell order. */
export function notebookProgram(cells: readonly NotebookCell[]): NotebookProgram {
  const starts: { cell: number; start: number; length: number }[] = [];
  let text = '';
  cells.forEach((cell, index) => {
    if (cell.kind !== 'code' || cell.language.toLowerCase() !== 'python') return;
    if (NON_PYTHON_CELL_MAGIC.test(cell.text.trimStart())) return;
    if (text.length > 0) text += '\n';
    starts.push({ cell: index, start: text.length, length: cell.text.length });
    text += blankMagics(cell.text);
  });
  return {
    text,
    locate(offset) {
      let found = starts[0] ?? { cell: 0, start: 0, length: 0 };
      for (const s of starts) if (s.start <= offset) found = s;
      return { cell: found.cell, offset: Math.min(offset - found.start, found.length) };
    },
  };
}

/** `%pip install clarifai`, `!ls`, `%%time`: IPython syntax, replaced by spaces of the same length. */
function blankMagics(text: string): string {
  return text.replace(/^([ \t]*)([%!][^\n]*)/gm, (_, indent: string, magic: string) => indent + ' '.repeat(magic.length));
}

// A small JSON reader that keeps, for each string, where its characters are in the file.

type JsonValue = JsonObject | JsonArray | JsonString | { kind: 'other' };
interface JsonObject {
  kind: 'object';
  entries: Map<string, JsonValue>;
}
interface JsonArray {
  kind: 'array';
  items: JsonValue[];
}
interface JsonString {
  kind: 'string';
  value: string;
  rawOffset(index: number): number;
}

function get(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return value?.kind === 'object' ? value.entries.get(key) : undefined;
}

function isString(value: JsonValue): value is JsonString {
  return value.kind === 'string';
}

function stringOf(value: JsonValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

class JsonReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): JsonValue {
    const value = this.value();
    this.space();
    if (this.pos < this.text.length) this.fail('unexpected text after the notebook');
    return value;
  }

  private value(): JsonValue {
    this.space();
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.pos, this.pos + 40));
    if (!literal) this.fail('invalid JSON value');
    this.pos += literal[0].length;
    return { kind: 'other' };
  }

  private object(): JsonObject {
    this.pos++;
    const entries = new Map<string, JsonValue>();
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', entries };
    }
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') this.fail('expected a property name');
      const key = this.string().value;
      this.space();
      this.expect(':');
      entries.set(key, this.value());
      this.space();
      if (this.text[this.pos] === ',') this.pos++;
      else {
        this.expect('}');
        return { kind: 'object', entries };
      }
    }
  }

  private array(): JsonArray {
    this.pos++;
    const items: JsonValue[] = [];
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', items };
    }
    for (;;) {
      items.push(this.value());
      this.space();
      if (this.text[this.pos] === ',') this.pos++;
      else {
        this.expect(']');
        return { kind: 'array', items };
      }
    }
  }

  private string(): JsonString {
    const rawStart = ++this.pos;
    let value = '';
    let escaped = false;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail('unterminated string');
      if (c === '"') break;
      if (c === '\\') {
        escaped = true;
        const e = this.text[this.pos + 1];
        if (e === 'u') {
          const hex = this.text.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape');
          value += String.fromCharCode(parseInt(hex, 16));
          this.pos += 6;
        } else {
          const simple = ESCAPES[e ?? ''];
          if (simple === undefined) this.fail('invalid escape');
          value += simple;
          this.pos += 2;
        }
      } else {
        PLAIN.lastIndex = this.pos;
        PLAIN.test(this.text);
        value += this.text.slice(this.pos, PLAIN.lastIndex);
        this.pos = PLAIN.lastIndex;
      }
    }
    const rawEnd = this.pos;
    this.pos++;
    const text = this.text;
    return {
      kind: 'string',
      value,
      rawOffset: escaped ? (index) => rawOffsetWithEscapes(text, rawStart, rawEnd, index) : (index) => rawStart + Math.min(index, value.length),
    };
  }

  private space(): void {
    for (let c = this.text.charCodeAt(this.pos); c === 32 || c === 10 || c === 13 || c === 9; c = this.text.charCodeAt(++this.pos));
  }

  private expect(c: string): void {
    if (this.text[this.pos] !== c) this.fail(`expected '${c}'`);
    this.pos++;
  }

  private fail(message: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    throw new NotebookFormatError(`invalid notebook JSON at line ${line}: ${message}`);
  }
}

/** A run of string characters that need no decoding. */
const PLAIN = /[^"\\]+/y;

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Walks a raw JSON string to the file offset of its decoded character `index`. */
function rawOffsetWithEscapes(text: string, rawStart: number, rawEnd: number, index: number): number {
  let pos = rawStart;
  for (let decoded = 0; decoded < index && pos < rawEnd; decoded++) {
    pos += text[pos] !== '\\' ? 1 : text[pos + 1] === 'u' ? 6 : 2;
  }
  return pos;
}
