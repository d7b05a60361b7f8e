import { createHash } from 'node:crypto';
import type { AssessmentPreview } from '../api/contract.js';
import type { IndexedObject } from '../catalog/indexedObject.js';
import type { ExportedObject } from '../export/exportObject.js';
import { sopClassLabel, type RefusalCode } from '../export/refusal.js';
import type { MaskCategory, Plan, SupplementaryPlan } from '../plan/plan.js';
import { CID_7050, methodCodes } from '../profile/deidentificationMethod.js';
import type { ContentCategory, Outcome } from '../profile/actionRecord.js';
import type { VerificationResult } from '../verify/verifyExport.js';
import { PEITTO_VERSION, PROFILE_VERSION } from '../version.js';
import type { AssessmentSheet, RiskEntry, SeriesPixels } from './assessmentSheet.js';

/** One written object with its source's index entry and its neutral series label. */
export interface AssessedObject {
  readonly indexed: IndexedObject;
  /** The written object and the SHA-256 of its file. */
  readonly exported: ExportedObject & { readonly sha256: string };
  readonly series: string;
}

export interface AssessmentInputs {
  readonly exportId: string;
  readonly createdAt: Date;
  readonly status: 'complete' | 'interrupted';
  readonly plan: Plan;
  readonly preview: AssessmentPreview;
  readonly objects: readonly AssessedObject[];
  readonly refused: readonly { readonly sopClassUid: string; readonly reason: RefusalCode }[];
  readonly verification: VerificationResult;
  readonly validation: { readonly files: number; readonly valid: number };
  readonly thumbnails: AssessmentSheet['pixels']['thumbnails'];
  readonly seriesLabel: (seriesInstanceUid: string) => string;
  /** The general fields actually released (after any small-numbers generalisation). */
  /** The general fields manifest.csv carries, after any small-numbers generalisation. */
  readonly released: SupplementaryPlan;
}

const count = <K extends string>(keys: Iterable<K>): Map<K, number> => {
  const out = new Map<K, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
};

/** "2026-11-23T10:15:00+02:00": local time with its offset (a sheet is read by people in that time zone). */
function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const OUTCOMES: readonly Exclude<Outcome, never>[] = ['removed', 'emptied', 'replaced', 'cleaned', 'kept'];

function identifiersSection(inputs: AssessmentInputs): AssessmentSheet['identifiers'] {
  const { plan } = inputs;
  const totals = new Map<ContentCategory, Record<Outcome, number>>();
  for (const { exported } of inputs.objects) {
    for (const [category, counts] of Object.entries(exported.byCategory) as [ContentCategory, Record<Outcome, number>][]) {
      const into = totals.get(category) ?? { kept: 0, replaced: 0, emptied: 0, removed: 0, cleaned: 0 };
      for (const o of OUTCOMES) into[o] += counts[o];
      totals.set(category, into);
    }
  }
  const pixelMethods = {
    cleanPixelData: inputs.objects.some((o) => o.exported.methodCodes.some((c) => c.code === CID_7050.cleanPixelData.code)),
    cleanVisualFeatures: inputs.objects.some((o) => o.exported.methodCodes.some((c) => c.code === CID_7050.cleanVisualFeatures.code)),
  };
  return {
    options: plan.profile,
    methodCodes: methodCodes(plan.profile, pixelMethods).map((c) => ({ code: c.code, meaning: c.meaning })),
    actions: [...totals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, c]) => ({ category, removed: c.removed, emptied: c.emptied, replaced: c.replaced, cleaned: c.cleaned, kept: c.kept })),
    mode: plan.identifiers.mode,
    ...(plan.identifiers.mode === 'pseudonymous' ? { keyHolder: plan.identifiers.keyHolder ?? '' } : {}),
  };
}

function pixelsSection(inputs: AssessmentInputs): AssessmentSheet['pixels'] {
  const bySeries = new Map<string, AssessedObject[]>();
  for (const o of inputs.objects) bySeries.set(o.series, [...(bySeries.get(o.series) ?? []), o]);
  const series: SeriesPixels[] = [...bySeries.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, members]) => {
      const first = members[0]!;
      const regions = new Map<MaskCategory, number>();
      let masked = 0;
      for (const m of members) {
        const byCategory = m.exported.pixels?.masksByCategory ?? {};
        if (Object.keys(byCategory).length > 0) masked++;
        for (const [category, n] of Object.entries(byCategory) as [MaskCategory, number][]) regions.set(category, (regions.get(category) ?? 0) + n);
      }
      const rows = first.indexed.rows ?? 0;
      const columns = first.indexed.columns ?? 0;
      const spacing = first.indexed.pixelSpacing;
      const after = first.exported.pixels?.after ?? { rows, columns };
      const ratio = (a: number, b: number): number => (b > 0 ? a / b : 1);
      const cropped = first.exported.pixels?.cropped ?? false;
      // Spacing after: the source spacing times the source pixels per output pixel (of the kept area).
      const kept = first.exported.pixels?.kept ?? { rows, columns };
      const afterSpacing = spacing ? ([spacing[0] * ratio(kept.rows, after.rows), spacing[1] * ratio(kept.columns, after.columns)] as const) : undefined;
      return {
        series: label,
        modality: first.indexed.modality,
        images: members.length,
        maskedImages: masked,
        masksByCategory: [...regions.entries()].map(([category, n]) => ({ category, regions: n })),
        before: { rows, columns, ...(spacing ? { spacing } : {}) },
        after: { rows: after.rows, columns: after.columns, ...(afterSpacing ? { spacing: afterSpacing } : {}) },
        cropped,
      };
    });
  return { series, thumbnails: inputs.thumbnails };
}

function riskEntries(inputs: AssessmentInputs): RiskEntry[] {
  const out: RiskEntry[] = [];
  for (const line of inputs.preview.risks) {
    const base = { risk: line.risk, raised: line.raised, objects: line.objects, reasons: line.reasons };
    if (line.decisions.length === 0) {
      out.push({ ...base, scope: 'all' });
      continue;
    }
    for (const d of line.decisions) {
      const scope = d.scope === 'all' ? ('all' as const) : [inputs.seriesLabel(d.scope.seriesInstanceUID)];
      out.push({ ...base, decision: d.decision, justification: d.justification, scope });
    }
  }
  return out;
}

/** The assessment of one export as data (the JSON file, and what the PDF renders), with no personal data. */
export function buildAssessmentSheet(inputs: AssessmentInputs): AssessmentSheet {
  const { plan } = inputs;
  const patients = new Set(inputs.objects.map((o) => o.indexed.patientKey)).size;
  const studies = new Set(inputs.objects.map((o) => o.series.split('/')[0])).size;
  const modalities = new Map<string, { objects: number; frames: number }>();
  for (const { indexed } of inputs.objects) {
    const m = modalities.get(indexed.modality) ?? { objects: 0, frames: 0 };
    modalities.set(indexed.modality, { objects: m.objects + 1, frames: m.frames + indexed.numberOfFrames });
  }
  const outputs = inputs.objects
    .map((o) => ({ file: o.exported.file, sha256: o.exported.sha256 }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const digest = createHash('sha256')
    .update(outputs.map((o) => `${o.sha256}  ${o.file}\n`).join(''))
    .digest('hex');
  const masks = inputs.objects.map((o) => o.exported.maskVerification).filter((m) => m !== undefined);
  return {
    format: 'peitto-assessment',
    formatVersion: 1,
    language: plan.assessment.language,
    release: {
      exportId: inputs.exportId,
      createdAt: localIso(inputs.createdAt),
      status: inputs.status,
      peittoVersion: PEITTO_VERSION,
      profileVersion: PROFILE_VERSION,
      organisation: plan.assessment.organisation,
      operator: plan.assessment.operator,
      reference: plan.assessment.reference,
      recipient: plan.assessment.recipient,
      recipientName: plan.assessment.recipientName ?? '',
    },
    data: {
      patients,
      studies,
      series: new Set(inputs.objects.map((o) => o.series)).size,
      objects: inputs.objects.length,
      frames: inputs.objects.reduce((n, o) => n + o.indexed.numberOfFrames, 0),
      byModality: [...modalities.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([modality, m]) => ({ modality, ...m })),
      byBodyPart: [...count(inputs.objects.map((o) => o.indexed.bodyPartExamined)).entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([bodyPart, objects]) => ({ bodyPart, objects })),
      supplementaryFields: inputs.released.fields.map((field) => ({ field, justification: plan.assessment.fieldJustifications[field] ?? '' })),
      ...(inputs.released.fields.includes('ageBand') ? { ageBand: { width: inputs.released.ageBandWidth, topCode: inputs.released.ageTopCode } } : {}),
      refused: inputs.refused.map((r, i) => ({ number: i + 1, sopClass: sopClassLabel(r.sopClassUid), reason: r.reason })),
    },
    identifiers: identifiersSection(inputs),
    pixels: pixelsSection(inputs),
    risks: riskEntries(inputs),
    smallNumbers: inputs.preview.smallNumbers,
    verification: {
      passed: inputs.verification.passed,
      identifiersChecked: inputs.verification.identifiersChecked,
      filesScanned: inputs.verification.filesScanned,
      bytesScanned: inputs.verification.bytesScanned,
      hits: inputs.verification.hits.length,
      maskChecks: {
        objects: masks.length,
        frames: masks.reduce((n, m) => n + m.frames, 0),
        failures: masks.reduce((n, m) => n + (m.failures > 0 ? 1 : 0), 0),
      },
      validation: inputs.validation,
      outputs,
      outputsDigest: digest,
    },
    signOff: { operator: plan.assessment.operator, ...(plan.assessment.reviewer ? { reviewer: plan.assessment.reviewer } : {}) },
  };
}
