import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `count` copies of a real CT header and image (pydicom's CT_small.dcm, 258 elements, 39 KB), each with its own
 * SOP Instance UID (in the data set and the file meta, same length): a folder of many files, where start-up no
 * longer decides and the per-file work does.
 */
export function writeManyFiles(source: string, dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const bytes = readFileSync(source);
  const text = bytes.toString('latin1');
  const uid = '1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322';
  const at: number[] = [];
  for (let i = text.indexOf(uid); i >= 0; i = text.indexOf(uid, i + 1)) at.push(i + uid.length - 5);
  if (at.length !== 2) throw new Error(`${source}: expected its SOP Instance UID twice, found ${at.length}`);
  return Array.from({ length: count }, (_, n) => {
    const copy = Buffer.from(bytes);
    for (const offset of at) copy.write(String(n).padStart(5, '0'), offset, 'latin1');
    const path = join(dir, `ct${n}.dcm`);
    writeFileSync(path, copy);
    return path;
  });
}
