// A JSON reader that keeps where every value is in the text, so that one value can be replaced in place and
// everything around it stays byte-identical. Strings are decoded only when asked for: notebooks carry large ones.

export type JsonNode = JsonObject | JsonArray | JsonString | JsonOther;

interface Located {
  /** Offset of the value's first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

export interface JsonObject extends Located {
  kind: 'object';
  /** Later duplicates of a key win, as in JSON.parse. */
  entries: Map<string, JsonNode>;
}

export interface JsonArray extends Located {
  kind: 'array';
  items: JsonNode[];
}

/** `start` and `end` include the quotes. */
export interface JsonString extends Located {
  kind: 'string';
}

export interface JsonOther extends Located {
  kind: 'other';
}

export class JsonSyntaxError extends Error {}

/** Reads a JSON document; throws JsonSyntaxError when it is not one. */
export function readJsonSpans(text: string): JsonNode {
  const reader = new Reader(text);
  const root = reader.value();
  reader.space();
  if (reader.pos < text.length) throw new JsonSyntaxError(`unexpected text at offset ${reader.pos}`);
  return root;
}

/** The decoded value of a string node. */
export function stringValue(text: string, node: JsonString): string {
  return JSON.parse(text.slice(node.start, node.end)) as string;
}

/** The member `key` of an object node, or undefined for other nodes and missing keys. */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node?.kind === 'object' ? node.entries.get(key) : undefined;
}

const LITERAL = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

class Reader {
  pos = 0;

  constructor(private readonly text: string) {}

  value(): JsonNode {
    this.space();
    const start = this.pos;
    const c = this.text[start];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return { kind: 'string', start, end: this.skipString() };
    return { kind: 'other', start, end: this.skip(LITERAL) };
  }

  space(): void {
    for (let c = this.text.charCodeAt(this.pos); c === 32 || c === 10 || c === 13 || c === 9; c = this.text.charCodeAt(++this.pos));
  }

  private object(): JsonObject {
    const start = this.pos++;
    const entries = new Map<string, JsonNode>();
    this.space();
    if (this.text[this.pos] !== '}') {
      for (;;) {
        this.space();
        const key = this.value();
        if (key.kind !== 'string') throw new JsonSyntaxError(`expected a property name at offset ${key.start}`);
        this.space();
        this.expect(':');
        entries.set(stringValue(this.text, key), this.value());
        this.space();
        if (this.text[this.pos] !== ',') break;
        this.pos++;
      }
    }
    this.expect('}');
    return { kind: 'object', start, end: this.pos, entries };
  }

  private array(): JsonArray {
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.space();
    if (this.text[this.pos] !== ']') {
      for (;;) {
        items.push(this.value());
        this.space();
        if (this.text[this.pos] !== ',') break;
        this.pos++;
      }
    }
    this.expect(']');
    return { kind: 'array', start, end: this.pos, items };
  }

  /** Moves past the string that starts here and returns the offset after its closing quote. */
  private skipString(): number {
    // A quote closes the string unless an odd number of backslashes escapes it. Searching with indexOf, not
    // a regular expression, keeps megabyte-long outputs (base64 images) cheap.
    for (let from = this.pos + 1; ; ) {
      const quote = this.text.indexOf('"', from);
      if (quote < 0) throw new JsonSyntaxError(`unterminated string at offset ${this.pos}`);
      let backslashes = 0;
      while (this.text[quote - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) return (this.pos = quote + 1);
      from = quote + 1;
    }
  }

  /** Moves past a match of `pattern` at the current offset and returns the new offset. */
  private skip(pattern: RegExp): number {
    pattern.lastIndex = this.pos;
    if (!pattern.test(this.text)) throw new JsonSyntaxError(`invalid JSON value at offset ${this.pos}`);
    this.pos = pattern.lastIndex;
    return this.pos;
  }

  private expect(c: string): void {
    if (this.text[this.pos] !== c) throw new JsonSyntaxError(`expected '${c}' at offset ${this.pos}`);
    this.pos++;
  }
}
