import { readDicomFile } from '../dicom/readDicomFile.js';
import type { MaskCheck } from '../export/pixelPipeline.js';
import { openPixelData, type DecodedFrame } from '../pixels/index.js';
import { maskFillValue, readPaletteColorLut } from '../pixels/ops/index.js';

export interface MaskVerification {
  /** Frames whose masks were checked. */
  readonly frames: number;
  /** Output pixels that lie wholly under a mask and were checked. */
  readonly pixels: number;
  /** Of those, how many do not hold the fill value (0 when the masks are in the pixels). */
  readonly failures: number;
  /** The first failures, as "frame f, row r, column c". */
  readonly examples: readonly string[];
}

/**
 * Re-decodes a written object and checks that every output pixel whose whole footprint in the source lies under a
 * mask holds the fill value in every sample. The footprint follows the crop and the area-averaging grid, so this
 * holds exactly after a resize too (an average of fill values is the fill value); pixels on a mask's border mix
 * masked and unmasked source pixels and are not expected to.
 */
export async function verifyMasks(path: string, check: MaskCheck): Promise<MaskVerification> {
  const object = readDicomFile(path);
  let frames = 0;
  let pixels = 0;
  let failures = 0;
  const examples: string[] = [];
  try {
    const reader = openPixelData(object);
    const palette = reader.info.photometric === 'PALETTE COLOR' ? readPaletteColorLut(object.dataset, object.source) : undefined;
    const sx = check.crop.width / check.outColumns;
    const sy = check.crop.height / check.outRows;
    for (let f = 0; f < check.frames; f++) {
      const coverage = check.coverage(f);
      if (!coverage) continue;
      const frame: DecodedFrame = await reader.decodeFrame(f);
      const fill = maskFillValue(frame, palette ? { palette } : {});
      frames++;
      for (let r = 0; r < check.outRows; r++) {
        const y0 = check.crop.y + Math.floor(r * sy + 1e-9);
        const y1 = check.crop.y + Math.ceil((r + 1) * sy - 1e-9);
        for (let c = 0; c < check.outColumns; c++) {
          const x0 = check.crop.x + Math.floor(c * sx + 1e-9);
          const x1 = check.crop.x + Math.ceil((c + 1) * sx - 1e-9);
          let covered = true;
          for (let y = y0; y < y1 && covered; y++) for (let x = x0; x < x1; x++) if (!coverage[y * check.sourceColumns + x]) { covered = false; break; }
          if (!covered) continue;
          pixels++;
          const base = (r * check.outColumns + c) * frame.samplesPerPixel;
          for (let s = 0; s < frame.samplesPerPixel; s++) {
            if (frame.samples[base + s] !== fill[s]) {
              failures++;
              if (examples.length < 5) examples.push(`frame ${f + 1}, row ${r}, column ${c}`);
              break;
            }
          }
        }
      }
    }
  } finally {
    object.close();
  }
  return { frames, pixels, failures, examples };
}
