import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestFiles, sha256OfFile } from '../../main/export/digestFiles.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-digest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Files around the read chunk (4 MiB): empty, one byte, exactly one chunk, a chunk and a bit. */
const SIZES = [0, 1, 4 << 20, (4 << 20) + 3, 1000];
const files = SIZES.map((size, i) => {
  const path = join(work, `f${i}`);
  const bytes = Buffer.alloc(size);
  for (let k = 0; k < size; k++) bytes[k] = (k * 31 + i) & 0xff;
  writeFileSync(path, bytes);
  return { path, expected: createHash('sha256').update(bytes).digest('hex') };
});

describe('SHA-256 of the outputs', () => {
  it('hashes each file as it is on disk, across chunk boundaries', () => {
    for (const f of files) expect(sha256OfFile(f.path)).toBe(f.expected);
  });

  it('gives the same digests, in order, on a thread of its own (large export) and here (small one)', async () => {
    const paths = files.map((f) => f.path);
    expect(await digestFiles(paths, 1 << 30, 2)).toEqual(files.map((f) => f.expected));
    expect(await digestFiles(paths, 1 << 30, 1)).toEqual(files.map((f) => f.expected));
    expect(await digestFiles(paths, 10, 2)).toEqual(files.map((f) => f.expected));
  });

  it('names the file that cannot be read, from either thread', async () => {
    const missing = join(work, 'missing.dcm');
    await expect(digestFiles([missing], 1 << 30, 2)).rejects.toThrow(/missing\.dcm/);
    await expect(digestFiles([missing], 10, 2)).rejects.toThrow(/missing\.dcm/);
  });
});
