import { decodePngOpaque, type OpaqueImage } from '../png/decodePng.js';
import { PngError } from '../png/pngChunks.js';
import { drawLineCentred } from './drawText.js';
import type { Flow } from './flow.js';
import { linesCapped } from './paragraph.js';
import { COLOR, STYLE } from './textStyle.js';

export interface GridImage {
  readonly png: Uint8Array;
  readonly caption: string;
}

export interface GridOptions {
  /** Images per row. */
  readonly columns: number;
  /** Lines a caption may take; a longer caption ends in "…" so that every row has the same height. */
  readonly captionLines: number;
  /** Said in the frame of an image whose data cannot be decoded. */
  readonly unreadable: string;
}

const GUTTER = 8;

/**
 * Small images in rows, each scaled to fit a square frame with its caption centred below. A row never splits
 * across pages. Every image is decoded to opaque 8-bit pixels first and embedded as such; one that cannot be
 * decoded is named in its frame instead, so that one bad thumbnail does not cost the release its assessment.
 */
export function imageGrid(flow: Flow, images: readonly GridImage[], options: GridOptions): void {
  const cell = (flow.width - GUTTER * (options.columns - 1)) / options.columns;
  const captionStyle = STYLE.caption;
  const rowHeight = cell + 3 + options.captionLines * captionStyle.leading;
  for (let start = 0; start < images.length; start += options.columns) {
    flow.ensure(rowHeight);
    images.slice(start, start + options.columns).forEach((image, i) => {
      const x = flow.left + i * (cell + GUTTER);
      const raster = opaque(image.png);
      flow.doc.save().rect(x, flow.y, cell, cell).fill(COLOR.fill).restore();
      if (raster) flow.doc.image(raster, x + 1, flow.y + 1, cell - 2, cell - 2);
      else linesCapped(flow, captionStyle, options.unreadable, cell - 4, 2).forEach((line, k) => drawLineCentred(flow.doc, captionStyle, line, x + cell / 2, flow.y + cell / 2 + (k - 1) * captionStyle.leading));
      flow.doc.save().rect(x, flow.y, cell, cell).lineWidth(0.4).strokeColor(COLOR.rule).stroke().restore();
      const lines = linesCapped(flow, captionStyle, image.caption, cell, options.captionLines);
      lines.forEach((line, k) => drawLineCentred(flow.doc, captionStyle, line, x + cell / 2, flow.y + cell + 3 + k * captionStyle.leading));
    });
    flow.y += rowHeight;
    flow.gap(GUTTER);
  }
}

function opaque(png: Uint8Array): OpaqueImage | undefined {
  try {
    return decodePngOpaque(png);
  } catch (error) {
    if (error instanceof PngError) return undefined;
    throw error;
  }
}
