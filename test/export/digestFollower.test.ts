import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { WriteObserver } from '../../main/dicom/writeDicomFile.js';
import { sha256OfFile } from '../../main/export/digestFiles.js';
import { DigestFollower } from '../../main/export/digestFollower.js';
import { runExport } from '../../main/export/runExport.js';
import { writeLargeMultiFrame } from '../bench/largeFile.js';
import { ROOT } from '../support/environment.js';
import { planAcceptingRisks } from '../support/plans.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-follow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes a file the way writeDicomFile does (temporary name, in order, renamed), telling the observer. */
function writeFollowed(observer: WriteObserver, path: string, size: number, seed: number, options: { fail?: boolean; claim?: number } = {}): Buffer {
  const bytes = Buffer.alloc(size);
  for (let k = 0; k < size; k++) bytes[k] = (k * 131 + seed) & 0xff;
  const temp = `${path}.partial`;
  const fd = openSync(temp, 'wx');
  const token = observer.opened(openSync(temp, 'r'));
  // Uneven pieces, so that progress arrives at odd offsets.
  for (let at = 0; at < size; ) {
    const n = Math.min(size - at, 3_000_001 + seed);
    writeSync(fd, bytes, at, n);
    at += n;
    observer.written(token, at);
  }
  closeSync(fd);
  if (options.fail) {
    unlinkSync(temp);
    observer.abandoned(token);
  } else {
    renameSync(temp, path);
    observer.finished(token, path, options.claim ?? size);
  }
  return bytes;
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Whether the thread's script is built (npm run build); under CI it always is. */
const canFollow = DigestFollower.available() || process.env.CI === 'true';
if (!canFollow) console.log('SKIPPED: the hashing thread needs the built engine (npm run build)');

const openDescriptors = (): number => readdirSync('/proc/self/fd').length;

describe.runIf(canFollow)('hashing outputs as they are written', () => {
  it('gives every finished file the digest of its bytes, skips abandoned ones and closes what it was given', async () => {
    const dir = join(work, 'a');
    mkdirSync(dir);
    const before = openDescriptors();
    const follower = DigestFollower.start(2)!;
    const a = writeFollowed(follower, join(dir, 'a'), 20 << 20, 1);
    const empty = writeFollowed(follower, join(dir, 'empty'), 0, 2);
    writeFollowed(follower, join(dir, 'failed'), 9 << 20, 3, { fail: true });
    const b = writeFollowed(follower, join(dir, 'b'), 12345, 4);
    const digests = await follower.finish();
    expect(digests).toEqual(new Map([[join(dir, 'a'), sha(a)], [join(dir, 'empty'), sha(empty)], [join(dir, 'b'), sha(b)]]));
    // Every descriptor handed over was closed.
    expect(openDescriptors()).toBe(before);
  });

  it('says it could not follow when a file does not end where the writer said', async () => {
    const dir = join(work, 'b');
    mkdirSync(dir);
    const follower = DigestFollower.start(2)!;
    writeFollowed(follower, join(dir, 'short'), 1000, 5, { claim: 900 });
    expect(await follower.finish()).toBeUndefined();
  });

  it('is what a large export hashes with, and its digests are those of the files on disk', async () => {
    const input = join(work, 'in');
    mkdirSync(input);
    writeLargeMultiFrame(join(input, 'cine.dcm'), 160);
    const start = vi.spyOn(DigestFollower, 'start');
    const out = join(work, 'out');
    const result = await runExport({ inputs: [input], outDir: out, plan: planAcceptingRisks() });
    expect(start).toHaveBeenCalledTimes(1);
    expect(start.mock.results[0]!.value).toBeInstanceOf(DigestFollower);
    start.mockRestore();
    expect(result.exported).toHaveLength(1);
    for (const e of result.exported) expect(e.sha256).toBe(sha256OfFile(join(out, e.file)));
    const assessment = JSON.parse(readFileSync(join(out, 'assessment.json'), 'utf8')) as unknown;
    expect(JSON.stringify(assessment)).toContain(result.exported[0]!.sha256);
  });
  it('closes the descriptors it is given without a warning from Node', () => {
    // A worker thread tracks the descriptors it opens itself; closing one the writer opened made Node print
    // "File descriptor N closed but not opened in unmanaged mode" on every large export.
    const script = `
      import { closeSync, openSync, writeSync } from 'node:fs';
      import { DigestFollower } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/main/export/digestFollower.js')).href)};
      const follower = DigestFollower.start(2);
      for (let i = 0; i < 3; i++) {
        const path = ${JSON.stringify(work)} + '/quiet-' + i;
        const fd = openSync(path, 'w');
        const token = follower.opened(openSync(path, 'r'));
        writeSync(fd, Buffer.alloc(1000, i));
        closeSync(fd);
        follower.finished(token, path, 1000);
      }
      const digests = await follower.finish();
      // Give a warning from the thread time to reach this process's stderr.
      await new Promise((resolve) => setTimeout(resolve, 300));
      console.log(digests.size);
    `;
    // A file, not --input-type=module -e: worker threads inherit the flags, and that one stops them.
    const file = join(work, 'quiet.mjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('3');
  });
});
