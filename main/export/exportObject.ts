import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IndexedObject } from '../catalog/indexedObject.js';
import { stringOutput } from '../dicom/encodeValue.js';
import type { OutputElement } from '../dicom/outputDataset.js';
import { readDicomFile } from '../dicom/readDicomFile.js';
import { EXPLICIT_VR_LITTLE_ENDIAN } from '../dicom/transferSyntax.js';
import { writeDicomFile, type WriteObserver } from '../dicom/writeDicomFile.js';
import type { Tag } from '../dicom/tag.js';
import type { ActionRecord, ContentCategory, Outcome } from '../profile/actionRecord.js';
import { applyProfile, type ProfileRun, type TopLevelValue } from '../profile/applyProfile.js';
import { DEIDENTIFICATION_TAGS, deidentificationElements, methodCodes, type MethodCode } from '../profile/deidentificationMethod.js';
import { outputTag } from '../dicom/outputDataset.js';
import { randomUid } from '../profile/uidMapper.js';
import { verifyMasks, type MaskVerification } from '../verify/verifyMasks.js';
import { preparePixelChange, type PixelSummary } from './pixelPipeline.js';
import type { ObjectPixelPlan } from './pixelPlan.js';
import { PEITTO_IMPLEMENTATION_CLASS_UID, PEITTO_IMPLEMENTATION_VERSION_NAME } from '../version.js';

/** Counts of outcomes, overall and per content category, for the report. */
export type OutcomeCounts = Record<Outcome, number>;
export type CategoryCounts = Partial<Record<ContentCategory, OutcomeCounts>>;

export interface ExportedObject {
  readonly source: string;
  /** Path inside the export, e.g. "S0001/SE0001/IM0001.dcm". */
  readonly file: string;
  readonly size: number;
  readonly sopClassUid: string;
  readonly transferSyntaxUid: string;
  readonly outcomes: OutcomeCounts;
  readonly byCategory: CategoryCounts;
  readonly methodCodes: readonly MethodCode[];
  /** What the pixel work did, when the plan changed this object's pixels. */
  readonly pixels?: PixelSummary;
  /** The re-check of the masks in the written file. */
  readonly maskVerification?: MaskVerification;
}

export const emptyOutcomes = (): OutcomeCounts => ({ kept: 0, replaced: 0, emptied: 0, removed: 0, cleaned: 0 });

export function countOutcomes(records: readonly ActionRecord[]): { outcomes: OutcomeCounts; byCategory: CategoryCounts } {
  const outcomes = emptyOutcomes();
  const byCategory: CategoryCounts = {};
  for (const r of records) {
    outcomes[r.outcome]++;
    (byCategory[r.category] ??= emptyOutcomes())[r.outcome]++;
  }
  return { outcomes, byCategory };
}

export interface ObjectExportContext {
  readonly run: Omit<ProfileRun, 'patientLabel' | 'topLevel' | 'overrides'>;
  readonly patientLabel: string;
  readonly methodText: readonly string[];
  /** The plan's pixel work for this object, when its pixels change. */
  readonly pixels?: ObjectPixelPlan;
  /** Follows the output file as it is written (the export's SHA-256, digestFollower.ts). */
  readonly writeObserver?: WriteObserver;
  /**
   * Folders this export has made already, so that a series costs one mkdir, not one per object. Kept per export:
   * the app runs many exports in one process, and a folder made for an earlier one may have been deleted since.
   */
  readonly madeFolders: Set<string>;
}

function ensureFolder(dir: string, made: Set<string>): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

const SOP_CLASS_UID = 0x00080016;
const SOP_INSTANCE_UID = 0x00080018;

/** PS3.10 7.1 file meta for an exported object; Media Storage SOP Instance UID is the new SOP Instance UID. */
function fileMeta(sopClassUid: string, sopInstanceUid: string, transferSyntaxUid: string): OutputElement[] {
  return [
    { kind: 'value', tag: 0x00020001, vr: 'OB', bytes: Uint8Array.of(0x00, 0x01) },
    stringOutput(0x00020002, 'UI', [sopClassUid]),
    stringOutput(0x00020003, 'UI', [sopInstanceUid]),
    stringOutput(0x00020010, 'UI', [transferSyntaxUid]),
    stringOutput(0x00020012, 'UI', [PEITTO_IMPLEMENTATION_CLASS_UID]),
    stringOutput(0x00020013, 'SH', [PEITTO_IMPLEMENTATION_VERSION_NAME]),
  ];
}

/**
 * Reads one source object, applies the profile and writes the anonymised copy under `outDir/file` atomically.
 * Throws (with a reason) when the object cannot be written faithfully; other objects are unaffected.
 */
export async function exportObject(
  indexed: IndexedObject,
  outDir: string,
  file: string,
  ctx: ObjectExportContext,
): Promise<ExportedObject & { records: ActionRecord[] }> {
  const object = readDicomFile(indexed.path);
  try {
    const change = ctx.pixels ? await preparePixelChange(object, ctx.pixels) : undefined;
    const codes = methodCodes(ctx.run.options, change?.methods);
    const topLevel = new Map<Tag, TopLevelValue>(change?.topLevel);
    const rule = 'Peitto: records the de-identification (PS3.3 C.7.1.1, C.7.6.1)';
    for (const element of deidentificationElements(ctx.methodText, codes)) topLevel.set(outputTag(element), { output: element, rule });
    for (const tag of DEIDENTIFICATION_TAGS) if (!topLevel.has(tag)) topLevel.set(tag, { output: undefined, rule });
    const source = indexed.sopInstanceUid || randomUid();
    // Well-known SOP instances (e.g. the standard colour palettes, PS3.6 Annex A) keep their UID, as in the data set.
    const sopInstanceUid = ctx.run.isWellKnownUid(source) ? source : ctx.run.uids.map(source);
    // SOP Class and Instance UIDs are Type 1 (PS3.3 C.12.1): objects that carry them only in the file meta get
    // them in the data set too.
    if (!object.dataset.some((e) => e.tag === SOP_INSTANCE_UID)) {
      topLevel.set(SOP_INSTANCE_UID, { output: stringOutput(SOP_INSTANCE_UID, 'UI', [sopInstanceUid]), rule: 'Peitto: SOP Instance UID was only in the file meta' });
    }
    if (!object.dataset.some((e) => e.tag === SOP_CLASS_UID)) {
      topLevel.set(SOP_CLASS_UID, { output: stringOutput(SOP_CLASS_UID, 'UI', [indexed.sopClassUid]), rule: 'Peitto: SOP Class UID was only in the file meta' });
    }
    const { dataset, records } = applyProfile(object, {
      ...ctx.run,
      patientLabel: ctx.patientLabel,
      topLevel,
      ...(change ? { overrides: change.overrides } : {}),
    });

    const transferSyntaxUid = change?.transferSyntaxUid ?? (object.transferSyntax.encapsulated ? object.transferSyntax.uid : EXPLICIT_VR_LITTLE_ENDIAN);
    const path = join(outDir, file);
    ensureFolder(dirname(path), ctx.madeFolders);
    const written = await writeDicomFile(path, fileMeta(indexed.sopClassUid, sopInstanceUid, transferSyntaxUid), dataset, object.source, ctx.writeObserver);
    const { outcomes, byCategory } = countOutcomes(records);
    const maskVerification = change?.maskCheck ? await verifyMasks(path, change.maskCheck) : undefined;
    return {
      ...(change ? { pixels: change.summary } : {}),
      ...(maskVerification ? { maskVerification } : {}),
      source: indexed.path,
      file,
      size: written.size,
      sopClassUid: indexed.sopClassUid,
      transferSyntaxUid,
      outcomes,
      byCategory,
      methodCodes: codes,
      records,
    };
  } finally {
    object.close();
  }
}
