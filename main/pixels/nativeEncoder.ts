import type { FrameLayout, SampleArray } from './decodedFrame.js';
import { PixelDataError } from './pixelDataError.js';

/**
 * Packs decoded frames back into native pixel data (PS3.5 8.1.1), frame after frame, for writing an uncompressed
 * value in a stream. Values are written at bit 0 (so High Bit = Bits Stored − 1), signed ones as two's complement
 * sign-extended to Bits Allocated, colour-by-pixel (Planar Configuration 0), in the transfer syntax's byte order.
 * 1-bit frames need not end on a byte boundary: the partial byte is carried into the next frame, and `finish`
 * returns it (and pads the value to even length).
 */
export interface NativePacker {
  /** The bytes of this frame that are complete. */
  pack(samples: SampleArray): Uint8Array;
  /** Whatever remains, padded so the whole value has even length (PS3.5 7.1.1). */
  finish(): Uint8Array;
}

export function createNativePacker(layout: FrameLayout, littleEndian: boolean): NativePacker {
  const count = layout.rows * layout.columns * layout.samplesPerPixel;
  if (layout.photometric === 'YBR_FULL_422') {
    throw new PixelDataError('bad-attributes', 'a full-resolution frame cannot be labelled YBR_FULL_422');
  }
  let written = 0;
  const check = (samples: SampleArray): void => {
    if (samples.length !== count) throw new PixelDataError('bad-attributes', `a frame has ${samples.length} samples, not ${count}`);
  };
  if (layout.bitsAllocated === 1) {
    let carry = 0;
    let carryBits = 0;
    return {
      pack(samples) {
        check(samples);
        const out = new Uint8Array(Math.floor((carryBits + count) / 8));
        let o = 0;
        for (let i = 0; i < count; i++) {
          carry |= (samples[i]! & 1) << carryBits++;
          if (carryBits === 8) {
            out[o++] = carry;
            carry = 0;
            carryBits = 0;
          }
        }
        written += out.length;
        return out;
      },
      finish() {
        const tail = carryBits > 0 ? [carry] : [];
        if ((written + tail.length) % 2 === 1) tail.push(0);
        // OB data carry no byte swapping, so the order is the same for both endiannesses.
        return Uint8Array.from(tail);
      },
    };
  }
  const size = layout.bitsAllocated / 8;
  if (![1, 2, 4, 8].includes(size)) throw new PixelDataError('unsupported', `Bits Allocated ${layout.bitsAllocated} cannot be written`);
  return {
    pack(samples) {
      check(samples);
      const out = new Uint8Array(count * size);
      const view = new DataView(out.buffer);
      for (let i = 0; i < count; i++) {
        const v = samples[i]!;
        const at = i * size;
        if (layout.sampleFormat === 'float32') view.setFloat32(at, v, littleEndian);
        else if (layout.sampleFormat === 'float64') view.setFloat64(at, v, littleEndian);
        else if (size === 1) out[at] = v & 0xff;
        else if (size === 2) view.setUint16(at, v & 0xffff, littleEndian);
        else view.setUint32(at, v >>> 0, littleEndian);
      }
      written += out.length;
      return out;
    },
    finish() {
      return new Uint8Array(written % 2);
    },
  };
}
