/**
 * The contract between the renderer and the Node side: every channel with its request and response types.
 * Types only (the renderer imports it with `import type`); the preload exposes one method per channel and the
 * loopback browser host serves the same channels over HTTP, so the renderer does not care who answers.
 */
import type { RiskId, RiskReason } from '../assessment/riskFlags.js';
import type { Language } from '../i18n/translate.js';
import type { SmallNumbersSection } from '../assessment/assessmentSheet.js';
import type { AssessedRisk, MaskCategory, MaskPlan, MaskRule, MaskShape, Plan, Resolution, RiskDecision } from '../plan/plan.js';
import type { Outcome } from '../profile/actionRecord.js';
import type { RefusalCode } from '../export/refusal.js';
import type { ProblemCode } from '../catalog/scanInputs.js';

export { CHANNELS, methodName } from './channels.js';

export type { AssessedRisk, Language, MaskCategory, MaskPlan, MaskRule, MaskShape, Plan, Resolution, RiskDecision, RiskId, RiskReason, Outcome, ProblemCode, RefusalCode, SmallNumbersSection };

/** One line of the risk checklist before export: what the engine found and what the plan decides. */
export interface RiskLineView {
  readonly risk: AssessedRisk;
  /** Whether the engine (or the operator's rare-finding mark) raised it. */
  readonly raised: boolean;
  readonly objects: number;
  /** Series that raised it, so the UI can offer a decision per series. */
  readonly series: readonly string[];
  readonly reasons: readonly RiskReason[];
  /** The plan's decisions that cover it. */
  readonly decisions: readonly RiskDecision[];
  /** undecided: raised on some series no decision covers; the export cannot proceed. */
  readonly status: 'not-raised' | 'decided' | 'undecided';
  /** Series still without a decision. */
  readonly undecidedSeries: readonly string[];
}

/** The risk checklist and the small-numbers check for the open inputs under a plan, before anything is written. */
export interface AssessmentPreview {
  readonly risks: readonly RiskLineView[];
  readonly smallNumbers: SmallNumbersSection;
  /**
   * Why the export may not start yet: a raised risk without a decision. (Small groups do not block: without an
   * override the export applies `smallNumbers.applied`, the generalisation that removes them.)
   */
  readonly blocking: readonly { readonly kind: 'undecided-risk'; readonly risk: AssessedRisk; readonly series: readonly string[] }[];
}

export interface AppInfo {
  readonly version: string;
  /** Who answers: the Electron shell, or the loopback browser host used for development and tests. */
  readonly host: 'electron' | 'browser-host';
  /** Whether native open/save dialogs exist (the browser host asks for paths in the page instead). */
  readonly nativeDialogs: boolean;
  /** Whether the host can show a folder in the system's file manager ("Open the export folder"). */
  readonly canReveal: boolean;
  /** The language chosen last time (or from the system), for the UI to start in. */
  readonly language: Language;
  /** Prefix of the URLs the viewer loads source files from; the file id follows it. */
  readonly fileUrlPrefix: string;
}

/** A risk the engine raised for an object, with its reason (a code with values that the UI translates). */
export interface RiskFlagView {
  readonly risk: RiskId;
  readonly reason: RiskReason;
}

/** One source object as the UI shows it (the operator's own data, on the workstation only). */
export interface InstanceView {
  readonly sopInstanceUid: string;
  /** Opaque id for the viewer's file URL: no path ever goes into a URL. */
  readonly fileId: string;
  readonly instanceNumber: number | undefined;
  readonly frames: number;
  readonly rows: number | undefined;
  readonly columns: number | undefined;
  readonly sopClass: string;
  readonly hasPixelData: boolean;
  readonly hasOverlays: boolean;
  /** Why the export will refuse this object, when it will (translated as "sheet.refusal.<code>"). */
  readonly refusal?: RefusalCode;
  readonly flags: readonly RiskFlagView[];
}

export interface SeriesView {
  readonly seriesInstanceUid: string;
  readonly number: number | undefined;
  readonly modality: string;
  readonly description: string;
  readonly bodyPart: string;
  readonly manufacturer: string;
  readonly model: string;
  /** Pixel spacing of the first image (row, column mm), for showing the spacing after a resolution change. */
  readonly pixelSpacing?: readonly [number, number];
  readonly instances: readonly InstanceView[];
  /** Risks raised on any instance of the series (each once). */
  readonly flags: readonly RiskFlagView[];
}

export interface StudyView {
  readonly studyInstanceUid: string;
  readonly date: string;
  readonly description: string;
  readonly series: readonly SeriesView[];
}

export interface PatientView {
  readonly key: string;
  readonly name: string;
  readonly id: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly studies: readonly StudyView[];
}

export interface ProblemView {
  readonly path: string;
  /** The technical reason, in English (shown beside the translated one). */
  readonly reason: string;
  /** Why, as a code translated as "app.problemReason.<code>". */
  readonly code: ProblemCode;
  /** Where reading stopped, for files that could not be read. */
  readonly offset?: number;
  readonly kind: 'unreadable' | 'missing' | 'duplicate';
}

/** The result of opening inputs: the index, and every file that could not be used, with its reason. */
export interface IndexView {
  readonly patients: readonly PatientView[];
  readonly problems: readonly ProblemView[];
  readonly notDicom: number;
  readonly directories: number;
}

/** One header attribute of an object and what the plan's profile will do to it. */
export interface HeaderRow {
  readonly path: string;
  readonly tag: string;
  readonly name: string;
  readonly vr: string;
  /** The source value as text (truncated), shown locally to the operator. */
  readonly value: string;
  readonly outcome: Outcome;
  readonly rule: string;
  readonly depth: number;
}

export interface JobProgress {
  readonly jobId: string;
  readonly phase: 'index' | 'export' | 'verify';
  readonly done: number;
  readonly total: number;
}

export interface ExportFileResult {
  /** The output file inside the export, for exported objects. */
  readonly file?: string;
  readonly source: string;
  readonly status: 'exported' | 'refused' | 'failed';
  /** Why a refused object was refused (translated as "sheet.refusal.<code>"). */
  readonly refusal?: RefusalCode;
  /** Why a failed object failed, in English: the engine's error naming the file and the problem. */
  readonly reason?: string;
}

export interface ExportSummary {
  readonly exportId: string;
  readonly status: 'complete' | 'interrupted';
  readonly outDir: string;
  readonly results: readonly ExportFileResult[];
  readonly verification: { readonly passed: boolean; readonly identifiersChecked: number; readonly hits: number };
}

/** A mask rule from the shipped library or saved by the department, with where it came from. */
export interface MaskRuleEntry {
  readonly id: string;
  readonly rule: MaskRule;
  readonly shapes: readonly MaskShape[];
  readonly source: string;
  readonly origin: 'library' | 'saved';
}

export interface RecentEntry {
  readonly paths: readonly string[];
  readonly openedAt: string;
}

export type PlanCheck = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly message: string };

/** Channel name → request and response. Requests and responses are structured-clone/JSON safe. */
export interface Contract {
  'app.info': { request: void; response: AppInfo };
  'app.setLanguage': { request: { language: Language }; response: void };
  'dialog.chooseInputs': { request: { kind: 'folder' | 'files' }; response: readonly string[] };
  'dialog.chooseOutputFolder': { request: void; response: string | null };
  'dialog.choosePlanFile': { request: { mode: 'open' | 'save' }; response: string | null };
  'recent.list': { request: void; response: readonly RecentEntry[] };
  'index.open': { request: { jobId: string; paths: readonly string[] }; response: IndexView };
  'demo.open': { request: { jobId: string }; response: IndexView };
  'job.cancel': { request: { jobId: string }; response: void };
  'object.header': { request: { sopInstanceUid: string; plan: Plan }; response: readonly HeaderRow[] };
  'plan.check': { request: { plan: unknown }; response: PlanCheck };
  'plan.save': { request: { path: string; plan: Plan }; response: void };
  'plan.load': { request: { path: string }; response: PlanCheck };
  'plan.autosave': { request: { plan: Plan }; response: void };
  'plan.restore': { request: void; response: Plan | null };
  'rules.list': { request: void; response: readonly MaskRuleEntry[] };
  'rules.save': { request: { rule: MaskRule; shapes: readonly MaskShape[]; name: string }; response: MaskRuleEntry };
  'assessment.preview': { request: { plan: Plan }; response: AssessmentPreview };
  'export.start': { request: { jobId: string; plan: Plan; outDir: string }; response: ExportSummary };
  'export.reveal': { request: { path: string }; response: void };
}

export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = Contract[C]['request'];
export type ResponseOf<C extends Channel> = Contract[C]['response'];

/** What an item of the desktop app's menu asks the page to do (the browser host has no menu). */
export type MenuCommand =
  | 'open-folder'
  | 'open-files'
  | 'open-demo'
  | 'save-plan'
  | 'load-plan'
  | 'export'
  | 'shortcuts'
  | 'language-en'
  | 'language-fi'
  | 'language-sv';

/** Events from the Node side to the renderer. */
export interface Events {
  'job.progress': JobProgress;
  'menu.command': MenuCommand;
}


/** "index.open" → "indexOpen": the name of a channel's method on the renderer's API. */
export type MethodName<C extends string> = C extends `${infer A}.${infer B}` ? `${A}${Capitalize<B>}` : C;


/**
 * What the renderer sees (window.peitto in Electron, an HTTP client with the browser host): one named method
 * per channel (`api.indexOpen({ jobId, paths })`), and a subscription to events. Nothing else reaches Node.
 */
export type PeittoApi = {
  readonly [C in Channel as MethodName<C>]: (request: RequestOf<C>) => Promise<ResponseOf<C>>;
} & {
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void;
};
