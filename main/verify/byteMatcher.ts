import { SimdPrefilter } from './simdPrefilter.js';

/**
 * Finds many byte strings in large buffers in one pass, ignoring ASCII case. Needles are at least 4 bytes; each
 * position's 4-byte prefix is looked up in an open-addressing table and only candidates are compared in full,
 * so the cost per scanned byte stays constant whatever the number of needles.
 */
const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++) FOLD[b] = b >= 0x41 && b <= 0x5a ? b + 0x20 : b;

export const MIN_NEEDLE_LENGTH = 4;

export interface Needle<T> {
  readonly bytes: Uint8Array;
  readonly value: T;
  /**
   * Only count whole occurrences: not inside a longer word or number. Identifiers are words, numbers and UIDs;
   * "ANN" inside "ANNOTATION" or "1234" inside "12345" is not that identifier.
   */
  readonly whole?: boolean;
}

export interface Match<T> {
  readonly offset: number;
  readonly needle: Needle<T>;
}

/** Bytes that continue a word or a number: ASCII letters and digits, and any non-ASCII byte (UTF-8, Latin-1). */
const WORD = new Uint8Array(256);
for (let b = 0; b < 256; b++) WORD[b] = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0x80 ? 1 : 0;
/** A number also continues across a decimal point ("1.25", and UIDs "1.2.840…"). */
const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;

function isWhole(haystack: Uint8Array, start: number, length: number, needle: Uint8Array): boolean {
  const before = start > 0 ? haystack[start - 1] : undefined;
  const after = start + length < haystack.length ? haystack[start + length] : undefined;
  if (before !== undefined && WORD[before] && WORD[needle[0]!]) return false;
  if (after !== undefined && WORD[after] && WORD[needle[length - 1]!]) return false;
  if (before === 0x2e && isDigit(needle[0]) && isDigit(start > 1 ? haystack[start - 2] : undefined)) return false;
  if (after === 0x2e && isDigit(needle[length - 1]) && isDigit(haystack[start + length + 1])) return false;
  return true;
}

const prefixOf = (b: Uint8Array, o: number): number =>
  ((FOLD[b[o]!]! << 24) | (FOLD[b[o + 1]!]! << 16) | (FOLD[b[o + 2]!]! << 8) | FOLD[b[o + 3]!]!) >>> 0;

const hash = (prefix: number, mask: number): number => (Math.imul(prefix, 0x9e3779b1) >>> 8) & mask;

/** An open-addressing table from a folded 4-byte window to the needles (and the window's offset in them). */
class WindowTable<T> {
  readonly keys: Uint32Array;
  readonly used: Uint8Array;
  readonly buckets: { readonly needle: Needle<T>; readonly at: number }[][];
  readonly mask: number;

  constructor(entries: number) {
    let capacity = 16;
    while (capacity < entries * 2) capacity <<= 1;
    this.mask = capacity - 1;
    this.keys = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.buckets = new Array(capacity);
  }

  add(key: number, needle: Needle<T>, at: number): void {
    let slot = hash(key, this.mask);
    while (this.used[slot] && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (!this.used[slot]) {
      this.used[slot] = 1;
      this.keys[slot] = key;
      this.buckets[slot] = [];
    }
    this.buckets[slot]!.push({ needle, at });
  }
}

/** The data area of the SIMD pre-filter, enough for a 16 MiB chunk and its overlap. */
const SIMD_CAPACITY = (16 << 20) + 4096;

/** Needles at least this long can be found by looking at every fourth position only (see scanSparse). */
export const SPARSE_MIN_LENGTH = 8;

/**
 * A cheap approximate case fold for whole 32-bit words: sets bit 5 of every byte (A–Z become a–z, other bytes
 * may change too). Only used to pre-filter; candidates are compared exactly afterwards.
 */
const LOOSE = 0x20202020;
/**
 * The filter's size in bits (a power of two): about 256 bits per window keeps false candidates under one in 250
 * positions, and a filter that small stays in the processor's cache; one bit per possible hash (2^24, 2 MiB) would
 * miss the cache on almost every word of pixel data and cost several times more per byte.
 */
const filterBits = (windows: number): number => Math.min(24, Math.max(10, Math.ceil(Math.log2(Math.max(1, windows) * 256))));
const filterIndex = (word: number, shift: number): number => Math.imul(word | LOOSE, 0x9e3779b1) >>> shift;

/**
 * The index of the first word from `from` on whose filter bit is set, or -1: the hot loop of scanSparse, kept
 * small and monomorphic (typed arrays only) so that it compiles to a few instructions per word.
 */
function passesFilter(word: number, filter: Int32Array, shift: number): boolean {
  const h = filterIndex(word, shift);
  return (filter[h >>> 5]! & (1 << (h & 31))) !== 0;
}

function nextCandidate(words: Int32Array, from: number, filter: Int32Array, shift: number): number {
  const n = words.length;
  for (let j = from; j < n; j++) {
    const h = filterIndex(words[j]!, shift);
    if ((filter[h >>> 5]! & (1 << (h & 31))) !== 0) return j;
  }
  return -1;
}

export class ByteMatcher<T> {
  private readonly prefixes: WindowTable<T>;
  private readonly windows: WindowTable<T>;
  /** One bit per loosely folded 4-byte window of the long needles: most positions are rejected with one load. */
  private readonly filter: Int32Array;
  /** 32 minus the filter's bits: the top bits of the hash index the filter. */
  private readonly filterShift: number;
  readonly size: number;
  private readonly hasLongNeedles: boolean;
  /** Every byte of the long needles, in both cases: the alphabet of the SIMD pre-filter. */
  private readonly longAlphabet: ReadonlySet<number>;
  private simd: SimdPrefilter | undefined | null;

  constructor(needles: readonly Needle<T>[]) {
    const usable = needles
      .filter((n) => n.bytes.length >= MIN_NEEDLE_LENGTH)
      .map((n) => ({ bytes: Uint8Array.from(n.bytes, (b) => FOLD[b]!), value: n.value, whole: n.whole ?? false }));
    this.size = usable.length;
    this.prefixes = new WindowTable(usable.length);
    const long = usable.filter((n) => n.bytes.length >= SPARSE_MIN_LENGTH);
    this.windows = new WindowTable(long.length * 4);
    this.hasLongNeedles = long.length > 0;
    for (const needle of usable) this.prefixes.add(prefixOf(needle.bytes, 0), needle, 0);
    const alphabet = new Set<number>();
    for (const needle of long) {
      for (const b of needle.bytes) {
        alphabet.add(b);
        // Needles are folded to lower case; the haystack is not.
        if (b >= 0x61 && b <= 0x7a) alphabet.add(b - 0x20);
      }
    }
    this.longAlphabet = alphabet;
    const bits = filterBits(long.length * 4);
    this.filter = new Int32Array(1 << (bits - 5));
    this.filterShift = 32 - bits;
    for (const needle of long) {
      for (let k = 0; k < 4; k++) {
        this.windows.add(prefixOf(needle.bytes, k), needle, k);
        const b = needle.bytes;
        // Little-endian word of the window, as a Uint32Array view of the haystack reads it.
        const h = filterIndex((b[k]! | (b[k + 1]! << 8) | (b[k + 2]! << 16) | (b[k + 3]! << 24)) >>> 0, this.filterShift);
        this.filter[h >>> 5]! |= 1 << (h & 31);
      }
    }
  }

  /**
   * Like scan, for needles of at least SPARSE_MIN_LENGTH bytes only, probing every fourth position: any such
   * occurrence contains a 4-byte window that starts at a multiple of four, at one of its first four offsets. A
   * quarter of the lookups makes large binary values (pixel data) cheap to search.
   */
  scanSparse(haystack: Uint8Array, onMatch: (match: Match<T>) => void): void {
    if (!this.hasLongNeedles) return;
    // Positions are probed from the first one the buffer aligns to four bytes: an occurrence of 8 bytes or more
    // still holds a probed window among its first four offsets, whatever the origin.
    const first = (4 - (haystack.byteOffset % 4)) % 4;
    if (haystack.length < first + 4) return;
    const words = new Int32Array(haystack.buffer, haystack.byteOffset + first, (haystack.length - first) >>> 2);
    let from = 0;
    if (this.simd?.holds(haystack)) {
      // The data area is 16-byte aligned (first = 0): whole blocks go through the pre-filter, the rest below.
      const end = haystack.length & ~15;
      for (let p = this.simd.nextBlock(0, end); p < end; p = this.simd.nextBlock(p + 16, end)) {
        for (let j = p >>> 2; j < (p >>> 2) + 4; j++) {
          if (passesFilter(words[j]!, this.filter, this.filterShift)) this.probe(haystack, 4 * j, onMatch);
        }
      }
      from = end >>> 2;
    }
    for (let j = nextCandidate(words, from, this.filter, this.filterShift); j >= 0; j = nextCandidate(words, j + 1, this.filter, this.filterShift)) {
      this.probe(haystack, first + 4 * j, onMatch);
    }
  }

  /**
   * A buffer to read large binary values into before scanSparse: scanned there through the SIMD pre-filter when
   * WebAssembly SIMD is available (else undefined: any buffer does). Valid until the next call.
   */
  sparseBuffer(length: number): Uint8Array | undefined {
    if (!this.hasLongNeedles || length <= 0) return undefined;
    if (this.simd === undefined || (this.simd && this.simd.capacity < length)) {
      // Sized once for the verification's chunks (16 MiB and an overlap); the memory is only touched as used.
      this.simd = SimdPrefilter.create(this.longAlphabet, Math.max(length, SIMD_CAPACITY)) ?? null;
    }
    return this.simd ? this.simd.data.subarray(0, length) : undefined;
  }

  /** Whether a long needle occurs with one of its first four windows at i (a candidate of the filter). */
  private probe(haystack: Uint8Array, i: number, onMatch: (match: Match<T>) => void): void {
    const { keys, used, buckets, mask } = this.windows;
    const key = prefixOf(haystack, i);
    let slot = hash(key, mask);
    while (used[slot]) {
      if (keys[slot] === key) {
        for (const { needle, at } of buckets[slot]!) {
          const start = i - at;
          const n = needle.bytes;
          if (start < 0 || start + n.length > haystack.length) continue;
          let k = 0;
          while (k < n.length && FOLD[haystack[start + k]!] === n[k]) k++;
          if (k === n.length && (!needle.whole || isWhole(haystack, start, n.length, n))) onMatch({ offset: start, needle });
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Every needle occurrence in `haystack`. */
  scan(haystack: Uint8Array, onMatch: (match: Match<T>) => void): void {
    if (this.size === 0 || haystack.length < MIN_NEEDLE_LENGTH) return;
    const { keys, used, buckets, mask } = this.prefixes;
    let prefix = ((FOLD[haystack[0]!]! << 16) | (FOLD[haystack[1]!]! << 8) | FOLD[haystack[2]!]!) >>> 0;
    for (let i = 3; i < haystack.length; i++) {
      prefix = ((prefix << 8) | FOLD[haystack[i]!]!) >>> 0;
      let slot = hash(prefix, mask);
      while (used[slot]) {
        if (keys[slot] === prefix) {
          const start = i - 3;
          for (const { needle } of buckets[slot]!) {
            const n = needle.bytes;
            if (start + n.length > haystack.length) continue;
            let k = 4;
            while (k < n.length && FOLD[haystack[start + k]!] === n[k]) k++;
            if (k === n.length && (!needle.whole || isWhole(haystack, start, n.length, n))) onMatch({ offset: start, needle });
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
