import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Channel, Events, ExportSummary, MaskRuleEntry, RecentEntry, RequestOf, ResponseOf } from '../api/contract.js';
import type { IndexedObject } from '../catalog/indexedObject.js';
import { scanInputs } from '../catalog/scanInputs.js';
import { ensureDemoStudy } from '../demo/generateDemoStudy.js';
import { readDicomFile } from '../dicom/readDicomFile.js';
import { isDicomRootUid, isWellKnownUid } from '../dicom/uidRegistry.js';
import { runExport } from '../export/runExport.js';
import { textServices } from '../export/textServices.js';
import { writeFileAtomic } from '../export/writeFileAtomic.js';
import { languageFrom, type Language } from '../i18n/translate.js';
import { parsePlan, PlanError } from '../plan/loadPlan.js';
import type { Plan } from '../plan/plan.js';
import { applyProfile } from '../profile/applyProfile.js';
import { UidMapper } from '../profile/uidMapper.js';
import { builtInMaskRules, validateMaskRule } from '../pixels/rules/index.js';
import { PEITTO_VERSION } from '../version.js';
import { previewAssessment } from '../assessment/previewAssessment.js';
import { buildIndexView, FileRegistry } from './buildIndexView.js';
import { headerRows } from './headerRows.js';
import { SettingsStore } from './settingsStore.js';
import { throttleProgress } from './throttleProgress.js';

/** A request the Node side cannot serve; `code` lets the renderer say why in the operator's language. */
export class ServiceError extends Error {
  constructor(
    readonly code: 'no-dialogs' | 'unknown-object' | 'nothing-open' | 'cancelled' | 'invalid-request',
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** What differs between the Electron shell and the loopback browser host. */
export interface HostCapabilities {
  readonly host: 'electron' | 'browser-host';
  /** The workstation's own data folder (settings, autosaved plan, saved rules, demo study). */
  readonly dataDir: string;
  readonly fileUrlPrefix: string;
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
  readonly dialogs?: {
    chooseInputs(kind: 'folder' | 'files'): Promise<string[]>;
    chooseOutputFolder(): Promise<string | null>;
    choosePlanFile(mode: 'open' | 'save'): Promise<string | null>;
  };
  reveal?(path: string): Promise<void>;
  readonly systemLanguage?: string;
}

export type Handlers = { readonly [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

export interface Service {
  readonly handlers: Handlers;
  /** The source file behind a viewer file id, or undefined (the only way a path leaves the service). */
  filePath(fileId: string): string | undefined;
}

const MAX_RECENT = 10;

/**
 * The engine behind the contract, as plain async functions: the Electron utility process and the loopback
 * browser host both serve these handlers, and tests call them directly.
 */
export function createService(caps: HostCapabilities): Service {
  const store = new SettingsStore(caps.dataDir);
  const files = new FileRegistry();
  const jobs = new Map<string, AbortController>();
  let openInputs: readonly string[] = [];
  let objects = new Map<string, IndexedObject>();

  const startJob = (jobId: string): AbortSignal => {
    const controller = new AbortController();
    jobs.set(jobId, controller);
    return controller.signal;
  };

  const indexPaths = async (jobId: string, paths: readonly string[]): Promise<ResponseOf<'index.open'>> => {
    const signal = startJob(jobId);
    try {
      const scan = await scanInputs(paths, {
        signal,
        onProgress: throttleProgress((p) => caps.emit('job.progress', { jobId, phase: 'index', done: p.done, total: p.total })),
      });
      openInputs = [...paths];
      objects = new Map(scan.objects.map((o) => [o.sopInstanceUid, o]));
      return buildIndexView(scan, files);
    } finally {
      jobs.delete(jobId);
    }
  };

  const rememberRecent = (paths: readonly string[]): void => {
    const recent = store.read<RecentEntry[]>('recent.json', []).filter((r) => r.paths.join('\n') !== paths.join('\n'));
    store.write('recent.json', [{ paths, openedAt: new Date().toISOString() }, ...recent].slice(0, MAX_RECENT));
  };

  const requireDialogs = (): NonNullable<HostCapabilities['dialogs']> => {
    if (!caps.dialogs) throw new ServiceError('no-dialogs', 'this host has no native dialogs; type the path instead');
    return caps.dialogs;
  };

  const checkPlan = (plan: unknown, name = 'plan'): ResponseOf<'plan.check'> => {
    try {
      return { ok: true, plan: parsePlan(plan, name) };
    } catch (error) {
      if (error instanceof PlanError) return { ok: false, message: error.message };
      throw error;
    }
  };

  const savedRules = (): MaskRuleEntry[] => store.read<MaskRuleEntry[]>('mask-rules.json', []);

  const handlers: Handlers = {
    'app.info': async () => ({
      version: PEITTO_VERSION,
      host: caps.host,
      nativeDialogs: caps.dialogs !== undefined,
      canReveal: caps.reveal !== undefined,
      language: store.read<{ language?: Language }>('settings.json', {}).language ?? languageFrom(caps.systemLanguage),
      fileUrlPrefix: caps.fileUrlPrefix,
    }),
    'app.setLanguage': async ({ language }) => {
      store.write('settings.json', { ...store.read('settings.json', {}), language: languageFrom(language) });
    },
    'dialog.chooseInputs': async ({ kind }) => requireDialogs().chooseInputs(kind),
    'dialog.chooseOutputFolder': async () => requireDialogs().chooseOutputFolder(),
    'dialog.choosePlanFile': async ({ mode }) => requireDialogs().choosePlanFile(mode),
    'recent.list': async () => store.read<RecentEntry[]>('recent.json', []),
    'index.open': async ({ jobId, paths }) => {
      if (paths.length === 0) throw new ServiceError('invalid-request', 'no file or folder to open');
      const view = await indexPaths(jobId, paths);
      rememberRecent(paths);
      return view;
    },
    'demo.open': async ({ jobId }) => indexPaths(jobId, [await ensureDemoStudy(caps.dataDir)]),
    'job.cancel': async ({ jobId }) => {
      jobs.get(jobId)?.abort();
    },
    'object.header': async ({ sopInstanceUid, plan }) => {
      const indexed = objects.get(sopInstanceUid);
      if (!indexed) throw new ServiceError('unknown-object', `no open object has SOP Instance UID ${sopInstanceUid}`);
      const checked = parsePlan(plan);
      const object = readDicomFile(indexed.path);
      try {
        const text = textServices();
        const { records } = applyProfile(object, {
          options: checked.profile,
          uids: UidMapper.anonymous(),
          patientLabel: 'ANON-0001',
          cleanText: text.cleanText,
          isWellKnownUid: (uid) => isWellKnownUid(uid) || isDicomRootUid(uid),
          safePrivate: text.safePrivate,
        });
        return headerRows(object, records);
      } finally {
        object.close();
      }
    },
    'plan.check': async ({ plan }) => checkPlan(plan),
    'plan.save': async ({ path, plan }) => {
      const checked = parsePlan(plan);
      mkdirSync(dirname(path), { recursive: true });
      writeFileAtomic(dirname(path), basename(path), `${JSON.stringify(checked, null, 2)}\n`);
    },
    'plan.load': async ({ path }) => {
      let document: unknown;
      try {
        document = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        return { ok: false, message: `${path}: ${(error as Error).message}` };
      }
      return checkPlan(document, path);
    },
    'plan.autosave': async ({ plan }) => store.write('autosave-plan.json', plan),
    'plan.restore': async () => {
      const saved = store.read<unknown>('autosave-plan.json', null);
      if (saved === null) return null;
      const checked = checkPlan(saved);
      return checked.ok ? checked.plan : null;
    },
    'rules.list': async () => [
      ...builtInMaskRules().map((r): MaskRuleEntry => ({ id: r.id, rule: r.rule, shapes: r.shapes, source: r.source, origin: 'library' })),
      ...savedRules(),
    ],
    'rules.save': async ({ rule, shapes, name }) => {
      const problem = validateMaskRule({ id: name, rule, shapes, source: 'saved on this workstation' });
      if (problem) throw new ServiceError('invalid-request', problem);
      const entry: MaskRuleEntry = { id: `saved:${name}`, rule, shapes, source: `saved on this workstation: ${name}`, origin: 'saved' };
      store.write('mask-rules.json', [...savedRules().filter((r) => r.id !== entry.id), entry]);
      return entry;
    },
    'assessment.preview': async ({ plan }) => previewAssessment([...objects.values()], parsePlan(plan)),
    'export.start': async ({ jobId, plan, outDir }): Promise<ExportSummary> => {
      if (openInputs.length === 0) throw new ServiceError('nothing-open', 'open a study before exporting');
      const checked: Plan = parsePlan(plan);
      store.write('autosave-plan.json', checked);
      const signal = startJob(jobId);
      try {
        const result = await runExport({
          inputs: openInputs,
          outDir,
          plan: checked,
          signal,
          onProgress: throttleProgress((p) => caps.emit('job.progress', { jobId, phase: p.phase, done: p.done, total: p.total })),
        });
        return {
          exportId: result.exportId,
          status: result.status,
          outDir: result.outDir,
          results: [
            ...result.exported.map((e) => ({ file: e.file, source: e.source, status: 'exported' as const })),
            ...result.refused.map((r) => ({ source: r.source, status: 'refused' as const, refusal: r.reason })),
            ...result.failed.map((f) => ({ source: f.source, status: 'failed' as const, reason: f.reason })),
          ],
          verification: {
            passed: result.verification.passed,
            identifiersChecked: result.verification.identifiersChecked,
            hits: result.verification.hits.length,
          },
        };
      } finally {
        jobs.delete(jobId);
      }
    },
    'export.reveal': async ({ path }) => {
      if (!caps.reveal) throw new ServiceError('no-dialogs', 'this host cannot open folders');
      await caps.reveal(path);
    },
  };

  return { handlers, filePath: (id) => files.pathOf(id) };
}
