import { closeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WriteObserver } from '../dicom/writeDicomFile.js';
import { workerScript } from '../workerScript.js';

/** Messages to the following thread (digestFollowerWorker.ts). */
export type FollowerMessage =
  | { readonly type: 'open'; readonly token: number; readonly fd: number }
  | { readonly type: 'written'; readonly token: number; readonly bytes: number }
  | { readonly type: 'done'; readonly token: number; readonly size: number }
  | { readonly type: 'abandon'; readonly token: number }
  | { readonly type: 'finish' };

export type FollowerReply = { readonly ok: true; readonly digests: readonly (readonly [number, string])[] } | { readonly ok: false; readonly message: string };

/** Progress is passed on in steps of this size: often enough to keep the reader close, rarely enough to cost nothing. */
const STEP = 8 << 20;

const followerScript = (): string | undefined =>
  workerScript(new URL('./digestFollowerWorker.js', import.meta.url), 'export', 'digestFollowerWorker.js');

/**
 * The SHA-256 of each output, taken by a second thread that reads every file from the file system right behind
 * the writer, so that hashing a large export overlaps writing it instead of following it. The bytes hashed are
 * the file's as the file system holds them (read through a descriptor opened on the file itself, before its
 * rename), as with digestFiles; only the timing differs. Used for large exports written on the main thread.
 */
export class DigestFollower implements WriteObserver {
  private readonly worker: Worker;
  private next = 0;
  private readonly posted = new Map<number, number>();
  private readonly tokens = new Map<string, number>();
  private failure: Error | undefined;
  private readonly reply: Promise<FollowerReply>;

  private constructor(script: string) {
    this.worker = new Worker(script);
    // Never the reason the process stays alive: a stopped export simply drops the thread.
    this.worker.unref();
    this.reply = new Promise<FollowerReply>((resolve) => {
      this.worker.once('message', resolve);
      this.worker.once('error', (error) => resolve({ ok: false, message: error.message }));
      this.worker.once('exit', (code) => resolve({ ok: false, message: `the hashing thread stopped (exit code ${code})` }));
    });
  }

  /** Whether this installation can start the thread (its compiled script exists outside an asar archive). */
  static available(): boolean {
    return followerScript() !== undefined;
  }

  /** A follower, or undefined where a second thread cannot help (one core) or cannot run (packaged app). */
  static start(cores = availableParallelism()): DigestFollower | undefined {
    const script = cores >= 2 ? followerScript() : undefined;
    return script ? new DigestFollower(script) : undefined;
  }

  opened(fd: number): number {
    const token = this.next++;
    this.posted.set(token, 0);
    // A thread that cannot be told about the file cannot close it either.
    if (!this.post({ type: 'open', token, fd })) closeSync(fd);
    return token;
  }

  written(token: number, bytes: number): void {
    if (bytes - (this.posted.get(token) ?? 0) < STEP) return;
    this.posted.set(token, bytes);
    this.post({ type: 'written', token, bytes });
  }

  finished(token: number, path: string, size: number): void {
    this.posted.delete(token);
    this.tokens.set(path, token);
    this.post({ type: 'done', token, size });
  }

  abandoned(token: number): void {
    this.posted.delete(token);
    this.post({ type: 'abandon', token });
  }

  /**
   * Call when every file is written: the SHA-256 of each finished file by its path, once the thread has caught
   * up, or undefined if it could not follow (the caller then hashes the files itself). Never rejects; the thread
   * is stopped either way.
   */
  async finish(): Promise<ReadonlyMap<string, string> | undefined> {
    this.post({ type: 'finish' });
    const reply = await this.reply;
    await this.worker.terminate();
    if (this.failure || !reply.ok) return undefined;
    const byToken = new Map(reply.digests);
    const byPath = new Map<string, string>();
    for (const [path, token] of this.tokens) {
      const digest = byToken.get(token);
      if (digest) byPath.set(path, digest);
    }
    return byPath;
  }

  /** Stops the thread (an export that ends without asking for digests). */
  stop(): void {
    void this.worker.terminate();
  }

  /** Posts a message; a failure is kept for `digests` to report, so that writing goes on regardless. */
  private post(message: FollowerMessage): boolean {
    try {
      this.worker.postMessage(message);
      return true;
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
      return false;
    }
  }
}
