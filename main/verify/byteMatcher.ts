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

export class ByteMatcher<T> {
  private readonly keys: Uint32Array;
  private readonly used: Uint8Array;
  private readonly buckets: Needle<T>[][];
  private readonly mask: number;
  readonly size: number;

  constructor(needles: readonly Needle<T>[]) {
    const usable = needles.filter((n) => n.bytes.length >= MIN_NEEDLE_LENGTH);
    this.size = usable.length;
    let capacity = 16;
    while (capacity < usable.length * 2) capacity <<= 1;
    this.mask = capacity - 1;
    this.keys = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.buckets = new Array<Needle<T>[]>(capacity);
    for (const needle of usable) {
      const folded = Uint8Array.from(needle.bytes, (b) => FOLD[b]!);
      const key = prefixOf(folded, 0);
      let slot = hash(key, this.mask);
      while (this.used[slot] && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
      if (!this.used[slot]) {
        this.used[slot] = 1;
        this.keys[slot] = key;
        this.buckets[slot] = [];
      }
      this.buckets[slot]!.push({ bytes: folded, value: needle.value, whole: needle.whole ?? false });
    }
  }

  /** Every needle occurrence in `haystack`; `minLength` skips shorter needles (used for binary regions). */
  scan(haystack: Uint8Array, onMatch: (match: Match<T>) => void, minLength = MIN_NEEDLE_LENGTH): void {
    if (this.size === 0 || haystack.length < MIN_NEEDLE_LENGTH) return;
    const { keys, used, buckets, mask } = this;
    let prefix = ((FOLD[haystack[0]!]! << 16) | (FOLD[haystack[1]!]! << 8) | FOLD[haystack[2]!]!) >>> 0;
    for (let i = 3; i < haystack.length; i++) {
      prefix = ((prefix << 8) | FOLD[haystack[i]!]!) >>> 0;
      let slot = hash(prefix, mask);
      while (used[slot]) {
        if (keys[slot] === prefix) {
          const start = i - 3;
          for (const needle of buckets[slot]!) {
            const n = needle.bytes;
            if (n.length < minLength || start + n.length > haystack.length) continue;
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
