import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { riskFlagsFor, type RiskFlag } from '../assessment/riskFlags.js';
import { buildIndex } from '../catalog/buildIndex.js';
import type { IndexedObject } from '../catalog/indexedObject.js';
import { scanInputs, type ScanProblem } from '../catalog/scanInputs.js';
import type { Plan } from '../plan/plan.js';
import type { ActionRecord } from '../profile/actionRecord.js';
import { collectSourceIdentifiers } from '../verify/collectSourceIdentifiers.js';
import { IdentifierPool, type VerificationResult, type Verifier } from '../verify/verifyExport.js';
import { previewAssessment, smallNumbersFor } from '../assessment/previewAssessment.js';
import type { AssessmentPreview } from '../api/contract.js';
import { writeAssessment } from './writeAssessment.js';
import { ageBand, ageInYears } from './ageBand.js';
import { textServices } from './textServices.js';
import type { ExportedObject } from './exportObject.js';
import { exportObjects, workerCount } from './exportObjects.js';
import { planExportLayout } from './exportLayout.js';
import { findingClassOf, manifestCsv, manifestSex, type ManifestRow } from './manifest.js';
import { defaultKeyFile, loadOrCreateKey } from './pseudonymKey.js';
import { STAFF_AND_INSTITUTION } from '../verify/staffAttributes.js';
import { refusalReason, sopClassLabel, type RefusalCode } from './refusal.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { digestFiles, THREAD_MIN_BYTES } from './digestFiles.js';
import { DigestFollower } from './digestFollower.js';
import { validatePixelPlan } from './pixelPlan.js';

/** A request that cannot start (bad output folder, key problems): nothing has been written. */
export class ExportSetupError extends Error {}

/**
 * The assessment does not allow the export yet (guideline: a documented risk assessment before release): a raised
 * risk without the operator's decision, or an identifier typed into the assessment's own texts. (A group under the
 * small-numbers limit does not block: the released fields are generalised, see smallNumbersFor.) Nothing has been written; `problems` lists each one.
 */
export class AssessmentBlockedError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the assessment does not allow this export yet: ${problems.join('; ')}`);
    this.name = 'AssessmentBlockedError';
  }
}

export interface ExportProgress {
  readonly phase: 'index' | 'export' | 'verify';
  readonly done: number;
  readonly total: number;
}

export interface ExportRequest {
  readonly inputs: readonly string[];
  readonly outDir: string;
  readonly plan: Plan;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExportProgress) => void;
  /** The clock for the report's timestamps (fixed in tests for reproducible output). */
  readonly now?: () => Date;
  /** Keep every element's action record in the result (tests; see ExportSettings.keepRecords). */
  readonly keepRecords?: boolean;
}

export interface RefusedObject {
  readonly source: string;
  readonly sopClassUid: string;
  readonly reason: RefusalCode;
}

export interface FailedObject {
  readonly source: string;
  readonly reason: string;
}

export interface FlaggedObject {
  readonly file: string;
  readonly source: string;
  readonly flags: readonly RiskFlag[];
  /** Burned-in text the operator masked on every frame: that flag is resolved. */
  readonly burnedInTextMasked: boolean;
}

export interface ExportResult {
  readonly exportId: string;
  readonly status: 'complete' | 'interrupted';
  readonly outDir: string;
  /** Each written object, with the SHA-256 of its file as finished (and its action records when asked for). */
  readonly exported: readonly (ExportedObject & { readonly records?: readonly ActionRecord[]; readonly sha256: string })[];
  readonly refused: readonly RefusedObject[];
  readonly failed: readonly FailedObject[];
  readonly notDicom: readonly string[];
  readonly scanProblems: readonly ScanProblem[];
  readonly flagged: readonly FlaggedObject[];
  readonly verification: VerificationResult;
  readonly manifestRows: readonly ManifestRow[];
  /** Wall-clock milliseconds of each phase, for the benchmark and the JSON summary (never in the export). */
  readonly timings: ExportTimings;
}

export interface ExportTimings {
  /** Reading the inputs' headers. */
  index: number;
  /** Collecting the sources' identifiers, the risk checklist and the small-numbers check. */
  check: number;
  /** De-identifying and writing every object, and manifest.csv. */
  write: number;
  /** Searching the export for the sources' identifiers, and hashing each output. */
  verify: number;
  /** assessment.json and assessment.pdf. */
  assessment: number;
}

/** The output folder must be new or empty, and outside every input (sources are never modified). */
function checkOutputFolder(outDir: string, inputs: readonly string[]): void {
  const out = resolve(outDir);
  for (const input of inputs) {
    const rel = relative(resolve(input), out);
    if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
      throw new ExportSetupError(`${outDir}: the export folder may not be inside an input (${input}); sources are never written to`);
    }
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new ExportSetupError(`${outDir}: exists and is not a folder`);
    if (readdirSync(out).length > 0) throw new ExportSetupError(`${outDir}: the export folder must be new or empty`);
  }
}


/**
 * Runs a whole export: index the inputs, refuse what cannot be checked, check the plan and the assessment, de-
 * identify and write every other object (one failure never stops the others), write manifest.csv, verify the
 * export against the sources, and write assessment.json and assessment.pdf. An aborted export stops between
 * objects and reports what was done.
 */
export async function runExport(request: ExportRequest): Promise<ExportResult> {
  const { plan } = request;
  const now = request.now ?? (() => new Date());
  const outDir = resolve(request.outDir);
  checkOutputFolder(outDir, request.inputs);
  const key =
    plan.identifiers.mode === 'pseudonymous'
      ? loadOrCreateKey(plan.identifiers.keyFile ?? defaultKeyFile(), outDir)
      : undefined;

  const timings: ExportTimings = { index: 0, check: 0, write: 0, verify: 0, assessment: 0 };
  let phaseStart = performance.now();
  const endPhase = (phase: keyof ExportTimings): void => {
    const at = performance.now();
    timings[phase] = Math.round(at - phaseStart);
    phaseStart = at;
  };
  const text = textServices();
  // The verification's identifiers come from the headers the index parses (of the objects that will be exported:
  // the index passes each object once, and refused ones are left out), rather than from a second reading of every
  // source.
  const identifiers = new IdentifierPool();
  const scan = await scanInputs(request.inputs, {
    signal: request.signal,
    onProgress: (p) => request.onProgress?.({ phase: 'index', done: p.done, total: p.total }),
    onObject: (indexed, object) => {
      if (!refusalReason(indexed)) identifiers.add(collectSourceIdentifiers(object, { isSafeWord: text.isSafeWord, ignore: text.ignoredValues }));
    },
  });
  const refused: RefusedObject[] = [];
  const exportable: IndexedObject[] = [];
  for (const object of scan.objects) {
    const reason = refusalReason(object);
    if (reason) refused.push({ source: object.path, sopClassUid: object.sopClassUid, reason });
    else exportable.push(object);
  }
  endPhase('index');
  validatePixelPlan(plan, exportable);
  const verifier = identifiers.verifier();
  const preview = previewAssessment(exportable, plan);
  const released = smallNumbersFor(exportable, plan).released;
  const findingClass = findingClassOf(released);
  checkAssessment(plan, preview, exportable, verifier);
  endPhase('check');
  mkdirSync(outDir, { recursive: true });
  const index = buildIndex(exportable);
  const layout = planExportLayout(index, key);
  const seriesSize = new Map(index.flatMap((p) => p.studies.flatMap((s) => s.series.map((se) => [se.seriesInstanceUid, se.objects.length] as const))));
  const ordered = [...exportable].sort((a, b) => layout.outputPath.get(a.sopInstanceUid)!.localeCompare(layout.outputPath.get(b.sopInstanceUid)!));

  const jobs = ordered.map((object) => ({
    object,
    file: layout.outputPath.get(object.sopInstanceUid)!,
    patientLabel: layout.patientLabel.get(object.patientKey)!,
  }));
  request.onProgress?.({ phase: 'export', done: 0, total: ordered.length });
  // Anonymous mode: a key for this export only, so that every thread maps UIDs alike; it is never stored.
  const uidKey = key ?? randomBytes(32);
  const workers = workerCount(plan, ordered);
  // A large export written on this thread is hashed by a second one as it is written (digestFollower.ts).
  const follower = workers === 0 && ordered.reduce((n, o) => n + o.size, 0) >= THREAD_MIN_BYTES ? DigestFollower.start() : undefined;
  let outcomes;
  let followed: Promise<ReadonlyMap<string, string> | undefined> | undefined;
  try {
    outcomes = await exportObjects(jobs, { outDir, plan, uidKey, ...(request.keepRecords ? { keepRecords: true } : {}) }, {
      workers,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(follower ? { writeObserver: follower } : {}),
      onDone: (done) => request.onProgress?.({ phase: 'export', done, total: ordered.length }),
    });
    followed = follower?.finish();
  } catch (error) {
    follower?.stop();
    throw error;
  }
  const written: (ExportedObject & { readonly records?: readonly ActionRecord[] })[] = [];
  const failed: FailedObject[] = [];
  const flagged: FlaggedObject[] = [];
  const manifestRows: ManifestRow[] = [];
  const status: ExportResult['status'] = outcomes.includes(undefined) ? 'interrupted' : 'complete';
  outcomes.forEach((outcome, i) => {
    if (!outcome) return;
    const { object, file, patientLabel } = jobs[i]!;
    if (!outcome.ok) {
      failed.push({ source: object.path, reason: outcome.reason });
      return;
    }
    const result = outcome.result;
    written.push(result);
    const flags = riskFlagsFor(object, seriesSize.get(object.seriesInstanceUid) ?? 1);
    if (flags.length > 0) flagged.push({ file, source: object.path, flags, burnedInTextMasked: result.pixels?.burnedInTextMasked ?? false });
    manifestRows.push({
      file,
      patient: patientLabel,
      study: layout.studyLabel.get(object.studyInstanceUid)!,
      series: layout.seriesLabel.get(object.seriesInstanceUid)!,
      sopClass: sopClassLabel(object.sopClassUid),
      frames: object.numberOfFrames,
      ageBand: ageBand(ageInYears(object.patientAge, object.patientBirthDate, object.studyDate), released.ageBandWidth, released.ageTopCode),
      sex: manifestSex(object.patientSex),
      modality: object.modality,
      bodyPart: object.bodyPartExamined,
      findingClass: findingClass(object.seriesInstanceUid),
    });
  });
  request.onProgress?.({ phase: 'export', done: written.length + failed.length, total: ordered.length });

  writeFileAtomic(outDir, 'manifest.csv', manifestCsv(manifestRows, released));
  endPhase('write');
  request.onProgress?.({ phase: 'verify', done: 0, total: written.length });
  // Hashing and the identifier scan each read every output: on two cores at once when the export is large. Should
  // the follower have missed a file, every output is hashed again the ordinary way.
  const outputs = written.map((w) => join(outDir, w.file));
  const outputBytes = written.reduce((n, w) => n + w.size, 0);
  const digests = followed
    ? followed.then((byPath) => {
        const found = outputs.map((path) => byPath?.get(path));
        return found.every((d) => d !== undefined) ? found : digestFiles(outputs, outputBytes);
      })
    : digestFiles(outputs, outputBytes);
  const verification = verifier.scanExport(outDir);
  const sha256 = await digests;
  const exported = written.map((w, i) => ({ ...w, sha256: sha256[i]! }));
  endPhase('verify');
  request.onProgress?.({ phase: 'verify', done: exported.length, total: exported.length });

  const exportId = randomUUID();
  const result: ExportResult = {
    exportId,
    status,
    outDir,
    exported,
    refused,
    failed,
    notDicom: scan.notDicom,
    scanProblems: scan.problems,
    flagged,
    verification,
    manifestRows,
    timings,
  };
  await writeAssessment({ result, plan, preview, verifier, layout, exportable, createdAt: now(), released });
  endPhase('assessment');
  return result;
}

/** Refuses to start while the assessment is incomplete, naming each object and risk (nothing is written). */
function checkAssessment(plan: Plan, preview: AssessmentPreview, objects: readonly IndexedObject[], verifier: Verifier): void {
  const problems: string[] = [];
  for (const block of preview.blocking) {
    for (const o of objects.filter((x) => block.series.includes(x.seriesInstanceUid))) {
      problems.push(`${o.path}: risk '${block.risk}' is raised and the plan has no decision for it (assessment.decisions)`);
    }
  }
  // Who made and receives the release may be named as the sources name the institution and its staff: those are
  // not the patient's data. Everything else, and any patient value in these fields, blocks.
  const texts: [string, string, ReadonlySet<number>?][] = [
    ['assessment.organisation', plan.assessment.organisation, STAFF_AND_INSTITUTION],
    ['assessment.recipientName', plan.assessment.recipientName ?? '', STAFF_AND_INSTITUTION],
    ['assessment.operator', plan.assessment.operator, STAFF_AND_INSTITUTION],
    ['assessment.reviewer', plan.assessment.reviewer, STAFF_AND_INSTITUTION],
    ['assessment.reference', plan.assessment.reference],
    ...plan.assessment.decisions.map((d, i): [string, string] => [`assessment.decisions[${i}].justification`, d.justification]),
    ...Object.entries(plan.assessment.fieldJustifications).map(([f, j]): [string, string] => [`assessment.fieldJustifications.${f}`, j ?? '']),
    ['assessment.smallNumbersOverride.justification', plan.assessment.smallNumbersOverride?.justification ?? ''],
    ...(plan.supplementary.findingClasses ?? []).map((c, i): [string, string] => [`supplementary.findingClasses[${i}].findingClass`, c.findingClass]),
  ];
  for (const [field, value, ignore] of texts) {
    // Only identifiers proper: free-text words of the sources' descriptions ("photo", "arm") are ordinary words
    // an operator may well write.
    const hits = verifier.scanText(field, value, ignore).filter((h) => h.kind !== 'text' && h.kind !== 'private');
    if (hits.length > 0) problems.push(`${field} contains ${hits.length} identifying value(s) of the sources (${hits.map((h) => h.kind).join(', ')}): the assessment may hold no personal data`);
  }
  if (problems.length > 0) throw new AssessmentBlockedError(problems);
}
