import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seededRandom.js';
import { nibbleTables, SimdPrefilter } from './simdPrefilter.js';

/** The pre-filter's rule, byte by byte: a word is a candidate when each of its bytes passes the nibble test. */
function referenceBlocks(data: Uint8Array, alphabet: Iterable<number>): number[] {
  const { low, high } = nibbleTables(alphabet);
  const passes = (b: number): boolean => (low[b & 15]! & high[b >> 4]!) !== 0;
  const blocks: number[] = [];
  for (let p = 0; p + 16 <= data.length; p += 16) {
    for (let w = p; w < p + 16; w += 4) {
      if (passes(data[w]!) && passes(data[w + 1]!) && passes(data[w + 2]!) && passes(data[w + 3]!)) {
        blocks.push(p);
        break;
      }
    }
  }
  return blocks;
}

describe('the SIMD pre-filter of the sparse scan', () => {
  it('accepts every byte of its alphabet (and may accept a few more, never fewer)', () => {
    const random = seededRandom(99);
    for (let round = 0; round < 50; round++) {
      const alphabet = Array.from({ length: 1 + random(60) }, () => random(256));
      const { low, high } = nibbleTables(alphabet);
      for (const b of alphabet) expect(low[b & 15]! & high[b >> 4]!).not.toBe(0);
    }
  });

  it('reports exactly the blocks with a candidate word, as the byte-by-byte rule does', () => {
    const random = seededRandom(4242);
    for (let round = 0; round < 40; round++) {
      const alphabet = round % 4 === 0 ? [0x00, 0x1b, 0xc3, 0xa5, ...Array.from({ length: 20 }, () => random(256))] : Array.from('0123456789.^-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', (c) => c.charCodeAt(0));
      const filter = SimdPrefilter.create(alphabet, 4096)!;
      expect(filter).toBeDefined();
      const length = 16 * (1 + random(200));
      const data = filter.data.subarray(0, length);
      // Mostly 12-bit samples, with stretches of text-like bytes.
      for (let k = 0; k < length; k++) data[k] = k & 1 ? random(16) : random(256);
      for (let s = 0; s < 4; s++) {
        const at = random(length - 8);
        for (let k = 0; k < 8; k++) data[at + k] = alphabet[random(alphabet.length)]!;
      }
      const found: number[] = [];
      for (let p = filter.nextBlock(0, length); p < length; p = filter.nextBlock(p + 16, length)) found.push(p);
      expect(found, `round ${round}`).toEqual(referenceBlocks(data, alphabet));
      expect(filter.holds(data)).toBe(true);
      expect(filter.holds(Uint8Array.from(data))).toBe(false);
    }
  });
});
