// A thread that hashes an export's outputs while the main thread verifies them (digestFiles.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { sha256OfFiles, type DigestReply } from './digestFiles.js';

let reply: DigestReply;
try {
  reply = { ok: true, digests: sha256OfFiles(workerData as string[]) };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(reply);
