import { crc32 } from 'node:zlib';

/** The eight bytes every PNG starts with (PNG spec 5.2). */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export interface PngChunk {
  readonly type: string;
  readonly data: Uint8Array;
}

export class PngError extends Error {}

/** The chunks of a PNG, each checked against its CRC, up to IEND. */
export function readPngChunks(bytes: Uint8Array): PngChunk[] {
  if (bytes.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw new PngError('not a PNG image (signature missing)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  for (;;) {
    if (offset + 12 > bytes.length) throw new PngError('PNG image ends inside a chunk');
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) throw new PngError('PNG image ends inside a chunk');
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if ((crc32(typeAndData) >>> 0) !== view.getUint32(offset + 8 + length)) throw new PngError('PNG chunk fails its CRC');
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    chunks.push({ type, data: typeAndData.subarray(4) });
    offset = end;
    if (type === 'IEND') return chunks;
  }
}

/** One chunk as bytes: length, type, data, CRC of type and data. */
export function encodePngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)) >>> 0);
  return out;
}
