import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Events, InstanceView, Plan } from '../../main/api/contract.js';
import { DEMO_CT_LABEL, DEMO_TATTOO, DEMO_US_BAND } from '../../main/demo/generateDemoStudy.js';
import { DEFAULT_PLAN } from '../../main/plan/plan.js';
import { createService, ServiceError, type HostCapabilities, type Service } from '../../main/service/createService.js';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10 } from '../fixtures/encoder/index.js';

/** The handlers both hosts serve, called as plain functions with a recording host. */
const work = mkdtempSync(join(tmpdir(), 'peitto-service-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(work, `d${++n}`);

interface Recorded {
  readonly service: Service;
  readonly events: { event: keyof Events; payload: unknown }[];
  readonly dataDir: string;
}

function host(overrides: Partial<HostCapabilities> = {}): Recorded {
  const events: Recorded['events'] = [];
  const dataDir = fresh();
  const service = createService({
    host: 'browser-host',
    dataDir,
    fileUrlPrefix: '/file/',
    emit: (event, payload) => events.push({ event, payload }),
    ...overrides,
  });
  return { service, events, dataDir };
}

const instances = (view: Awaited<ReturnType<Service['handlers']['demo.open']>>): InstanceView[] =>
  view.patients.flatMap((p) => p.studies.flatMap((s) => s.series.flatMap((se) => se.instances)));

/** Masks and decisions that answer every risk the demo study raises. */
const DEMO_PLAN: Plan = {
  ...DEFAULT_PLAN,
  masks: [
    { rule: { modality: 'US' }, shapes: [{ type: 'rectangle', ...DEMO_US_BAND, category: 'burned-in-text' }] },
    { rule: { modality: 'XC' }, shapes: [{ type: 'rectangle', ...DEMO_TATTOO, category: 'tattoo' }] },
    { rule: { modality: 'CT' }, shapes: [{ type: 'rectangle', ...DEMO_CT_LABEL, category: 'burned-in-text' }] },
  ],
  assessment: {
    ...DEFAULT_PLAN.assessment,
    decisions: [
      { risk: 'face-shape', scope: 'all', decision: 'accepted', justification: 'needed' },
      { risk: 'face', scope: 'all', decision: 'not-present', justification: 'forearm only' },
      { risk: 'tattoo', scope: 'all', decision: 'masked', justification: 'masked' },
      { risk: 'burned-in-text', scope: 'all', decision: 'masked', justification: 'labels masked; the photograph has none' },
    ],
  },
};

describe('the service handlers', () => {
  let h: Recorded;
  beforeEach(() => {
    h = host({ systemLanguage: 'sv_FI.UTF-8' });
  });

  it('reports the host and takes the language from the system until the operator picks one, which it keeps', async () => {
    expect(await h.service.handlers['app.info']()).toMatchObject({ host: 'browser-host', nativeDialogs: false, canReveal: false, language: 'sv', fileUrlPrefix: '/file/' });
    await h.service.handlers['app.setLanguage']({ language: 'fi' });
    expect((await h.service.handlers['app.info']()).language).toBe('fi');
    const again = createService({ host: 'browser-host', dataDir: h.dataDir, fileUrlPrefix: '/file/', emit: () => undefined, systemLanguage: 'en_GB' });
    expect((await again.handlers['app.info']()).language).toBe('fi');
  });

  it('says plainly that a host without native dialogs has none', async () => {
    const error = await h.service.handlers['dialog.chooseOutputFolder']().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('no-dialogs');
    await expect(h.service.handlers['export.reveal']({ path: work })).rejects.toMatchObject({ code: 'no-dialogs' });
  });

  it('uses the native dialogs of a host that has them', async () => {
    const withDialogs = host({
      dialogs: {
        chooseInputs: async (kind) => [`/chosen/${kind}`],
        chooseOutputFolder: async () => null,
        choosePlanFile: async (mode) => `/plans/${mode}.json`,
      },
    });
    expect(await withDialogs.service.handlers['dialog.chooseInputs']({ kind: 'folder' })).toEqual(['/chosen/folder']);
    expect(await withDialogs.service.handlers['dialog.chooseOutputFolder']()).toBeNull();
    expect(await withDialogs.service.handlers['dialog.choosePlanFile']({ mode: 'save' })).toBe('/plans/save.json');
  });

  it('opens the demo study with progress, risk flags and file ids that only the service can resolve', async () => {
    const view = await h.service.handlers['demo.open']({ jobId: 'j1' });
    expect(view.patients).toHaveLength(1);
    const all = instances(view);
    expect(all.length).toBeGreaterThanOrEqual(26);
    const progress = h.events.filter((e) => e.event === 'job.progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((e) => (e.payload as { jobId: string }).jobId === 'j1')).toBe(true);
    const ct = all.find((i) => i.sopClass === 'CT Image Storage')!;
    expect(ct.flags.map((f) => f.risk)).toContain('face-shape');
    expect(h.service.filePath(ct.fileId)).toMatch(/demo-study\/CT\/.*\.dcm$/);
    expect(h.service.filePath('not-an-id')).toBeUndefined();
  });

  it('indexes given paths, lists unreadable files with the reason, remembers recent inputs (newest first, no duplicates)', async () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, 'broken.dcm'), Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), Buffer.from([0x02, 0x00, 0x10, 0x00, 0x55, 0x49, 0xff, 0x7f])]));
    writeFileSync(join(dir, 'notes.txt'), 'not dicom');
    const view = await h.service.handlers['index.open']({ jobId: 'j2', paths: [dir] });
    expect(view.patients).toEqual([]);
    expect(view.problems).toEqual([
      {
        kind: 'unreadable',
        path: join(dir, 'broken.dcm'),
        code: 'truncated',
        offset: 132,
        reason: 'element (0002,0010) declares 32767 bytes but the data set has only 0 left (at byte 132)',
      },
    ]);
    expect(view.notDicom).toBe(1);
    await h.service.handlers['index.open']({ jobId: 'j3', paths: [work] });
    await h.service.handlers['index.open']({ jobId: 'j4', paths: [dir] });
    expect((await h.service.handlers['recent.list']()).map((r) => r.paths)).toEqual([[dir], [work]]);
    await expect(h.service.handlers['index.open']({ jobId: 'j5', paths: [] })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('shows per attribute what the plan\'s profile will do, for open objects only', async () => {
    const view = await h.service.handlers['demo.open']({ jobId: 'j1' });
    const ct = instances(view)[0]!;
    const rows = await h.service.handlers['object.header']({ sopInstanceUid: ct.sopInstanceUid, plan: DEFAULT_PLAN });
    const byTag = new Map(rows.map((r) => [r.tag, r]));
    expect(byTag.get('(0010,0010)')).toMatchObject({ value: 'DEMO^PATIENT', outcome: 'replaced' });
    expect(byTag.get('(0010,0030)')?.outcome).toMatch(/emptied|removed/);
    expect(byTag.get('(0028,0010)')?.outcome).toBe('kept');
    await expect(h.service.handlers['object.header']({ sopInstanceUid: '1.2.3', plan: DEFAULT_PLAN })).rejects.toMatchObject({ code: 'unknown-object' });
  });

  it('checks, saves, loads, autosaves and restores plans, naming the file and field of a bad one', async () => {
    expect(await h.service.handlers['plan.check']({ plan: { version: 1, output: { pixelEncoding: 'jpeg' } } })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/pixelEncoding/),
    });
    const path = join(fresh(), 'plans', 'ct.json');
    await h.service.handlers['plan.save']({ path, plan: DEMO_PLAN });
    expect(await h.service.handlers['plan.load']({ path })).toEqual({ ok: true, plan: DEMO_PLAN });
    writeFileSync(path, '{"version": 1,');
    expect(await h.service.handlers['plan.load']({ path })).toMatchObject({ ok: false, message: expect.stringContaining(path) });
    expect(await h.service.handlers['plan.restore']()).toBeNull();
    await h.service.handlers['plan.autosave']({ plan: DEMO_PLAN });
    expect(await h.service.handlers['plan.restore']()).toEqual(DEMO_PLAN);
    // An autosave that no longer passes the schema is dropped rather than half-applied.
    writeFileSync(join(h.dataDir, 'autosave-plan.json'), JSON.stringify({ version: 1, masks: 'none' }));
    expect(await h.service.handlers['plan.restore']()).toBeNull();
  });

  it('lists the library\'s device rules and the workstation\'s saved ones, replacing a rule saved again under its name', async () => {
    const library = await h.service.handlers['rules.list']();
    expect(library.length).toBeGreaterThan(10);
    expect(library.every((r) => r.origin === 'library')).toBe(true);
    const rule = { modality: 'US', manufacturer: 'ACME', rows: 480, columns: 640 };
    const shapes = [{ type: 'rectangle' as const, x: 0, y: 0, width: 640, height: 40, category: 'burned-in-text' as const }];
    await h.service.handlers['rules.save']({ rule, shapes, name: 'ACME banner' });
    await h.service.handlers['rules.save']({ rule, shapes: [{ ...shapes[0]!, height: 50 }], name: 'ACME banner' });
    const saved = (await h.service.handlers['rules.list']()).filter((r) => r.origin === 'saved');
    expect(saved).toEqual([expect.objectContaining({ id: 'saved:ACME banner', shapes: [expect.objectContaining({ height: 50 })] })]);
    await expect(h.service.handlers['rules.save']({ rule: {}, shapes, name: 'everything' })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('previews the assessment of the open study: what blocks, and what the plan decides', async () => {
    await h.service.handlers['demo.open']({ jobId: 'j1' });
    const blocked = await h.service.handlers['assessment.preview']({ plan: DEFAULT_PLAN });
    expect(new Set(blocked.blocking.map((b) => b.risk))).toEqual(new Set(['face-shape', 'burned-in-text', 'face', 'tattoo']));
    const decided = await h.service.handlers['assessment.preview']({ plan: DEMO_PLAN });
    expect(decided.blocking).toEqual([]);
    expect(decided.risks.find((r) => r.risk === 'burned-in-text')?.status).toBe('decided');
  });

  it('exports what is open, autosaving the plan first, with a result per file and the refusals as codes', async () => {
    await expect(h.service.handlers['export.start']({ jobId: 'e0', plan: DEMO_PLAN, outDir: fresh() })).rejects.toMatchObject({ code: 'nothing-open' });
    const inputs = fresh();
    mkdirSync(inputs);
    writeFileSync(
      join(inputs, 'report.dcm'),
      encodePart10([el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.104.1'), el(0x00080018, 'UI', '1.2.3.4.99')], { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN }),
    );
    const demo = join(h.dataDir, 'demo-study');
    await h.service.handlers['demo.open']({ jobId: 'j1' });
    await h.service.handlers['index.open']({ jobId: 'j2', paths: [demo, inputs] });
    const outDir = fresh();
    const summary = await h.service.handlers['export.start']({ jobId: 'e1', plan: DEMO_PLAN, outDir });
    expect(summary.status).toBe('complete');
    expect(summary.verification.passed).toBe(true);
    expect(summary.results.filter((r) => r.status === 'exported').length).toBeGreaterThanOrEqual(26);
    expect(summary.results.filter((r) => r.status === 'refused')).toEqual([expect.objectContaining({ refusal: 'encapsulated-pdf' })]);
    expect(readdirSync(outDir)).toEqual(expect.arrayContaining(['assessment.json', 'assessment.pdf', 'manifest.csv']));
    expect(JSON.parse(readFileSync(join(h.dataDir, 'autosave-plan.json'), 'utf8'))).toEqual(DEMO_PLAN);
    const phases = new Set(h.events.filter((e) => e.event === 'job.progress' && (e.payload as { jobId: string }).jobId === 'e1').map((e) => (e.payload as { phase: string }).phase));
    expect(phases).toEqual(new Set(['index', 'export', 'verify']));
  });

  it('stops an indexing job when it is cancelled', async () => {
    const big = fresh();
    mkdirSync(big);
    for (let i = 0; i < 400; i++) writeFileSync(join(big, `f${i}.txt`), 'x');
    const pending = h.service.handlers['index.open']({ jobId: 'slow', paths: [big] });
    await h.service.handlers['job.cancel']({ jobId: 'slow' });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
