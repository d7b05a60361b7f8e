import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One attribute of a DICOM file as dcmtk's dcmdump prints it (the reference reader, not ours). */
export function dcmdumpValue(path: string, keyword: string): string {
  const line = execFileSync('dcmdump', ['+P', keyword, path], { encoding: 'utf8' }).split('\n')[0] ?? '';
  const text = /\[([^\]]*)\]/.exec(line);
  if (text) return text[1]!;
  const number = /^\([0-9a-f,]+\) \w\w (\S+)/i.exec(line);
  return number ? number[1]! : '';
}

export interface OutputImage {
  columns: number;
  rows: number;
  channels: number;
  /** Sample at column x, row y, channel c. */
  at(x: number, y: number, c?: number): number;
  /** The smallest sample of the image. */
  minimum: number;
}

/**
 * The first frame of a file as dcmtk's dcmj2pnm renders it (an independent decoder): 8-bit PGM or PPM, greyscale
 * windowed from the image's minimum to its maximum (+Wm), so the darkest stored value becomes 0.
 */
export function decodeWithDcmtk(path: string): OutputImage {
  const dir = mkdtempSync(join(tmpdir(), 'peitto-pnm-'));
  try {
    const out = join(dir, 'frame.pnm');
    execFileSync('dcmj2pnm', ['+Wm', '+op', path, out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const bytes = readFileSync(out);
    const fields: string[] = [];
    let offset = 0;
    while (fields.length < 4) {
      while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset++;
      if (bytes[offset] === 0x23) {
        while (bytes[offset] !== 0x0a) offset++;
        continue;
      }
      let field = '';
      while (!/\s/.test(String.fromCharCode(bytes[offset]!))) field += String.fromCharCode(bytes[offset++]!);
      fields.push(field);
    }
    offset++;
    const [magic, width, height] = [fields[0], Number(fields[1]), Number(fields[2])];
    const channels = magic === 'P6' ? 3 : 1;
    const samples = bytes.subarray(offset, offset + width * height * channels);
    return {
      columns: width,
      rows: height,
      channels,
      minimum: samples.reduce((m, v) => Math.min(m, v), 255),
      at: (x, y, c = 0) => samples[(y * width + x) * channels + c]!,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
