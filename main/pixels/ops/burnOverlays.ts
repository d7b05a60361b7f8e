import type { DecodedFrame } from '../decodedFrame.js';
import { checkFill } from './checkFill.js';
import { overlayFillValue, type DisplayContext, type SampleFill } from './displayExtremes.js';
import { PixelOpError } from './pixelOpError.js';
import type { OverlayPlane } from './readOverlayPlanes.js';

export interface BurnOverlayOptions extends DisplayContext {
  /** The value overlay pixels get; by default the brightest displayed value (overlayFillValue). */
  readonly fill?: SampleFill;
  /** Bits of embedded overlays for this frame, by group (readEmbeddedOverlayBits). */
  readonly embeddedBits?: ReadonlyMap<number, Uint8Array>;
}

/**
 * A copy of the frame with the set pixels of every overlay plane that applies to it burned in at the brightest
 * displayed value, so that what a viewer would have drawn over the image (often names, dates, measurements) is
 * in the pixels, where the operator reviews it and masks it like burned-in text before the 60xx groups are
 * removed. Overlay pixels outside the image are ignored (Overlay Origin may place an overlay partly outside,
 * PS3.3 C.9.2.1.2). A plane applies to the frame when it has no Number of Frames in Overlay, or when the frame
 * lies in Image Frame Origin … Image Frame Origin + Number of Frames − 1 (PS3.3 C.9.3).
 */
export function burnOverlays(frame: DecodedFrame, planes: readonly OverlayPlane[], options: BurnOverlayOptions = {}): DecodedFrame {
  const fill = options.fill ?? overlayFillValue(frame, options);
  checkFill(frame, fill);
  const samples = frame.samples.slice();
  const spp = frame.samplesPerPixel;
  for (const plane of planes) {
    const name = `overlay ${plane.group.toString(16).toUpperCase()}`;
    const overlayFrame = frame.index - (plane.imageFrameOrigin - 1);
    if (plane.frames !== undefined && (overlayFrame < 0 || overlayFrame >= plane.frames)) continue;
    let bits: Uint8Array;
    let base = 0;
    if (plane.data.kind === 'separate') {
      bits = plane.data.bits;
      base = plane.frames === undefined ? 0 : overlayFrame * plane.rows * plane.columns;
    } else {
      const embedded = options.embeddedBits?.get(plane.group);
      if (!embedded) throw new PixelOpError('invalid-argument', `${name} is embedded in the pixel cells: pass its bits for frame ${frame.index + 1} (readEmbeddedOverlayBits)`);
      bits = embedded;
    }
    if (bits.length < base + plane.rows * plane.columns) {
      throw new PixelOpError('invalid-argument', `${name} has ${bits.length} bits, fewer than its ${plane.columns}×${plane.rows} pixels need`);
    }
    const top = plane.originRow - 1;
    const left = plane.originColumn - 1;
    const r0 = Math.max(0, -top);
    const r1 = Math.min(plane.rows, frame.rows - top);
    const c0 = Math.max(0, -left);
    const c1 = Math.min(plane.columns, frame.columns - left);
    for (let r = r0; r < r1; r++) {
      const bitRow = base + r * plane.columns;
      const pixelRow = (top + r) * frame.columns + left;
      for (let c = c0; c < c1; c++) {
        if (bits[bitRow + c] === 0) continue;
        const at = (pixelRow + c) * spp;
        for (let s = 0; s < spp; s++) samples[at + s] = fill[s]!;
      }
    }
  }
  return { ...frame, samples };
}
