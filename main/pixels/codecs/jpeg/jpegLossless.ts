import { PixelDataError } from '../../pixelDataError.js';
import { BitReader } from './huffman.js';
import type { JpegScan, JpegStream } from './jpegStream.js';

/**
 * Lossless JPEG (T.81 Annex H, process 14; DICOM's .57 and its selection-value-1 form .70): each sample is a
 * Huffman-coded difference from a prediction made from its reconstructed neighbours Ra (left), Rb (above) and
 * Rc (above-left). Differences are taken modulo 2^16 (H.1.2.2), and the output is scaled up by the point
 * transform Pt. Returns one width × height plane per component.
 */
export function decodeLosslessScans(data: Uint8Array, stream: JpegStream): Uint16Array[] {
  const { frame } = stream;
  if (frame.components.some((c) => c.h !== 1 || c.v !== 1)) {
    throw new PixelDataError('unsupported', 'JPEG lossless with subsampled components is not supported');
  }
  const planes = frame.components.map(() => new Uint16Array(frame.width * frame.height));
  for (const scan of stream.scans) {
    decodeScan(data, stream, scan, planes);
    const pt = scan.al;
    if (pt === 0) continue;
    for (const { index } of scan.components) {
      const plane = planes[index]!;
      for (let i = 0; i < plane.length; i++) plane[i] = plane[i]! << pt;
    }
  }
  return planes;
}

function decodeScan(data: Uint8Array, stream: JpegStream, scan: JpegScan, planes: Uint16Array[]): void {
  const { width, height, precision } = stream.frame;
  const predictor = scan.ss;
  const pt = scan.al;
  if (predictor < 1 || predictor > 7) throw new PixelDataError('corrupt-data', `JPEG lossless: predictor ${predictor} is not 1–7`);
  if (pt >= precision) throw new PixelDataError('corrupt-data', `JPEG lossless: point transform ${pt} is not below the precision ${precision}`);
  const interval = scan.restartInterval;
  // H.1.2.1: a restart resets prediction as at the image's first line, so intervals must end on line boundaries.
  if (interval > 0 && interval % width !== 0) {
    throw new PixelDataError('unsupported', `JPEG lossless: a restart interval of ${interval} is not a whole number of lines of ${width}`);
  }
  const rowsPerInterval = interval > 0 ? interval / width : height;
  const initial = 1 << (precision - pt - 1);
  const reader = new BitReader(data, scan.dataStart, scan.dataEnd);
  const components = scan.components.map((sc) => ({ table: sc.dcTable, plane: planes[sc.index]! }));
  let restarts = 0;

  for (let y = 0; y < height; y++) {
    const firstLine = y % rowsPerInterval === 0;
    if (firstLine && y > 0) {
      if (reader.overrun) throw truncated();
      reader.restart(restarts++ & 7);
    }
    const row = y * width;
    const above = row - width;
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < components.length; k++) {
        const { table, plane } = components[k]!;
        const ssss = reader.decode(table);
        const diff = ssss === 16 ? 32768 : reader.receiveExtend(ssss);
        let prediction: number;
        if (firstLine) prediction = x === 0 ? initial : plane[row + x - 1]!;
        else if (x === 0) prediction = plane[above]!;
        else {
          const ra = plane[row + x - 1]!;
          const rb = plane[above + x]!;
          const rc = plane[above + x - 1]!;
          switch (predictor) {
            case 1: prediction = ra; break;
            case 2: prediction = rb; break;
            case 3: prediction = rc; break;
            case 4: prediction = ra + rb - rc; break;
            case 5: prediction = ra + ((rb - rc) >> 1); break;
            case 6: prediction = rb + ((ra - rc) >> 1); break;
            default: prediction = (ra + rb) >> 1; break;
          }
        }
        plane[row + x] = (prediction + diff) & 0xffff;
      }
    }
  }
  if (reader.overrun) throw truncated();
}

const truncated = (): PixelDataError =>
  new PixelDataError('corrupt-data', 'JPEG lossless: the entropy-coded data ends before all samples are decoded');
