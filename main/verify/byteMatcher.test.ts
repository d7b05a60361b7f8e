import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seededRandom.js';
import { ByteMatcher } from './byteMatcher.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const find = (needles: string[], haystack: string, whole = true): string[] => {
  const matcher = new ByteMatcher(needles.map((n) => ({ bytes: bytes(n), value: n, whole })));
  const out: string[] = [];
  matcher.scan(bytes(haystack), (m) => out.push(`${m.needle.value}@${m.offset}`));
  return out;
};

describe('ByteMatcher', () => {
  it('finds every needle in one pass, ignoring ASCII case', () => {
    expect(find(['virtanen', 'MATTI'], 'PN VIRTANEN^Matti and virtanen')).toEqual(['virtanen@3', 'MATTI@12', 'virtanen@22']);
  });

  it('counts only whole words and numbers', () => {
    expect(find(['ANNA'], 'ANNOTATION ANNA ANNAS')).toEqual(['ANNA@11']);
    expect(find(['1234567'], '12345678 1234567 1.1234567 1234567.5')).toEqual(['1234567@9']);
    expect(find(['1.2.3.4'], '1.2.3.45 1.2.3.4\0')).toEqual(['1.2.3.4@9']);
    expect(find(['ANNOT'], 'ANNOTATION', false)).toEqual(['ANNOT@0']);
  });

  it('finds needles with a common prefix, and non-ASCII bytes', () => {
    expect(find(['ÅSTRÖM', 'ÅSTRÖMS'], 'x ÅSTRÖM y').map((s) => s.split('@')[0])).toEqual(['ÅSTRÖM']);
  });

  it('ignores needles shorter than four bytes', () => {
    expect(find(['LI', 'ABC'], 'LI ABC')).toEqual([]);
  });

  it('finds long needles sparsely at every offset and alignment, as a plain search does', () => {
    // A deterministic generator: the same haystacks on every run.
    const random = seededRandom(12345);
    const needles = ['Virtanen^Matti', '1.2.246.562.10.1', 'PAT-00123', 'ÅSTRÖM^Åsa'].map(bytes);
    const matcher = new ByteMatcher(needles.map((n, i) => ({ bytes: n, value: i })));
    let total = 0;
    for (let round = 0; round < 200; round++) {
      const backing = new Uint8Array(300);
      for (let k = 0; k < backing.length; k++) backing[k] = random(256);
      for (let p = 0; p < 3; p++) {
        const index = random(needles.length);
        const needle = needles[index]!;
        const at = random(backing.length - needle.length);
        // Planted as written or in capitals: the search ignores ASCII case.
        backing.set(random(2) ? needle : needle.map((b) => (b >= 0x61 && b <= 0x7a ? b - 0x20 : b)), at);
      }
      // A view at any byte offset of its buffer, as chunks of a file are.
      const skip = random(8);
      const haystack = backing.subarray(skip);
      const expected: string[] = [];
      needles.forEach((needle, index) => {
        const fold = (b: number): number => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);
        for (let at = 0; at + needle.length <= haystack.length; at++) {
          if (needle.every((b, k) => fold(b) === fold(haystack[at + k]!))) expected.push(`${index}@${at}`);
        }
      });
      const found: string[] = [];
      matcher.scanSparse(haystack, (m) => found.push(`${m.needle.value}@${m.offset}`));
      expect(found.sort(), `round ${round}`).toEqual(expected.sort());
      total += expected.length;
    }
    // Not a vacuous comparison: most of the 600 plants survive the cuts and later plants, and are found.
    expect(total).toBeGreaterThan(400);
  });

  it('finds the same through the SIMD pre-filter, in pixel-like and random data, in whole blocks and the tail', () => {
    const random = seededRandom(777);
    const needles = ['Virtanen^Matti', '1.2.246.562.10.1', 'PAT-00123', 'ÅSTRÖM^Åsa', '20240229'].map(bytes);
    const matcher = new ByteMatcher(needles.map((n, i) => ({ bytes: n, value: i, whole: false })));
    const plain = new ByteMatcher(needles.map((n, i) => ({ bytes: n, value: i, whole: false })));
    let total = 0;
    for (let round = 0; round < 300; round++) {
      // Lengths around block multiples, so that occurrences fall in the blocks, across them and in the tail.
      const length = 64 + random(400);
      const target = matcher.sparseBuffer(length);
      expect(target, 'WebAssembly SIMD is available in Node 20').toBeDefined();
      const data = target!;
      const pixelLike = round % 2 === 0;
      for (let k = 0; k < length; k++) data[k] = pixelLike ? (k & 1 ? random(16) : random(256)) : random(256);
      for (let p = 0; p < 3; p++) {
        const needle = needles[random(needles.length)]!;
        const at = random(length - needle.length);
        data.set(random(2) ? needle : needle.map((b) => (b >= 0x61 && b <= 0x7a ? b - 0x20 : b)), at);
      }
      const copy = Uint8Array.from(data);
      const viaSimd: string[] = [];
      matcher.scanSparse(data, (m) => viaSimd.push(`${m.needle.value}@${m.offset}`));
      const viaJs: string[] = [];
      plain.scanSparse(copy, (m) => viaJs.push(`${m.needle.value}@${m.offset}`));
      const everywhere: string[] = [];
      plain.scan(copy, (m) => everywhere.push(`${m.needle.value}@${m.offset}`));
      expect(viaSimd, `round ${round}`).toEqual(viaJs);
      expect([...viaSimd].sort(), `round ${round}`).toEqual([...everywhere].sort());
      total += viaSimd.length;
    }
    expect(total).toBeGreaterThan(600);
  });
});
