import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10 } from '../fixtures/encoder/index.js';

/** Rows and columns of every slice. */
export const CT_SIZE = 512;
const SIZE = CT_SIZE;

/**
 * One series of N single-frame 512×512 16-bit CT images, files ct0.dcm… (a smooth phantom with noise, as a CT
 * slice compresses; each slice differs, so no cache can stand in for decoding).
 */
export function writeCtSeries(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  let seed = 12345;
  const noise = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % 24;
  };
  for (let i = 0; i < count; i++) {
    const pixels = new Array<number>(SIZE * SIZE);
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        const r = Math.hypot(x - SIZE / 2, (y - SIZE / 2) * 1.2);
        const body = r < 220 ? 1064 + Math.round(40 * Math.sin((x + i) / 17) * Math.cos(y / 23)) : r < 228 ? 2000 : 24;
        pixels[y * SIZE + x] = body + noise();
      }
    }
    const sop = `2.25.77${String(i).padStart(6, '0')}`;
    writeFileSync(
      join(dir, `ct${i}.dcm`),
      encodePart10(
        [
          el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.2'),
          el(0x00080018, 'UI', sop),
          el(0x00080060, 'CS', 'CT'),
          el(0x00100010, 'PN', 'Bench^Patient'),
          el(0x00100020, 'LO', 'BENCH-1'),
          el(0x0020000d, 'UI', '2.25.7700000001'),
          el(0x0020000e, 'UI', '2.25.7700000002'),
          el(0x00200013, 'IS', String(i + 1)),
          el(0x00280002, 'US', [1]),
          el(0x00280004, 'CS', 'MONOCHROME2'),
          el(0x00280010, 'US', [SIZE]),
          el(0x00280011, 'US', [SIZE]),
          el(0x00280030, 'DS', ['0.7', '0.7']),
          el(0x00280100, 'US', [16]),
          el(0x00280101, 'US', [12]),
          el(0x00280102, 'US', [11]),
          el(0x00280103, 'US', [0]),
          el(0x7fe00010, 'OW', pixels),
        ],
        { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
      ),
    );
  }
}
