import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexedObject } from '../catalog/indexedObject.js';
import { isDicomRootUid, isWellKnownUid } from '../dicom/uidRegistry.js';
import type { WriteObserver } from '../dicom/writeDicomFile.js';
import { workerScript } from '../workerScript.js';
import type { Plan } from '../plan/plan.js';
import type { ActionRecord } from '../profile/actionRecord.js';
import { UidMapper } from '../profile/uidMapper.js';
import { describeError } from '../catalog/scanInputs.js';
import { exportObject, type ExportedObject } from './exportObject.js';
import { methodDescription } from './methodDescription.js';
import { pixelPlanFor } from './pixelPlan.js';
import { textServices } from './textServices.js';

/** One object to write: where it goes and under which patient label. */
export interface ObjectJob {
  readonly object: IndexedObject;
  readonly file: string;
  readonly patientLabel: string;
}

export type ObjectOutcome =
  | { readonly ok: true; readonly result: ExportedObject & { readonly records?: readonly ActionRecord[] } }
  | { readonly ok: false; readonly reason: string };

/** What every thread needs to write objects alike: all plain data, so that it crosses to a worker as it is. */
export interface ExportSettings {
  readonly outDir: string;
  readonly plan: Plan;
  /** The pseudonymisation key, or (anonymous mode) a key drawn for this export only and never stored. */
  readonly uidKey: Uint8Array;
  /**
   * Return every element's action record with each object (for tests and inspection). Off for exports: the counts
   * are kept, and the records of thousands of objects would hold hundreds of megabytes until the export ends.
   */
  readonly keepRecords?: boolean;
}

/** Writes objects one after another in this thread; also what each worker runs. */
export function objectWriter(settings: ExportSettings, writeObserver?: WriteObserver): (job: ObjectJob) => Promise<ObjectOutcome> {
  const text = textServices();
  const run = {
    options: settings.plan.profile,
    uids: UidMapper.ephemeral(Buffer.from(settings.uidKey)),
    cleanText: text.cleanText,
    isWellKnownUid: (uid: string) => isWellKnownUid(uid) || isDicomRootUid(uid),
    safePrivate: text.safePrivate,
  };
  const methodText = methodDescription(settings.plan.profile);
  const madeFolders = new Set<string>();
  return async ({ object, file, patientLabel }) => {
    try {
      const pixels = pixelPlanFor(settings.plan, object);
      const result = await exportObject(object, settings.outDir, file, {
        run,
        patientLabel,
        methodText,
        madeFolders,
        ...(pixels ? { pixels } : {}),
        ...(writeObserver ? { writeObserver } : {}),
      });
      if (settings.keepRecords) return { ok: true, result };
      const { records: _records, ...counted } = result;
      return { ok: true, result: counted };
    } catch (error) {
      return { ok: false, reason: describeError(error) };
    }
  };
}

const exportWorkerScript = (): string | undefined => workerScript(new URL('./exportWorker.js', import.meta.url), 'export', 'exportWorker.js');

/**
 * How many worker threads pay for themselves: each loads the engine anew (0.07 s from the command's bundle, 0.11 s
 * from the compiled modules, on a 2-core machine) and starts cold, and every object's outcome crosses back to this
 * thread; for header-only objects that costs more than it saves (the pydicom corpus: 0.69 s on one thread, 0.82 s
 * with two workers). So threads are used only for pixel work of some size (masks, resolution, crop on at least 8
 * images and 4 MiB), on a machine with cores to spare, and never more threads than such objects.
 */
export function workerCount(plan: Plan, objects: readonly IndexedObject[], cores = availableParallelism()): number {
  if (cores < 2) return 0;
  const pixelBytes = objects.filter((o) => o.hasPixelData && pixelPlanFor(plan, o) !== undefined).reduce((n, o) => n + o.size, 0);
  const changed = objects.filter((o) => o.hasPixelData && pixelPlanFor(plan, o) !== undefined).length;
  if (changed < 8 || pixelBytes < 4 << 20) return 0;
  return Math.min(cores, 4, changed);
}

/** Whether this installation can write objects on worker threads (see workerScript). */
export const canUseWorkers = (): boolean => exportWorkerScript() !== undefined;

export interface RunOptions {
  readonly signal?: AbortSignal;
  /** Called as each object is done, in any order. */
  readonly onDone?: (done: number) => void;
  /** Threads to use; 0 writes in this thread. */
  readonly workers: number;
  /** Told about every file written in this thread (with workers, files are written elsewhere and it is not used). */
  readonly writeObserver?: WriteObserver;
}

/**
 * Writes the objects, in this thread or on worker threads, and returns each one's outcome in the order of `jobs`
 * (undefined for objects not started because the export was stopped). A failure is that object's outcome; a
 * worker that dies fails its current object and is replaced.
 */
export async function exportObjects(jobs: readonly ObjectJob[], settings: ExportSettings, options: RunOptions): Promise<(ObjectOutcome | undefined)[]> {
  const outcomes: (ObjectOutcome | undefined)[] = new Array(jobs.length).fill(undefined);
  let done = 0;
  const script = options.workers > 0 ? exportWorkerScript() : undefined;
  if (!script) {
    const write = objectWriter(settings, options.writeObserver);
    for (let i = 0; i < jobs.length && !options.signal?.aborted; i++) {
      outcomes[i] = await write(jobs[i]!);
      options.onDone?.(++done);
      // Let progress events and a cancel request through between objects.
      await new Promise<void>((r) => setImmediate(r));
    }
    return outcomes;
  }

  let next = 0;
  const runWorker = async (): Promise<void> => {
    let worker: Worker | undefined;
    try {
      while (next < jobs.length && !options.signal?.aborted) {
        const index = next++;
        worker ??= new Worker(script, { workerData: settings });
        outcomes[index] = await new Promise<ObjectOutcome>((resolve) => {
          const current = worker!;
          const finish = (outcome: ObjectOutcome): void => {
            current.off('message', onMessage);
            current.off('error', onError);
            current.off('exit', onExit);
            resolve(outcome);
          };
          const onMessage = (outcome: ObjectOutcome): void => finish(outcome);
          const onError = (error: Error): void => {
            worker = undefined;
            finish({ ok: false, reason: `the export thread failed: ${describeError(error)}` });
          };
          const onExit = (code: number): void => {
            worker = undefined;
            finish({ ok: false, reason: `the export thread stopped (exit code ${code})` });
          };
          current.on('message', onMessage);
          current.once('error', onError);
          current.once('exit', onExit);
          current.postMessage(jobs[index]);
        });
        options.onDone?.(++done);
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.workers, jobs.length) }, runWorker));
  return outcomes;
}
