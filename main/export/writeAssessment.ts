import { join } from 'node:path';
import type { AssessmentPreview } from '../api/contract.js';
import { ASSESSMENT_SCHEMA_ID } from '../assessment/assessmentSchema.js';
import type { AssessmentSheet } from '../assessment/assessmentSheet.js';
import { buildAssessmentSheet, type AssessedObject } from '../assessment/buildAssessmentSheet.js';
import { renderAssessmentPdf } from '../assessment/pdf/renderAssessmentPdf.js';
import { renderThumbnail } from '../assessment/renderThumbnail.js';
import type { IndexedObject } from '../catalog/indexedObject.js';
import { readDicomFile } from '../dicom/readDicomFile.js';
import type { Plan, SupplementaryPlan } from '../plan/plan.js';
import type { Verifier } from '../verify/verifyExport.js';
import type { ExportLayout } from './exportLayout.js';
import { sopClassLabel } from './refusal.js';
import type { ExportResult } from './runExport.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { STAFF_AND_INSTITUTION } from '../verify/staffAttributes.js';

/** At most this many thumbnails of masked images go into the sheet (one per masked series first). */
const MAX_THUMBNAILS = 12;

/** assessment.json: the sheet, thumbnails by name only, and what happened to each object. */
export interface AssessmentDocument extends Omit<AssessmentSheet, 'pixels'> {
  /** The published schema this file follows (assessmentSchema.ts; `deid assessment --schema`). */
  readonly $schema: typeof ASSESSMENT_SCHEMA_ID;
  readonly pixels: Omit<AssessmentSheet['pixels'], 'thumbnails'> & {
    readonly thumbnails: readonly { readonly file: string; readonly width: number; readonly height: number }[];
  };
  /** Per object: the output file, its SOP class, how many attributes were kept/replaced/emptied/removed/cleaned, its flags. */
  readonly objects: readonly {
    readonly file: string;
    readonly sopClass: string;
    readonly actions: Readonly<Record<string, number>>;
    readonly flags: readonly { readonly risk: string; readonly status: 'unreviewed' | 'masked' }[];
  }[];
}

/** Outputs that read back as DICOM (the file meta, the data set and the pixel description). */
function validate(outDir: string, files: readonly string[]): { files: number; valid: number } {
  let valid = 0;
  for (const file of files) {
    try {
      readDicomFile(join(outDir, file)).close();
      valid++;
    } catch {
      // counted as not valid
    }
  }
  return { files: files.length, valid };
}

export class AssessmentWriteError extends Error {}

/**
 * Writes assessment.json and assessment.pdf. Both are made from data that holds no personal data (neutral labels,
 * counts, codes, the operator's checked texts), and the JSON is searched for the sources' identifiers once more
 * before anything is written: a hit stops the assessment from being written at all.
 */
export async function writeAssessment(args: {
  readonly result: ExportResult;
  readonly plan: Plan;
  readonly preview: AssessmentPreview;
  readonly verifier: Verifier;
  readonly layout: ExportLayout;
  readonly exportable: readonly IndexedObject[];
  readonly createdAt: Date;
  readonly released: SupplementaryPlan;
}): Promise<AssessmentSheet> {
  const { result, plan, layout } = args;
  const byPath = new Map(args.exportable.map((o) => [o.path, o]));
  const objects: AssessedObject[] = result.exported.map((exported) => {
    const indexed = byPath.get(exported.source)!;
    return { indexed, exported, series: layout.seriesLabel.get(indexed.seriesInstanceUid)! };
  });
  const thumbnails: { file: string; width: number; height: number; png: Uint8Array }[] = [];
  const maskedSeries = new Set<string>();
  for (const o of objects) {
    if (thumbnails.length >= MAX_THUMBNAILS) break;
    if (!o.exported.pixels || Object.keys(o.exported.pixels.masksByCategory).length === 0 || maskedSeries.has(o.series)) continue;
    maskedSeries.add(o.series);
    thumbnails.push({ file: o.exported.file, ...(await renderThumbnail(join(result.outDir, o.exported.file))) });
  }
  const sheet = buildAssessmentSheet({
    exportId: result.exportId,
    createdAt: args.createdAt,
    status: result.status,
    plan,
    preview: args.preview,
    objects,
    refused: result.refused,
    verification: result.verification,
    validation: validate(result.outDir, result.exported.map((e) => e.file)),
    thumbnails,
    seriesLabel: (uid) => layout.seriesLabel.get(uid) ?? '—',
    released: args.released,
  });
  const flagsOf = new Map(result.flagged.map((f) => [f.file, f]));
  const document: AssessmentDocument = {
    $schema: ASSESSMENT_SCHEMA_ID,
    ...sheet,
    pixels: { series: sheet.pixels.series, thumbnails: sheet.pixels.thumbnails.map(({ file, width, height }) => ({ file, width, height })) },
    objects: result.exported.map((e) => {
      const flagged = flagsOf.get(e.file);
      return {
        file: e.file,
        sopClass: sopClassLabel(e.sopClassUid),
        actions: e.outcomes,
        flags: (flagged?.flags ?? []).map((f) => ({
          risk: f.risk,
          status: f.risk === 'burned-in-text' && flagged?.burnedInTextMasked ? ('masked' as const) : ('unreviewed' as const),
        })),
      };
    }),
  };
  const json = `${JSON.stringify(document, null, 2)}\n`;
  // The names of who made and receives the release may match the sources' institution and staff attributes
  // (checkAssessment allowed that); everything else in the document must match nothing.
  const people = [sheet.release.organisation, sheet.release.operator, sheet.release.recipientName, sheet.signOff.reviewer ?? ''];
  // The schema's address is Peitto's own constant ("https", "peitto"…), not data: a source word equal to one of
  // its parts proves nothing.
  const { $schema: _schema, ...withoutSchema } = document;
  const withoutPeople: Omit<AssessmentDocument, '$schema'> = {
    ...withoutSchema,
    release: { ...document.release, organisation: '', operator: '', recipientName: '' },
    signOff: { operator: '' },
  };
  const hits = [
    ...args.verifier.scanText('assessment.json', JSON.stringify(withoutPeople, null, 2)),
    ...args.verifier.scanText('assessment.json', people.join('\n'), STAFF_AND_INSTITUTION),
  ].filter((h) => h.kind !== 'text' && h.kind !== 'private');
  if (hits.length > 0) {
    throw new AssessmentWriteError(`the assessment would contain ${hits.length} identifying value(s) of the sources; it was not written`);
  }
  const pdf = await renderAssessmentPdf(sheet);
  writeFileAtomic(result.outDir, 'assessment.json', json);
  writeFileAtomic(result.outDir, 'assessment.pdf', pdf);
  return sheet;
}
