import type { DicomObject } from '../../dicom/readDicomFile.js';
import { readImageInfo } from '../imageInfo.js';
import { byteOrderUnit, nativeFrameRange } from '../nativeFrame.js';
import { PixelOpError } from './pixelOpError.js';
import type { OverlayPlane } from './readOverlayPlanes.js';

/**
 * The bits of an overlay embedded in the pixel cells of frame `frame` (0-based): one 0/1 byte per pixel. These
 * retired overlays (PS3.5 8.1.2) live in bits outside Bits Stored, which decoding drops, so they are read from
 * the native pixel data. Compressed pixel data is refused: a codec keeps only the stored bits, so whatever an
 * encoder did with the overlay bits cannot be read back. Throws PixelOpError naming the overlay.
 */
export function readEmbeddedOverlayBits(object: DicomObject, plane: OverlayPlane, frame: number): Uint8Array {
  const name = `overlay ${plane.group.toString(16).toUpperCase()}`;
  if (plane.data.kind !== 'embedded') throw new PixelOpError('invalid-argument', `${name} has its own Overlay Data`);
  const info = readImageInfo(object.dataset);
  if (object.transferSyntax.encapsulated) {
    throw new PixelOpError('unsupported', `${name} is embedded in the pixel cells, which cannot be read from ${object.transferSyntax.name} pixel data`);
  }
  if (info.sampleFormat !== 'integer' || info.samplesPerPixel !== 1 || info.bitsAllocated < 8) {
    throw new PixelOpError('bad-attributes', `${name} is embedded in the pixel cells, which needs single-sample integer cells of 8 bits or more`);
  }
  if (plane.rows !== info.rows || plane.columns !== info.columns || plane.originRow !== 1 || plane.originColumn !== 1) {
    throw new PixelOpError('bad-attributes', `${name} is embedded in the pixel cells but is not the image's size and position`);
  }
  const position = plane.data.bitPosition;
  const lowestStored = info.highBit - info.bitsStored + 1;
  if (position >= info.bitsAllocated || (position >= lowestStored && position <= info.highBit)) {
    throw new PixelOpError('bad-attributes', `${name}: Overlay Bit Position ${position} is one of the stored bits ${lowestStored}…${info.highBit}`);
  }
  if (!Number.isInteger(frame) || frame < 0 || frame >= info.numberOfFrames) {
    throw new PixelOpError('invalid-argument', `${name}: frame ${frame + 1} is not one of the image's ${info.numberOfFrames} frames`);
  }
  const range = nativeFrameRange(info, frame);
  const element = info.pixelData;
  if (range.offset + range.length > element.length) {
    throw new PixelOpError('bad-attributes', `${name}: the pixel data ends before frame ${frame + 1}`);
  }
  const bytes = element.bytes
    ? element.bytes.subarray(range.offset, range.offset + range.length)
    : object.source.read(element.valueOffset + range.offset, range.length);
  const size = info.bitsAllocated / 8;
  // Big endian values reverse the bytes of each byte-order unit (PS3.5 7.3; OW swaps 8-bit cells in pairs).
  const unit = element.littleEndian ? 1 : byteOrderUnit(info);
  const physical = (offset: number): number => offset - (offset % unit) + (unit - 1 - (offset % unit));
  const pixels = info.rows * info.columns;
  const out = new Uint8Array(pixels);
  const byteIndex = Math.floor(position / 8);
  const shift = position % 8;
  for (let p = 0; p < pixels; p++) out[p] = (bytes[physical(p * size + byteIndex)]! >> shift) & 1;
  return out;
}
