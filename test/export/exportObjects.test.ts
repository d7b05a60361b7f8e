import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanInputs } from '../../main/catalog/scanInputs.js';
import { DEMO_CT_LABEL, ensureDemoStudy } from '../../main/demo/generateDemoStudy.js';
import { findElement } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { stringValue } from '../../main/dicom/values.js';
import { canUseWorkers, exportObjects, workerCount, type ObjectJob } from '../../main/export/exportObjects.js';
import type { IndexedObject } from '../../main/catalog/indexedObject.js';
import { DEFAULT_PLAN, type Plan } from '../../main/plan/plan.js';
import { indexedObject } from '../support/indexedObject.js';

/** Objects written on worker threads are the same bytes as written in one thread, with the same key. */
const work = mkdtempSync(join(tmpdir(), 'peitto-threads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PLAN: Plan = {
  ...DEFAULT_PLAN,
  masks: [{ rule: { modality: 'CT' }, shapes: [{ type: 'rectangle', ...DEMO_CT_LABEL, category: 'burned-in-text' }] }],
  resolution: { scale: 0.5 },
};
const KEY = new Uint8Array(32).fill(7);
let jobs: ObjectJob[] = [];

beforeAll(async () => {
  const demo = await ensureDemoStudy(join(work, 'data'));
  const objects = (await scanInputs([demo])).objects;
  jobs = objects.map((object, i) => ({ object, file: `S0001/SE0001/IM${String(i + 1).padStart(4, '0')}.dcm`, patientLabel: 'ANON-0001' }));
});

const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('writing objects on worker threads', () => {
  it('is available in this installation (the built worker script exists)', () => {
    expect(canUseWorkers()).toBe(true);
  });

  it('writes byte-identical files to a single thread, with every UID mapped alike across threads', async () => {
    const single = join(work, 'single');
    const threaded = join(work, 'threaded');
    const one = await exportObjects(jobs, { outDir: single, plan: PLAN, uidKey: KEY }, { workers: 0 });
    let reported = 0;
    const two = await exportObjects(jobs, { outDir: threaded, plan: PLAN, uidKey: KEY }, { workers: 2, onDone: (n) => (reported = n) });
    expect(reported).toBe(jobs.length);
    expect(one.every((o) => o?.ok)).toBe(true);
    expect(two.map((o) => (o?.ok ? o.result.size : o?.reason))).toEqual(one.map((o) => (o?.ok ? o.result.size : o?.reason)));
    for (const job of jobs) expect(digest(join(threaded, job.file)), job.file).toBe(digest(join(single, job.file)));
    // One study in, one study out: the threads mapped the Study Instance UID alike.
    const studies = new Set(jobs.map((job) => {
      const object = readDicomFile(join(threaded, job.file));
      try {
        return stringValue(findElement(object.dataset, 0x0020000d)!);
      } finally {
        object.close();
      }
    }));
    expect(studies.size).toBe(1);
  });

  it('stops handing out objects when the export is cancelled, and reports the rest as not started', async () => {
    const controller = new AbortController();
    const outcomes = await exportObjects(jobs, { outDir: join(work, 'cancelled'), plan: PLAN, uidKey: KEY }, {
      workers: 2,
      signal: controller.signal,
      onDone: (n) => n >= 3 && controller.abort(),
    });
    const started = outcomes.filter((o) => o !== undefined).length;
    expect(started).toBeGreaterThanOrEqual(3);
    expect(started).toBeLessThan(jobs.length);
  });

  it('uses threads only for pixel work of some size, on a machine with cores to spare', () => {
    const ct = (n: number, size = 600_000): IndexedObject[] =>
      Array.from({ length: n }, (_, i) => indexedObject({ sopInstanceUid: `1.${i}`, size, modality: 'CT' }));
    expect(workerCount(PLAN, ct(24), 2)).toBe(2);
    expect(workerCount(PLAN, ct(24), 8)).toBe(4);
    expect(workerCount(PLAN, ct(24), 1)).toBe(0);
    expect(workerCount(PLAN, ct(5), 8)).toBe(0);
    expect(workerCount(PLAN, ct(24, 1000), 8)).toBe(0);
    expect(workerCount(DEFAULT_PLAN, ct(24), 8)).toBe(0);
  });
});

describe('writing objects in this thread', () => {
  it('exports again into a folder that an earlier export of this process made and that was deleted since', async () => {
    // The app runs many exports in one process; a radiographer may delete an export and write it anew.
    const out = join(work, 'again');
    const first = await exportObjects(jobs, { outDir: out, plan: DEFAULT_PLAN, uidKey: KEY }, { workers: 0 });
    expect(first.every((o) => o?.ok)).toBe(true);
    rmSync(out, { recursive: true });
    const second = await exportObjects(jobs, { outDir: out, plan: DEFAULT_PLAN, uidKey: KEY }, { workers: 0 });
    expect(second.map((o) => (o?.ok ? 'ok' : o?.reason))).toEqual(jobs.map(() => 'ok'));
    for (const job of jobs) expect(digest(join(out, job.file))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns the counts of what was done, and every element\'s record only when asked for', async () => {
    const counted = await exportObjects(jobs, { outDir: join(work, 'counted'), plan: DEFAULT_PLAN, uidKey: KEY }, { workers: 0 });
    const recorded = await exportObjects(jobs, { outDir: join(work, 'recorded'), plan: DEFAULT_PLAN, uidKey: KEY, keepRecords: true }, { workers: 0 });
    for (const [i, outcome] of counted.entries()) {
      const full = recorded[i];
      if (!outcome?.ok || !full?.ok) throw new Error('not exported');
      expect(outcome.result.records).toBeUndefined();
      expect(full.result.records!.length).toBeGreaterThan(20);
      expect(outcome.result.outcomes).toEqual(full.result.outcomes);
      expect(Object.values(outcome.result.outcomes).reduce((a, b) => a + b, 0)).toBe(full.result.records!.length);
    }
  });
});
