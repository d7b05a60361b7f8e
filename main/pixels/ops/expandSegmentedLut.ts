import { PixelOpError } from './pixelOpError.js';

/**
 * Expands Segmented Palette Color Lookup Table Data (PS3.3 C.7.9.2) into one value per entry. `words` are the
 * table's units in order: bytes for 8-bit tables, 16-bit words for 16-bit ones. Segments:
 * - discrete (opcode 0, length n, then n values): the values as they are (C.7.9.2.1);
 * - linear (opcode 1, length n, then one value y1): n entries stepping from the previous entry y0 to y1, the
 *   last being y1 (C.7.9.2.2); interpolated values are rounded to the nearest integer;
 * - indirect (opcode 2): refused. Its offset is read as bytes by the standard's text but as table units by
 *   pydicom, no data set met so far uses it, and a palette read wrongly would pick the wrong mask colour.
 * A trailing unit shorter than a segment header is padding (an odd count of 8-bit units padded to whole words).
 * `channel` names the table in messages.
 */
export function expandSegmentedLut(words: ArrayLike<number>, channel: string): number[] {
  const out: number[] = [];
  let at = 0;
  while (at + 1 < words.length) {
    const opcode = words[at]!;
    const length = words[at + 1]!;
    at += 2;
    switch (opcode) {
      case 0: {
        if (at + length > words.length) throw truncated(channel, at - 2);
        for (let i = 0; i < length; i++) out.push(words[at + i]!);
        at += length;
        break;
      }
      case 1: {
        if (at >= words.length) throw truncated(channel, at - 2);
        if (out.length === 0) {
          throw new PixelOpError('bad-attributes', `segmented ${channel} palette starts with a linear segment, which has no start value (PS3.3 C.7.9.2.2)`);
        }
        const y0 = out[out.length - 1]!;
        const y1 = words[at]!;
        at += 1;
        for (let i = 1; i <= length; i++) out.push(Math.round(y0 + ((y1 - y0) * i) / length));
        break;
      }
      case 2:
        throw new PixelOpError('unsupported', `segmented ${channel} palette uses an indirect segment (PS3.3 C.7.9.2.3), which Peitto does not expand`);
      default:
        throw new PixelOpError('bad-attributes', `segmented ${channel} palette has an unknown segment type ${opcode} at unit ${at - 2}`);
    }
  }
  return out;
}

const truncated = (channel: string, at: number): PixelOpError =>
  new PixelOpError('bad-attributes', `segmented ${channel} palette ends inside the segment that starts at unit ${at}`);
