// A JSON document written as a string (a shell argument, a Java text block, a Go raw string, a C# raw string), read into
// values: strings that are a variable's value become that value, so `"user_app_id": {"user_id": "'"$USER_ID"'"}` in a
// shell script, or `"user_id": "` + USER_ID + `"` in Go, resolves like any other binding; and a string written whole,
// in the text or as a constant, keeps where it is written, so that a fix can replace it there.
import type { IdValue } from '../model';
import { objectOf, str, type Lazy, type StrPart, type Value } from '../values/value';
import { flatten, HOLE, writtenAt, type CharSource } from './urlTemplate';

/** The value of a JSON text (holes only inside JSON strings), or undefined when it is not JSON. */
export function jsonValue(text: Value): Value | undefined {
  const { template, holes, sources } = flatten(text);
  const reader = new JsonReader(template, holes, sources);
  try {
    const value = reader.value();
    reader.end();
    return value;
  } catch {
    return undefined;
  }
}

/** A string's text split around the markers of run-time values, and one marker alone. */
const HOLE_PIECES = new RegExp(`(${HOLE}\\d+${HOLE})`);
const ONLY_HOLE = new RegExp(`^${HOLE}(\\d+)${HOLE}$`);
const NUMBER_OR_WORD = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A recursive-descent reader of the JSON grammar over a flattened text, whose characters know where they are written. */
class JsonReader {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly holes: readonly Value[],
    private readonly sources: readonly CharSource[],
  ) {}

  value(): Value {
    this.space();
    switch (this.text[this.at]) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
      default: {
        NUMBER_OR_WORD.lastIndex = this.at;
        const word = NUMBER_OR_WORD.exec(this.text);
        if (!word) throw new SyntaxError(`unexpected character at ${this.at}`);
        this.at += word[0].length;
        return { kind: 'prim', text: word[0], names: [] };
      }
    }
  }

  /** Only whitespace may follow the document. */
  end(): void {
    this.space();
    if (this.at < this.text.length) throw new SyntaxError(`unexpected text at ${this.at}`);
  }

  private object(): Value {
    const entries = new Map<string, Lazy<Value>>();
    this.at++;
    this.space();
    if (this.eat('}')) return objectOf(entries, false);
    do {
      this.space();
      if (this.text[this.at] !== '"') throw new SyntaxError(`expected a key at ${this.at}`);
      const key = this.stringText().text;
      this.space();
      this.expect(':');
      const value = this.value();
      entries.set(key, () => value);
      this.space();
    } while (this.eat(','));
    this.expect('}');
    return objectOf(entries, false);
  }

  private array(): Value {
    const items: Lazy<Value>[] = [];
    this.at++;
    this.space();
    if (!this.eat(']')) {
      do {
        const item = this.value();
        items.push(() => item);
        this.space();
      } while (this.eat(','));
      this.expect(']');
    }
    return { kind: 'list', items, names: [] };
  }

  /** A JSON string: a hole's value when it is only that, else its text, written where the source writes it whole. */
  private string(): Value {
    const start = this.at;
    const { text, escaped } = this.stringText();
    const parts: StrPart[] = [];
    for (const piece of text.split(HOLE_PIECES)) {
      const hole = ONLY_HOLE.exec(piece);
      if (hole) parts.push({ hole: this.holes[Number(hole[1])]! });
      else if (piece) parts.push({ text: piece });
    }
    const only = parts[0];
    if (parts.length === 1 && only && 'hole' in only) return only.hole;
    const written = parts.length === 1 ? this.written(start, this.at, escaped) : undefined;
    if (!written) return str(parts);
    return { ...str([{ text, literal: written.span, at: written.at }], written.span), names: written.via };
  }

  /**
   * Where a string token [start, end) is written as a literal a fix can replace: a constant whose text is the whole
   * string, or the token itself, quotes included, in the source text.
   */
  private written(start: number, end: number, escaped: boolean): (NonNullable<IdValue['written']> & { at?: number }) | undefined {
    const content = writtenAt(this.sources, start + 1, end - 1);
    if (content?.form === 'literal') return { span: content.span, via: content.via };
    const token = writtenAt(this.sources, start, end);
    if (token?.form !== 'text') return undefined;
    return { span: token.span, via: token.via, at: escaped ? undefined : token.span.start + 1 };
  }

  /** Reads a string token, decoding its escapes. */
  private stringText(): { text: string; escaped: boolean } {
    this.at++;
    let text = '';
    let escaped = false;
    for (;;) {
      const c = this.text[this.at++];
      if (c === undefined || c < ' ') throw new SyntaxError(`unterminated string at ${this.at}`);
      if (c === '"') return { text, escaped };
      if (c !== '\\') {
        text += c;
        continue;
      }
      escaped = true;
      const e = this.text[this.at++] ?? '';
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at, this.at + 4))) {
        text += String.fromCharCode(parseInt(this.text.slice(this.at, this.at + 4), 16));
        this.at += 4;
      } else if (Object.hasOwn(ESCAPES, e)) text += ESCAPES[e];
      else throw new SyntaxError(`bad escape at ${this.at}`);
    }
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at++;
  }

  private eat(c: string): boolean {
    if (this.text[this.at] !== c) return false;
    this.at++;
    return true;
  }

  private expect(c: string): void {
    if (!this.eat(c)) throw new SyntaxError(`expected ${c} at ${this.at}`);
  }
}
