import { describe, expect, it } from 'vitest';
import { createSampleArray, type DecodedFrame, type FrameLayout } from '../decodedFrame.js';
import { maskFillValue, overlayFillValue } from './displayExtremes.js';
import type { PaletteColorLut } from './readPaletteColorLut.js';

function frameOf(overrides: Partial<FrameLayout> = {}, values: readonly number[] = [0]): DecodedFrame {
  const layout: FrameLayout = {
    rows: 1, columns: values.length / (overrides.samplesPerPixel ?? 1), samplesPerPixel: 1, bitsAllocated: 16, bitsStored: 12,
    pixelRepresentation: 0, sampleFormat: 'integer', photometric: 'MONOCHROME2', ...overrides,
  };
  const samples = createSampleArray(layout, values.length);
  samples.set(values);
  return { ...layout, index: 4, samples };
}

describe('maskFillValue (darkest displayed) and overlayFillValue (brightest displayed)', () => {
  it.each([
    ['MONOCHROME2 unsigned 12-bit', { bitsStored: 12 }, [0], [4095]],
    ['MONOCHROME2 signed 16-bit', { bitsStored: 16, pixelRepresentation: 1 }, [-32768], [32767]],
    ['MONOCHROME2 signed 12-bit', { bitsStored: 12, pixelRepresentation: 1 }, [-2048], [2047]],
    ['MONOCHROME1 unsigned 10-bit', { photometric: 'MONOCHROME1', bitsStored: 10 }, [1023], [0]],
    ['MONOCHROME1 signed 16-bit', { photometric: 'MONOCHROME1', bitsStored: 16, pixelRepresentation: 1 }, [32767], [-32768]],
    ['MONOCHROME2 1-bit', { bitsAllocated: 1, bitsStored: 1 }, [0], [1]],
    ['RGB 8-bit', { photometric: 'RGB', samplesPerPixel: 3, bitsAllocated: 8, bitsStored: 8 }, [0, 0, 0], [255, 255, 255]],
    ['YBR_FULL 8-bit', { photometric: 'YBR_FULL', samplesPerPixel: 3, bitsAllocated: 8, bitsStored: 8 }, [0, 128, 128], [255, 128, 128]],
    ['YBR_FULL 16-bit', { photometric: 'YBR_FULL', samplesPerPixel: 3, bitsStored: 16 }, [0, 32768, 32768], [65535, 32768, 32768]],
    ['YBR_RCT left by a codec', { photometric: 'YBR_RCT', samplesPerPixel: 3, bitsAllocated: 8, bitsStored: 8 }, [0, 128, 128], [255, 128, 128]],
    ['YBR_PARTIAL_420 8-bit', { photometric: 'YBR_PARTIAL_420', samplesPerPixel: 3, bitsAllocated: 8, bitsStored: 8 }, [16, 128, 128], [235, 128, 128]],
  ] as const)('%s', (_name, overrides, darkest, brightest) => {
    const frame = frameOf(overrides as Partial<FrameLayout>, new Array((overrides as { samplesPerPixel?: number }).samplesPerPixel ?? 1).fill(0));
    expect(maskFillValue(frame)).toEqual(darkest);
    expect(overlayFillValue(frame)).toEqual(brightest);
  });

  it('uses the frame’s smallest finite value for float data (largest for MONOCHROME1)', () => {
    const values = [3.5, Number.NaN, -Infinity, -1.25, Infinity, 7];
    const frame = frameOf({ sampleFormat: 'float32', bitsAllocated: 32, bitsStored: 32 }, values);
    expect(maskFillValue(frame)).toEqual([-1.25]);
    expect(overlayFillValue(frame)).toEqual([7]);
    const inverted = frameOf({ sampleFormat: 'float64', bitsAllocated: 64, bitsStored: 64, photometric: 'MONOCHROME1' }, values);
    expect(maskFillValue(inverted)).toEqual([7]);
  });

  it('refuses a float frame without finite samples, and unknown photometric interpretations', () => {
    expect(() => maskFillValue(frameOf({ sampleFormat: 'float32', bitsAllocated: 32, bitsStored: 32 }, [Number.NaN]))).toThrow(/frame 5 has no finite sample/);
    expect(() => maskFillValue(frameOf({ photometric: 'HSV', samplesPerPixel: 3 }, [0, 0, 0]))).toThrow(/Photometric Interpretation HSV/);
  });

  describe('PALETTE COLOR', () => {
    // Entry luminances: 0 white, 1 mid grey, 2 black, 3 pure blue (dark, 0.114 · 255), 4 yellow.
    const palette: PaletteColorLut = {
      entries: 5,
      firstMapped: 10,
      bits: 8,
      red: [255, 128, 0, 0, 255],
      green: [255, 128, 0, 0, 255],
      blue: [255, 128, 0, 255, 0],
    };
    const paletteFrame = (bitsStored = 8, pixelRepresentation: 0 | 1 = 0): DecodedFrame =>
      frameOf({ photometric: 'PALETTE COLOR', bitsAllocated: 8, bitsStored, pixelRepresentation });

    it('picks the stored value whose entry has the lowest luminance, and the highest for overlays', () => {
      expect(maskFillValue(paletteFrame(), { palette })).toEqual([12]);
      expect(overlayFillValue(paletteFrame(), { palette })).toEqual([10]);
    });

    it('considers only entries some stored value reaches', () => {
      // 3 stored bits reach 0…7: entries 0 (values ≤ 10 clamp to it) only; so the fill is a value mapping to entry 0.
      expect(maskFillValue(paletteFrame(3), { palette })).toEqual([7]);
      // Signed 5-bit: −16…15 reaches entries 0…5 → clamped to 0…4: black is entry 2 (value 12).
      expect(maskFillValue(paletteFrame(5, 1), { palette })).toEqual([12]);
    });

    it('needs the palette', () => {
      expect(() => maskFillValue(paletteFrame())).toThrow(/PALETTE COLOR but no palette was given/);
    });
  });
});
