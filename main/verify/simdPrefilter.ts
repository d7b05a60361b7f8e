/**
 * A WebAssembly SIMD pre-filter for the sparse scan of large binary values (ByteMatcher.scanSparse): it skips,
 * 16 bytes at a time, every run of words that cannot start a needle window. A needle occurrence of 8 bytes or
 * more holds a word-aligned 4-byte window of needle bytes; a word with any byte outside the needles' alphabet
 * cannot be one, and in pixel data almost every word has one (a 12-bit sample's high byte is below 0x10, a byte no
 * text identifier holds). Blocks that do hold a candidate word go on to the exact JavaScript checks, so the result
 * is the same with or without this filter; it only decides how fast the uninteresting bytes are passed over.
 *
 * Byte membership uses two 16-entry nibble tables looked up with i8x16.swizzle: byte b may be in the alphabet when
 * LOW[b & 15] & HIGH[b >> 4] is not zero. Eight bits cannot tell sixteen high nibbles apart, so high nibbles share
 * bits in pairs (0-1, 2-3, …): the test accepts a superset of the alphabet, never less.
 */

/** Where the two tables sit in the module's memory, and where the data to scan starts (16-byte aligned). */
const TABLES = 0;
export const DATA_OFFSET = 64;

const leb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const section = (id: number, body: readonly number[]): number[] => [id, ...leb(body.length), ...body];
const name = (s: string): number[] => [...leb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

/** WebAssembly opcodes used below (core and SIMD, WebAssembly 2.0). */
const OP = {
  block: 0x02, loop: 0x03, br: 0x0c, brIf: 0x0d, end: 0x0b,
  localGet: 0x20, localSet: 0x21, i32Const: 0x41, i32GeU: 0x4f, i32Add: 0x6a, void: 0x40, v128: 0x7b,
  simd: 0xfd, v128Load: 0x00, v128Const: 0x0c, swizzle: 0x0e, i8x16Eq: 0x23, i32x4Eq: 0x37, v128And: 0x4e,
  anyTrue: 0x53, i8x16ShrU: 0x6d,
} as const;

const simd = (op: number): number[] => [OP.simd, ...leb(op)];
/** v128.load with a 16-byte alignment hint at a constant offset from the address on the stack. */
const load = (offset: number): number[] => [...simd(OP.v128Load), 4, ...leb(offset)];
const splat = (byte: number): number[] => [...simd(OP.v128Const), ...new Array<number>(16).fill(byte)];

/**
 * The module: imports its memory as m.m; exports next(from, end), the first 16-byte block at or after `from`
 * (a multiple of 16 below `end`) that holds a word whose four bytes all pass the nibble test, or `end`.
 * Locals: 0 from, 1 end, 2 LOW table, 3 HIGH table, 4 the block.
 */
function moduleBytes(): Uint8Array<ArrayBuffer> {
  const code = [
    ...[OP.i32Const, ...leb(TABLES), ...load(0), OP.localSet, 2],
    ...[OP.i32Const, ...leb(TABLES), ...load(16), OP.localSet, 3],
    OP.block, OP.void,
    OP.loop, OP.void,
    ...[OP.localGet, 0, OP.localGet, 1, OP.i32GeU, OP.brIf, 1],
    ...[OP.localGet, 0, ...load(0), OP.localSet, 4],
    // LOW[b & 15]
    ...[OP.localGet, 2, OP.localGet, 4, ...splat(0x0f), ...simd(OP.v128And), ...simd(OP.swizzle)],
    // HIGH[b >> 4]
    ...[OP.localGet, 3, OP.localGet, 4, OP.i32Const, 4, ...simd(OP.i8x16ShrU), ...simd(OP.swizzle)],
    // A byte outside the alphabet is 0xFF in `outside`; a word with none of those is a candidate.
    ...simd(OP.v128And),
    ...[...splat(0), ...simd(OP.i8x16Eq)],
    ...[...splat(0), ...simd(OP.i32x4Eq)],
    ...simd(OP.anyTrue),
    OP.brIf, 1,
    ...[OP.localGet, 0, OP.i32Const, 16, OP.i32Add, OP.localSet, 0],
    OP.br, 0,
    OP.end,
    OP.end,
    OP.localGet, 0,
    OP.end,
  ];
  const body = [1, 3, OP.v128, ...code];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]),
    ...section(2, [1, ...name('m'), ...name('m'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('next'), 0x00, 0]),
    ...section(10, [1, ...leb(body.length), ...body]),
  ]);
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly SIMD is not available (the JavaScript scan is used then). */
function compiledModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    const bytes = moduleBytes();
    compiled = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  return compiled;
}

/** The nibble tables for an alphabet (see the module comment). */
export function nibbleTables(alphabet: Iterable<number>): { readonly low: Uint8Array; readonly high: Uint8Array } {
  const low = new Uint8Array(16);
  const high = new Uint8Array(16);
  for (let h = 0; h < 16; h++) high[h] = 1 << (h >> 1);
  for (const b of alphabet) low[b & 15]! |= 1 << (b >> 5);
  return { low, high };
}

export class SimdPrefilter {
  /** Room for `capacity` bytes of data after the tables. */
  readonly data: Uint8Array;
  private readonly next: (from: number, end: number) => number;

  private constructor(module: WebAssembly.Module, alphabet: Iterable<number>, readonly capacity: number) {
    const memory = new WebAssembly.Memory({ initial: Math.ceil((DATA_OFFSET + capacity + 16) / 65536) });
    const instance = new WebAssembly.Instance(module, { m: { m: memory } });
    this.next = instance.exports.next as (from: number, end: number) => number;
    const { low, high } = nibbleTables(alphabet);
    const bytes = new Uint8Array(memory.buffer);
    bytes.set(low, TABLES);
    bytes.set(high, TABLES + 16);
    this.data = bytes.subarray(DATA_OFFSET, DATA_OFFSET + capacity);
  }

  /** A filter for bytes of `alphabet`, with room for `capacity` bytes, or undefined without WebAssembly SIMD. */
  static create(alphabet: Iterable<number>, capacity: number): SimdPrefilter | undefined {
    const module = compiledModule();
    return module ? new SimdPrefilter(module, alphabet, capacity) : undefined;
  }

  /** Whether `haystack` lies in this filter's data area (so that `nextBlock` can scan it). */
  holds(haystack: Uint8Array): boolean {
    return haystack.buffer === this.data.buffer && haystack.byteOffset === this.data.byteOffset && haystack.length <= this.capacity;
  }

  /**
   * The offset (into the data area) of the first 16-byte block at or after `from` whose words may include a
   * candidate, or `end`; `from` and `end` are multiples of 16.
   */
  nextBlock(from: number, end: number): number {
    return this.next(DATA_OFFSET + from, DATA_OFFSET + end) - DATA_OFFSET;
  }
}
