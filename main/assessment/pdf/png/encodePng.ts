import { deflateSync } from 'node:zlib';
import type { OpaqueImage } from './decodePng.js';
import { encodePngChunk, PNG_SIGNATURE } from './pngChunks.js';

/**
 * An opaque image as a plain PNG (8-bit, no interlacing, filter None): the thumbnails' form in the sheet, which any
 * reader decodes, and which the PDF's image grid decodes again with decodePngOpaque.
 */
export function encodePng(image: OpaqueImage): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, image.width);
  view.setUint32(4, image.height);
  header[8] = 8;
  header[9] = image.channels === 1 ? 0 : 2;
  const stride = image.width * image.channels;
  const raw = new Uint8Array(image.height * (stride + 1));
  for (let y = 0; y < image.height; y++) raw.set(image.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const parts = [
    PNG_SIGNATURE,
    encodePngChunk('IHDR', header),
    encodePngChunk('IDAT', deflateSync(raw, { level: 9 })),
    encodePngChunk('IEND', new Uint8Array(0)),
  ];
  return Uint8Array.from(Buffer.concat(parts));
}
