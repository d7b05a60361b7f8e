import type { RiskFlag } from '../assessment/riskFlags.js';
import type { Plan } from '../plan/plan.js';
import type { ContentCategory, Outcome } from '../profile/actionRecord.js';
import { methodCodes } from '../profile/deidentificationMethod.js';
import { PEITTO_VERSION, PROFILE_VERSION } from '../version.js';
import { emptyOutcomes, type OutcomeCounts } from './exportObject.js';
import { sopClassLabel } from './refusal.js';
import type { ExportResult } from './runExport.js';

/**
 * assessment.json as the engine writes it after every export: what was released and how, with no personal data
 * (no source paths, names, IDs, dates or original UIDs; refusals and failures are numbered, not named).
 */
export interface ExportReport {
  readonly format: 'peitto-export-report';
  readonly formatVersion: 1;
  readonly release: {
    readonly exportId: string;
    readonly createdAt: string;
    readonly status: 'complete' | 'interrupted';
    readonly peittoVersion: string;
    readonly profileVersion: string;
  };
  readonly profile: {
    readonly options: Plan['profile'];
    readonly methodCodes: readonly { readonly code: string; readonly scheme: 'DCM'; readonly meaning: string }[];
    readonly identifierMode: Plan['identifiers']['mode'];
    readonly keyHolder?: string;
    readonly supplementaryFields: readonly string[];
  };
  readonly counts: {
    readonly inputsIndexed: number;
    readonly exported: number;
    readonly refused: number;
    readonly failed: number;
    readonly notDicom: number;
    readonly unreadable: number;
    readonly patients: number;
    readonly studies: number;
    readonly series: number;
    readonly frames: number;
  };
  readonly actions: {
    readonly total: OutcomeCounts;
    readonly byCategory: Partial<Record<ContentCategory, OutcomeCounts>>;
  };
  readonly objects: readonly {
    readonly file: string;
    readonly sha256: string;
    readonly size: number;
    readonly sopClass: string;
    readonly transferSyntaxUid: string;
    readonly actions: OutcomeCounts;
    readonly flags: readonly RiskFlag[];
  }[];
  readonly refusals: readonly { readonly number: number; readonly sopClass: string; readonly reason: string }[];
  readonly failures: readonly { readonly number: number; readonly reason: string }[];
  readonly flags: readonly { readonly file: string; readonly risk: string; readonly reason: RiskFlag['reason']; readonly status: 'unreviewed' | 'masked' }[];
  readonly verification: {
    readonly passed: boolean;
    readonly identifiersChecked: number;
    readonly filesScanned: number;
    readonly bytesScanned: number;
    readonly hits: number;
    readonly filesWithHits: readonly string[];
  };
}

/** Removes a source path from a message so that the report never names where data came from. */
const withoutPath = (reason: string, path: string): string => reason.split(path).join('(source)');

export function buildExportReport(result: ExportResult, plan: Plan, createdAt: Date): ExportReport {
  const total = emptyOutcomes();
  const byCategory: Partial<Record<ContentCategory, OutcomeCounts>> = {};
  for (const object of result.exported) {
    for (const outcome of Object.keys(total) as Outcome[]) total[outcome] += object.outcomes[outcome];
    for (const [category, counts] of Object.entries(object.byCategory) as [ContentCategory, OutcomeCounts][]) {
      const into = (byCategory[category] ??= emptyOutcomes());
      for (const outcome of Object.keys(into) as Outcome[]) into[outcome] += counts[outcome];
    }
  }
  const flagsByFile = new Map(result.flagged.map((f) => [f.file, f.flags]));
  const rows = result.manifestRows;
  return {
    format: 'peitto-export-report',
    formatVersion: 1,
    release: {
      exportId: result.exportId,
      createdAt: createdAt.toISOString(),
      status: result.status,
      peittoVersion: PEITTO_VERSION,
      profileVersion: PROFILE_VERSION,
    },
    profile: {
      options: plan.profile,
      methodCodes: methodCodes(plan.profile).map((c) => ({ code: c.code, scheme: 'DCM' as const, meaning: c.meaning })),
      identifierMode: plan.identifiers.mode,
      ...(plan.identifiers.mode === 'pseudonymous' && plan.identifiers.keyHolder ? { keyHolder: plan.identifiers.keyHolder } : {}),
      supplementaryFields: plan.supplementary.fields,
    },
    counts: {
      inputsIndexed: result.exported.length + result.refused.length + result.failed.length,
      exported: result.exported.length,
      refused: result.refused.length,
      failed: result.failed.length,
      notDicom: result.notDicom.length,
      unreadable: result.scanProblems.length,
      patients: new Set(rows.map((r) => r.patient)).size,
      studies: new Set(rows.map((r) => r.study)).size,
      series: new Set(rows.map((r) => r.series)).size,
      frames: rows.reduce((n, r) => n + r.frames, 0),
    },
    actions: { total, byCategory },
    objects: result.exported.map((o) => ({
      file: o.file,
      sha256: o.sha256,
      size: o.size,
      sopClass: sopClassLabel(o.sopClassUid),
      transferSyntaxUid: o.transferSyntaxUid,
      actions: o.outcomes,
      flags: flagsByFile.get(o.file) ?? [],
    })),
    refusals: result.refused.map((r, i) => ({ number: i + 1, sopClass: sopClassLabel(r.sopClassUid), reason: withoutPath(r.reason, r.source) })),
    failures: result.failed.map((f, i) => ({ number: i + 1, reason: withoutPath(f.reason, f.source) })),
    flags: result.flagged.flatMap((f) =>
      f.flags.map((flag) => ({
        file: f.file,
        risk: flag.risk,
        reason: flag.reason,
        status: flag.risk === 'burned-in-text' && f.burnedInTextMasked ? ('masked' as const) : ('unreviewed' as const),
      })),
    ),
    verification: {
      passed: result.verification.passed,
      identifiersChecked: result.verification.identifiersChecked,
      filesScanned: result.verification.filesScanned,
      bytesScanned: result.verification.bytesScanned,
      hits: result.verification.hits.length,
      filesWithHits: [...new Set(result.verification.hits.map((h) => (h.inPath ? '(path)' : h.file)))],
    },
  };
}
