// A seeded pseudo-random source (sfc32 seeded by a string hash), integer-only so every machine draws the same values.

/**
 * Hashes a string into four 32-bit seed words (cyrb128).
 * @param {string} text
 * @returns {[number, number, number, number]}
 */
function hash128(text) {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export class Random {
  /** @param {string} seed any string; equal seeds give equal sequences */
  constructor(seed) {
    const [a, b, c, d] = hash128(seed);
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** @returns {number} the next unsigned 32-bit value */
  uint32() {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /**
   * An integer in [min, max], both inclusive.
   * @param {number} min
   * @param {number} max
   */
  int(min, max) {
    return min + (this.uint32() % (max - min + 1));
  }

  /**
   * True with probability `percent` / 100.
   * @param {number} percent
   */
  chance(percent) {
    return this.uint32() % 100 < percent;
  }

  /**
   * One element of a non-empty list.
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return items[this.uint32() % items.length];
  }

  /**
   * A copy of the list in random order (Fisher-Yates).
   * @template T
   * @param {readonly T[]} items
   * @returns {T[]}
   */
  shuffle(items) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.uint32() % (i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /**
   * Lower-case hex digits, e.g. for fake keys and model version ids.
   * @param {number} length
   */
  hex(length) {
    let out = '';
    while (out.length < length) out += this.uint32().toString(16).padStart(8, '0');
    return out.slice(0, length);
  }

  /**
   * A log-uniform-ish size: a whole octave [2^k, 2^(k+1)) picked uniformly, then a uniform value inside it.
   * @param {number} minLog2 smallest octave
   * @param {number} maxLog2 largest octave (exclusive)
   */
  logSize(minLog2, maxLog2) {
    const low = 2 ** this.int(minLog2, maxLog2 - 1);
    return low + (this.uint32() % low);
  }
}
