import { PixelDataError } from '../../pixelDataError.js';
import { BitReader } from './huffman.js';
import { createIdctTables, idctIslow } from './idctIslow.js';
import type { ComponentPlane } from './componentPlane.js';
import { ZIGZAG_TO_NATURAL, type JpegScan, type JpegStream } from './jpegStream.js';

/**
 * Sequential DCT-based decoding with Huffman coding (T.81 Annex F, processes 1, 2 and 4: baseline and extended,
 * 8- and 12-bit) into one plane per component. Scans may be interleaved (T.81 A.2.3: an MCU holds H × V blocks of
 * each component) or not (one block per MCU, A.2.2), and may use restart intervals.
 */

/**
 * Zig-zag index to natural index with 16 extra entries pointing at the last coefficient: a run (R) in damaged data
 * can step past 63, and, as libjpeg does, the stray value lands in the last coefficient instead of out of bounds.
 */
const NATURAL = new Uint8Array(80).fill(63);
NATURAL.set(ZIGZAG_TO_NATURAL);

interface Geometry {
  readonly hMax: number;
  readonly vMax: number;
  readonly mcusPerLine: number;
  readonly mcusPerColumn: number;
}

export function decodeDctScans(data: Uint8Array, stream: JpegStream): ComponentPlane[] {
  const { frame } = stream;
  const hMax = Math.max(...frame.components.map((c) => c.h));
  const vMax = Math.max(...frame.components.map((c) => c.v));
  const geometry: Geometry = {
    hMax,
    vMax,
    mcusPerLine: Math.ceil(frame.width / (8 * hMax)),
    mcusPerColumn: Math.ceil(frame.height / (8 * vMax)),
  };
  const planes = frame.components.map((c): ComponentPlane => {
    const stride = geometry.mcusPerLine * c.h * 8;
    return {
      samples: new Uint16Array(stride * geometry.mcusPerColumn * c.v * 8),
      stride,
      width: Math.ceil((frame.width * c.h) / hMax),
      height: Math.ceil((frame.height * c.v) / vMax),
      hFactor: hMax / c.h,
      vFactor: vMax / c.v,
    };
  });
  const tables = createIdctTables(frame.precision);
  for (const scan of stream.scans) decodeScan(data, stream, scan, planes, geometry, tables);
  return planes;
}

function decodeScan(
  data: Uint8Array,
  stream: JpegStream,
  scan: JpegScan,
  planes: readonly ComponentPlane[],
  geometry: Geometry,
  tables: ReturnType<typeof createIdctTables>,
): void {
  const { frame } = stream;
  const reader = new BitReader(data, scan.dataStart, scan.dataEnd);
  const coef = new Int32Array(64);
  const work = new Int32Array(64);
  const predictors = new Int32Array(scan.components.length);
  const quant = scan.components.map((sc) => {
    const id = frame.components[sc.index]!.quantTable;
    const table = scan.quantTables[id];
    if (!table) throw new PixelDataError('corrupt-data', `JPEG: quantization table ${id} is used but not defined`);
    return table;
  });

  const decodeBlock = (k: number, plane: ComponentPlane, blockRow: number, blockColumn: number): void => {
    const sc = scan.components[k]!;
    coef.fill(0);
    // F.2.2.1: the DC difference, added to the component's prediction. libjpeg keeps coefficients as 16-bit values.
    const t = reader.decode(sc.dcTable);
    predictors[k] = (predictors[k]! + reader.receiveExtend(t)) | 0;
    coef[0] = (predictors[k]! << 16) >> 16;
    // F.2.2.2: AC coefficients as (run, size) pairs until end-of-block.
    const ac = sc.acTable!;
    for (let i = 1; i < 64; ) {
      const rs = reader.decode(ac);
      const r = rs >> 4;
      const s = rs & 15;
      if (s !== 0) {
        i += r;
        coef[NATURAL[i]!] = (reader.receiveExtend(s) << 16) >> 16;
        i++;
      } else if (r === 15) {
        i += 16;
      } else {
        break;
      }
    }
    idctIslow(coef, quant[k]!, plane.samples, blockRow * 8 * plane.stride + blockColumn * 8, plane.stride, tables, work);
  };

  const single = scan.components.length === 1;
  const onlyPlane = single ? planes[scan.components[0]!.index]! : undefined;
  // A.2.2: a non-interleaved scan covers the component's own blocks, not the MCU padding.
  const mcusPerLine = single ? Math.ceil(onlyPlane!.width / 8) : geometry.mcusPerLine;
  const mcusPerColumn = single ? Math.ceil(onlyPlane!.height / 8) : geometry.mcusPerColumn;
  const total = mcusPerLine * mcusPerColumn;
  const interval = scan.restartInterval;
  let restarts = 0;
  for (let m = 0; m < total; m++) {
    if (interval > 0 && m > 0 && m % interval === 0) {
      checkOverrun(reader);
      reader.restart(restarts++ & 7);
      predictors.fill(0);
    }
    const mcuRow = Math.floor(m / mcusPerLine);
    const mcuColumn = m % mcusPerLine;
    if (single) {
      decodeBlock(0, onlyPlane!, mcuRow, mcuColumn);
      continue;
    }
    for (let k = 0; k < scan.components.length; k++) {
      const c = frame.components[scan.components[k]!.index]!;
      const plane = planes[scan.components[k]!.index]!;
      for (let v = 0; v < c.v; v++) {
        for (let h = 0; h < c.h; h++) decodeBlock(k, plane, mcuRow * c.v + v, mcuColumn * c.h + h);
      }
    }
  }
  checkOverrun(reader);
}

function checkOverrun(reader: BitReader): void {
  if (reader.overrun) throw new PixelDataError('corrupt-data', 'JPEG: the entropy-coded data ends before all blocks are decoded');
}
