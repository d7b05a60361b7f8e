import { closeSync, openSync, writeSync } from 'node:fs';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10 } from '../fixtures/encoder/index.js';

/**
 * Writes a ~1 GiB Multi-frame Grayscale Word Secondary Capture (512×512, 16 bits, 2048 frames) without holding it
 * in memory: the header comes from the test encoder, the pixel data is streamed frame by frame.
 */
export function writeLargeMultiFrame(path: string, frames = 2048): string {
  const rows = 512;
  const columns = 512;
  const frameBytes = rows * columns * 2;
  const header = encodePart10(
    [
      el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7.3'),
      el(0x00080018, 'UI', '2.25.1234567890123456789'),
      el(0x00080060, 'CS', 'OT'),
      el(0x00100010, 'PN', 'Large^Multiframe'),
      el(0x00100020, 'LO', 'BENCH-0001'),
      el(0x0020000d, 'UI', '2.25.1234567890123456790'),
      el(0x0020000e, 'UI', '2.25.1234567890123456791'),
      el(0x00280002, 'US', [1]),
      el(0x00280004, 'CS', 'MONOCHROME2'),
      el(0x00280008, 'IS', String(frames)),
      el(0x00280010, 'US', [rows]),
      el(0x00280011, 'US', [columns]),
      el(0x00280100, 'US', [16]),
      el(0x00280101, 'US', [12]),
      el(0x00280102, 'US', [11]),
      el(0x00280103, 'US', [0]),
    ],
    { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
  );
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, header);
    const length = frameBytes * frames;
    const pixelHeader = Buffer.alloc(12);
    pixelHeader.writeUInt16LE(0x7fe0, 0);
    pixelHeader.writeUInt16LE(0x0010, 2);
    pixelHeader.write('OW', 4, 'latin1');
    pixelHeader.writeUInt32LE(length, 8);
    writeSync(fd, pixelHeader);
    const frame = Buffer.alloc(frameBytes);
    for (let f = 0; f < frames; f++) {
      for (let i = 0; i < rows * columns; i++) frame.writeUInt16LE((i * 7 + f * 13) & 0x0fff, i * 2);
      writeSync(fd, frame);
    }
  } finally {
    closeSync(fd);
  }
  return path;
}
