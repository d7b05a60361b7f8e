import { PixelDataError } from '../../pixelDataError.js';

/**
 * Huffman decoding of JPEG entropy-coded data (T.81 Annex C and F.2.2). Codes of up to LOOKAHEAD bits decode
 * with one table look-up; longer codes use the canonical code limits of F.2.2.3.
 */

const LOOKAHEAD = 9;

export interface HuffmanTable {
  /** lookup[next LOOKAHEAD bits] = (code length << 8) | symbol, or 0 when the code is longer. */
  readonly lookup: Uint16Array;
  /** maxCode[l]: the largest code of length l, −1 when there is none (F.2.2.3 MAXCODE). */
  readonly maxCode: Int32Array;
  /** valueOffset[l]: index of the first symbol of length l minus the smallest code of that length. */
  readonly valueOffset: Int32Array;
  readonly symbols: Uint8Array;
}

/** Builds the decoding tables from DHT counts (BITS) and symbols (HUFFVAL), following C.2 code generation. */
export function buildHuffmanTable(counts: Uint8Array, symbols: Uint8Array): HuffmanTable {
  const maxCode = new Int32Array(18).fill(-1);
  const valueOffset = new Int32Array(18);
  const lookup = new Uint16Array(1 << LOOKAHEAD);
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    const count = counts[length - 1]!;
    valueOffset[length] = k - code;
    for (let i = 0; i < count; i++, k++, code++) {
      if (length <= LOOKAHEAD) {
        const shift = LOOKAHEAD - length;
        const first = code << shift;
        lookup.fill((length << 8) | symbols[k]!, first, first + (1 << shift));
      }
    }
    if (count > 0) maxCode[length] = code - 1;
    if (code > 1 << length) throw new PixelDataError('corrupt-data', 'JPEG: a Huffman table has more codes than its code lengths allow');
    code <<= 1;
  }
  // A sentinel so that decoding always ends within 16 bits (F.2.2.3 sets MAXCODE(17) to the largest value).
  maxCode[17] = 0x7fffffff;
  return { lookup, maxCode, valueOffset, symbols: Uint8Array.from(symbols) };
}

/**
 * Reads bits from entropy-coded data, removing stuffed zero bytes (FF00, F.1.2.3). At a marker or at the end of
 * the data it supplies zero bits, as decoders conventionally do, and counts them so that a scan that needed bits
 * it does not have is reported as truncated.
 */
export class BitReader {
  private pos: number;
  private acc = 0;
  private bits = 0;
  /** Zero bits supplied past the data; only those actually consumed indicate truncation. */
  private padding = 0;

  constructor(
    private readonly data: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  private fill(): void {
    while (this.bits <= 24) {
      let byte = 0;
      if (this.pos < this.end && this.data[this.pos] !== 0xff) {
        byte = this.data[this.pos++]!;
      } else if (this.pos + 1 < this.end && this.data[this.pos + 1] === 0x00) {
        byte = 0xff;
        this.pos += 2;
      } else {
        this.padding += 8;
      }
      this.acc = ((this.acc << 8) | byte) >>> 0;
      this.bits += 8;
    }
  }

  /** The next n (≤ 16) bits without consuming them. */
  peek(n: number): number {
    if (this.bits < n) this.fill();
    return (this.acc >>> (this.bits - n)) & ((1 << n) - 1);
  }

  /** Consumes n bits; bits above the remaining count are masked off by peek, so they need no clearing. */
  skip(n: number): void {
    this.bits -= n;
  }

  read(n: number): number {
    if (n === 0) return 0;
    const value = this.peek(n);
    this.skip(n);
    return value;
  }

  /** Whether decoding consumed zero bits that were supplied past the end of the data. */
  get overrun(): boolean {
    return this.padding > this.bits;
  }

  /** Decodes one Huffman-coded symbol. */
  decode(table: HuffmanTable): number {
    const entry = table.lookup[this.peek(LOOKAHEAD)]!;
    if (entry !== 0) {
      this.skip(entry >> 8);
      return entry & 0xff;
    }
    let length = LOOKAHEAD + 1;
    let code = this.peek(length);
    while (code > table.maxCode[length]!) {
      length++;
      if (length > 16) throw new PixelDataError('corrupt-data', 'JPEG: the entropy-coded data holds a Huffman code that no table defines');
      code = this.peek(length);
    }
    this.skip(length);
    return table.symbols[table.valueOffset[length]! + code]!;
  }

  /** Reads s bits and extends them to a signed difference (T.81 F.2.2.1 EXTEND). */
  receiveExtend(s: number): number {
    if (s === 0) return 0;
    const v = this.read(s);
    return v < 1 << (s - 1) ? v - (1 << s) + 1 : v;
  }

  /**
   * At a restart interval's end: drops the bits left in the byte (padding), then expects RSTn (T.81 F.1.2.3), after
   * any fill bytes FF.
   */
  restart(expected: number): void {
    this.acc = 0;
    this.bits = 0;
    this.padding = 0;
    while (this.pos + 1 < this.end && this.data[this.pos] === 0xff && this.data[this.pos + 1] === 0xff) this.pos++;
    const marker = this.data[this.pos + 1];
    if (this.data[this.pos] !== 0xff || marker !== 0xd0 + expected) {
      throw new PixelDataError('corrupt-data', `JPEG: restart marker RST${expected} is missing at byte ${this.pos}`);
    }
    this.pos += 2;
  }
}
