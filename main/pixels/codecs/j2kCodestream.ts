import { PixelDataError } from '../pixelDataError.js';

/** What the JPEG 2000 main header (ISO 15444-1 A.5.1 SIZ, A.6.1 COD) says about the image. */
export interface J2kHeader {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  /** Precision of the first component in bits, and whether it is signed (Ssiz). */
  readonly precision: number;
  readonly signed: boolean;
  /** Whether the multiple component transformation (RCT or ICT) is applied to components 0–2. */
  readonly multipleComponentTransform: boolean;
  /** Whether the wavelet filter is the reversible 5-3 (lossless possible) rather than the irreversible 9-7. */
  readonly reversible: boolean;
}

const SOC = 0xff4f;
const SIZ = 0xff51;
const COD = 0xff52;
const SOT = 0xff90;

/**
 * The codestream inside a frame: the frame itself, or the contents of the contiguous codestream box ('jp2c') when a
 * writer wrapped it in the JP2 file format, which DICOM does not allow (PS3.5 A.4.4) but some writers produce.
 */
export function j2kCodestream(data: Uint8Array): Uint8Array {
  if (data.length >= 2 && ((data[0]! << 8) | data[1]!) === SOC) return data;
  let pos = 0;
  while (pos + 8 <= data.length) {
    const view = new DataView(data.buffer, data.byteOffset + pos, 8);
    let length = view.getUint32(0);
    const type = String.fromCharCode(data[pos + 4]!, data[pos + 5]!, data[pos + 6]!, data[pos + 7]!);
    let header = 8;
    if (length === 1 && pos + 16 <= data.length) {
      length = Number(new DataView(data.buffer, data.byteOffset + pos + 8, 8).getBigUint64(0));
      header = 16;
    } else if (length === 0) {
      length = data.length - pos;
    }
    if (type === 'jp2c') return data.subarray(pos + header, Math.min(data.length, pos + length));
    if (length < header) break;
    pos += length;
  }
  throw new PixelDataError('corrupt-data', 'JPEG 2000: the frame holds neither a codestream (FF4F) nor a JP2 codestream box');
}

/** Reads SIZ and COD from the main header. Throws PixelDataError when they are missing or malformed. */
export function readJ2kHeader(codestream: Uint8Array): J2kHeader {
  const view = new DataView(codestream.buffer, codestream.byteOffset, codestream.length);
  if (codestream.length < 4 || view.getUint16(0) !== SOC) throw new PixelDataError('corrupt-data', 'JPEG 2000: the codestream does not begin with SOC (FF4F)');
  let pos = 2;
  let siz: Omit<J2kHeader, 'multipleComponentTransform' | 'reversible'> | undefined;
  let cod: { multipleComponentTransform: boolean; reversible: boolean } | undefined;
  while (pos + 4 <= codestream.length && !(siz && cod)) {
    const marker = view.getUint16(pos);
    if (marker === SOT) break;
    const length = view.getUint16(pos + 2);
    const body = pos + 4;
    if (length < 2 || pos + 2 + length > codestream.length) break;
    if (marker === SIZ && length >= 41) {
      const xsiz = view.getUint32(body + 2);
      const ysiz = view.getUint32(body + 6);
      const xo = view.getUint32(body + 10);
      const yo = view.getUint32(body + 14);
      const ssiz = codestream[body + 36]!;
      siz = {
        width: xsiz - xo,
        height: ysiz - yo,
        components: view.getUint16(body + 34),
        precision: (ssiz & 0x7f) + 1,
        signed: (ssiz & 0x80) !== 0,
      };
    } else if (marker === COD && length >= 12) {
      cod = { multipleComponentTransform: codestream[body + 4] === 1, reversible: codestream[body + 9] === 1 };
    }
    pos += 2 + length;
  }
  if (!siz || !cod) throw new PixelDataError('corrupt-data', 'JPEG 2000: the main header lacks its SIZ or COD marker segment');
  return { ...siz, ...cod };
}
