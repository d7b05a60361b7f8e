// A thread that hashes each output of an export as it is written, reading it behind the writer
// (digestFollower.ts). Every descriptor it is given is its own to close.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { FollowerEvent, FollowerReply } from './digestFollower.js';

interface Following {
  readonly fd: number;
  readonly hash: Hash;
  /** Bytes hashed so far. */
  at: number;
}

const buffer = Buffer.allocUnsafe(4 << 20);
const files = new Map<number, Following>();
const digests: [number, string][] = [];
let failure: string | undefined;

/** Hashes file `token` up to `end`; the writer has put those bytes in the file system before saying so. */
function catchUp(f: Following, end: number): void {
  while (f.at < end) {
    const n = readSync(f.fd, buffer, 0, Math.min(buffer.length, end - f.at), f.at);
    if (n === 0) throw new Error(`an output ended at byte ${f.at}, before the ${end} bytes written`);
    f.hash.update(buffer.subarray(0, n));
    f.at += n;
  }
}

function close(token: number): void {
  const f = files.get(token);
  if (!f) return;
  files.delete(token);
  closeSync(f.fd);
}

function handle(message: FollowerEvent): void {
  switch (message.type) {
    case 'open':
      files.set(message.token, { fd: message.fd, hash: createHash('sha256'), at: 0 });
      return;
    case 'written': {
      const f = files.get(message.token);
      if (f) catchUp(f, message.bytes);
      return;
    }
    case 'done': {
      const f = files.get(message.token);
      if (!f) return;
      catchUp(f, message.size);
      // The file must end where the writer said it does: one more byte would be outside the digest.
      if (readSync(f.fd, buffer, 0, 1, message.size) !== 0) throw new Error(`an output is longer than the ${message.size} bytes written`);
      digests.push([message.token, f.hash.digest('hex')]);
      close(message.token);
      return;
    }
    case 'abandon':
      close(message.token);
      return;
    case 'finish': {
      for (const token of [...files.keys()]) close(token);
      const reply: FollowerReply = failure ? { ok: false, message: failure } : { ok: true, digests };
      parentPort!.postMessage(reply);
      return;
    }
  }
}

parentPort!.on('message', (events: readonly FollowerEvent[]) => {
  for (const event of events) {
    try {
      handle(event);
    } catch (error) {
      failure ??= error instanceof Error ? error.message : String(error);
      if ('token' in event) close(event.token);
    }
  }
});
