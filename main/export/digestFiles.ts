import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../workerScript.js';

const CHUNK = 4 << 20;

/** SHA-256 (hex) of a file as it is on disk. */
export function sha256OfFile(path: string, buffer: Buffer = Buffer.allocUnsafe(CHUNK)): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) {
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export const sha256OfFiles = (paths: readonly string[]): string[] => {
  const buffer = Buffer.allocUnsafe(CHUNK);
  return paths.map((path) => sha256OfFile(path, buffer));
};

/** Below this many bytes, hashing costs less than starting a thread. */
export const THREAD_MIN_BYTES = 64 << 20;

export type DigestReply = { readonly ok: true; readonly digests: string[] } | { readonly ok: false; readonly message: string };

const digestWorkerScript = (): string | undefined => workerScript(new URL('./digestWorker.js', import.meta.url), 'export', 'digestWorker.js');

/**
 * The SHA-256 of each finished output, for the assessment's list of outputs and its digest (the bytes on disk,
 * read back after the rename). A large export is hashed on a thread of its own, started before the verification
 * scan so that the two passes over the same bytes run on two cores; call this, then scan, then await. A small one,
 * or one on a single core, is hashed here before this returns.
 */
export function digestFiles(paths: readonly string[], totalBytes: number, cores = availableParallelism()): Promise<string[]> {
  const script = cores >= 2 && totalBytes >= THREAD_MIN_BYTES ? digestWorkerScript() : undefined;
  if (!script) return new Promise((resolve) => resolve(sha256OfFiles(paths)));
  return new Promise<string[]>((resolve, reject) => {
    const worker = new Worker(script, { workerData: paths });
    let settled = false;
    worker.once('message', (reply: DigestReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(reply.digests);
      else reject(new Error(reply.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the hashing thread stopped (exit code ${code})`));
    });
  });
}
