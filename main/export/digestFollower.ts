import { closeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WriteObserver } from '../dicom/writeDicomFile.js';
import { workerScript } from '../workerScript.js';

/** Events for the following thread (digestFollowerWorker.ts), posted in batches. */
export type FollowerEvent =
  | { readonly type: 'open'; readonly token: number; readonly fd: number }
  | { readonly type: 'written'; readonly token: number; readonly bytes: number }
  | { readonly type: 'done'; readonly token: number; readonly size: number }
  | { readonly type: 'abandon'; readonly token: number }
  | { readonly type: 'finish' };

export type FollowerReply = { readonly ok: true; readonly digests: readonly (readonly [number, string])[] } | { readonly ok: false; readonly message: string };

/**
 * Events are posted when this many bytes have been written since the last post (or BATCH events are waiting):
 * often enough to keep the reader close behind, rarely enough that posting costs nothing next to writing.
 */
const STEP = 8 << 20;
const BATCH = 32;

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
  /** Bytes written of each open file as last queued, and bytes written since the last post. */
  private readonly posted = new Map<number, number>();
  private unposted = 0;
  private queue: FollowerEvent[] = [];
  private readonly tokens = new Map<string, number>();
  private failure: Error | undefined;
  private readonly reply: Promise<FollowerReply>;

  private constructor(script: string) {
    // The thread closes descriptors this thread opened: with Node's tracking of the descriptors a thread opens
    // itself, every such close printed "closed but not opened in unmanaged mode". It opens none of its own.
    this.worker = new Worker(script, { trackUnmanagedFds: false });
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
    this.queue.push({ type: 'open', token, fd });
    return token;
  }

  written(token: number, bytes: number): void {
    const before = this.posted.get(token) ?? 0;
    this.posted.set(token, bytes);
    this.unposted += bytes - before;
    if (this.unposted >= STEP) {
      this.queue.push({ type: 'written', token, bytes });
      this.post();
    }
  }

  finished(token: number, path: string, size: number): void {
    this.posted.delete(token);
    this.tokens.set(path, token);
    this.queue.push({ type: 'done', token, size });
    if (this.queue.length >= BATCH) this.post();
  }

  abandoned(token: number): void {
    this.posted.delete(token);
    this.queue.push({ type: 'abandon', token });
    if (this.queue.length >= BATCH) this.post();
  }

  /**
   * Call when every file is written: the SHA-256 of each finished file by its path, once the thread has caught
   * up, or undefined if it could not follow (the caller then hashes the files itself). Never rejects; the thread
   * is stopped either way.
   */
  async finish(): Promise<ReadonlyMap<string, string> | undefined> {
    this.queue.push({ type: 'finish' });
    this.post();
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

  /** Stops following (an export that ends without asking for digests): the thread closes what it holds and ends. */
  stop(): void {
    void this.finish();
  }

  /**
   * Posts the waiting events. A failure is kept for `finish` to report, so that writing goes on regardless; the
   * descriptors of files the thread was never told about are closed here, since it cannot close them.
   */
  private post(): void {
    const events = this.queue;
    this.queue = [];
    this.unposted = 0;
    try {
      this.worker.postMessage(events);
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
      for (const e of events) if (e.type === 'open') closeSync(e.fd);
    }
  }
}
