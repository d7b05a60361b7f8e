import type { SupplementaryField, SupplementaryPlan } from '../plan/plan.js';

/** One row of manifest.csv: the neutral labels of an exported object and the general fields the plan attaches. */
export interface ManifestRow {
  readonly file: string;
  readonly patient: string;
  readonly study: string;
  readonly series: string;
  readonly sopClass: string;
  readonly frames: number;
  readonly ageBand: string;
  readonly sex: string;
  readonly modality: string;
  readonly bodyPart: string;
  readonly findingClass: string;
}

const COLUMN: Record<SupplementaryField, { readonly header: string; readonly value: (r: ManifestRow) => string }> = {
  ageBand: { header: 'age_band', value: (r) => r.ageBand },
  sex: { header: 'sex', value: (r) => r.sex },
  modality: { header: 'modality', value: (r) => r.modality },
  bodyPart: { header: 'body_part', value: (r) => r.bodyPart },
  findingClass: { header: 'finding_class', value: (r) => r.findingClass },
};

/** The operator's finding class of each series, by Series Instance UID. */
export const findingClassOf = (plan: SupplementaryPlan): ((seriesInstanceUid: string) => string) => {
  const classes = new Map((plan.findingClasses ?? []).map((c) => [c.seriesInstanceUID, c.findingClass.trim()]));
  return (series) => classes.get(series) ?? '';
};

/** Every column name manifest.csv can have (Peitto's own words, not data). */
export const MANIFEST_HEADERS: readonly string[] = ['file', 'patient', 'study', 'series', 'sop_class', 'frames', ...Object.values(COLUMN).map((c) => c.header)];

/** RFC 4180 field quoting. */
const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * manifest.csv: the supplementary table the guideline allows beside anonymous images (rough age group and other
 * general information), with only the fields the plan chose.
 */
export function manifestCsv(rows: readonly ManifestRow[], plan: SupplementaryPlan): string {
  const fields = plan.fields;
  const header = [...MANIFEST_HEADERS.slice(0, 6), ...fields.map((f) => COLUMN[f].header)];
  const lines = [header.join(',')];
  for (const r of rows) {
    const values = [r.file, r.patient, r.study, r.series, r.sopClass, String(r.frames), ...fields.map((f) => COLUMN[f].value(r))];
    lines.push(values.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Sex as the manifest states it: the PS3.3 C.7.1.1 enumerated values only, anything else blank. */
export const manifestSex = (sex: string): string => (['M', 'F', 'O'].includes(sex.trim().toUpperCase()) ? sex.trim().toUpperCase() : '');
