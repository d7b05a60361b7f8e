import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanInputs } from '../../main/catalog/scanInputs.js';
import { ensureDemoStudy } from '../../main/demo/generateDemoStudy.js';
import type { DigestReply } from '../../main/export/digestFiles.js';
import type { FollowerEvent, FollowerReply } from '../../main/export/digestFollower.js';
import { exportObjects, type ObjectJob, type ObjectOutcome } from '../../main/export/exportObjects.js';
import { DEFAULT_PLAN } from '../../main/plan/plan.js';
import { ROOT } from '../support/environment.js';

/**
 * The command (dist/cli/deid.mjs) starts its worker threads from bundles beside it (scripts/bundle-cli.mjs): each
 * must exist and speak its thread's protocol exactly as the compiled modules the other tests run.
 */
const CLI = join(ROOT, 'dist/cli');
const work = mkdtempSync(join(tmpdir(), 'peitto-bundled-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const KEY = new Uint8Array(32).fill(3);
let jobs: ObjectJob[] = [];

beforeAll(async () => {
  const demo = await ensureDemoStudy(join(work, 'data'));
  jobs = (await scanInputs([demo])).objects.slice(0, 3).map((object, i) => ({ object, file: `S0001/SE0001/IM000${i + 1}.dcm`, patientLabel: 'ANON-0001' }));
});

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Starts a bundled worker, sends it `messages`, and resolves with its first answer. */
function ask<T>(name: string, workerData: unknown, messages: readonly unknown[] = []): Promise<T> {
  const worker = new Worker(join(CLI, name), { workerData });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (reply: T) => void worker.terminate().then(() => resolve(reply)));
    worker.once('error', reject);
    for (const m of messages) worker.postMessage(m);
  });
}

describe('the bundled worker threads of the command', () => {
  it('exist for every worker script the bundled command asks for', () => {
    const asked = [...readFileSync(join(CLI, 'deid.mjs'), 'utf8').matchAll(/new URL\("\.\/(\w+\.js)", import\.meta\.url\)/g)].map((m) => m[1]!);
    expect(asked.sort()).toEqual(['digestFollowerWorker.js', 'digestWorker.js', 'exportWorker.js']);
    for (const name of asked) expect(existsSync(join(CLI, name)), name).toBe(true);
  });

  it('write objects byte for byte as this thread does (exportWorker.js)', async () => {
    const here = join(work, 'here');
    const settings = { outDir: join(work, 'bundled'), plan: DEFAULT_PLAN, uidKey: KEY, keepRecords: true };
    const expected = await exportObjects(jobs, { ...settings, outDir: here }, { workers: 0 });
    for (const [i, job] of jobs.entries()) {
      const outcome = await ask<ObjectOutcome>('exportWorker.js', settings, [job]);
      expect(outcome.ok, outcome.ok ? '' : outcome.reason).toBe(true);
      expect(sha256(join(settings.outDir, job.file))).toBe(sha256(join(here, job.file)));
      expect(outcome.ok && outcome.result.records?.length).toBe(expected[i]?.ok && expected[i].result.records?.length);
    }
  });

  it('hash files (digestWorker.js) and follow a file as it is written (digestFollowerWorker.js)', async () => {
    const path = jobs[0]!.object.path;
    const digests = await ask<DigestReply>('digestWorker.js', [path]);
    expect(digests).toEqual({ ok: true, digests: [sha256(path)] });
    const size = statSync(path).size;
    const events: FollowerEvent[] = [
      { type: 'open', token: 7, fd: openSync(path, 'r') },
      { type: 'written', token: 7, bytes: size >> 1 },
      { type: 'done', token: 7, size },
      { type: 'finish' },
    ];
    const followed = await ask<FollowerReply>('digestFollowerWorker.js', undefined, [events]);
    expect(followed).toEqual({ ok: true, digests: [[7, sha256(path)]] });
  });
});
