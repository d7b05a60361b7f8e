/**
 * Rough age groups for the supplementary table: the guideline allows "the patient's rough age group" beside
 * anonymous images, never the exact age or birth date.
 */

/** Age in whole years from Patient's Age (AS "045Y", "006M", "010W", "003D") or from birth date and study date. */
export function ageInYears(patientAge: string, birthDate: string, referenceDate: string): number | undefined {
  const as = /^(\d{3})([DWMY])$/.exec(patientAge.trim().toUpperCase());
  if (as) {
    const n = Number(as[1]);
    const perYear = { D: 365.25, W: 52.1775, M: 12, Y: 1 }[as[2] as 'D' | 'W' | 'M' | 'Y'];
    return Math.floor(n / perYear);
  }
  const b = /^(\d{4})(\d{2})(\d{2})/.exec(birthDate.trim());
  const r = /^(\d{4})(\d{2})(\d{2})/.exec(referenceDate.trim());
  if (!b || !r) return undefined;
  let years = Number(r[1]) - Number(b[1]);
  if (Number(r[2]) * 100 + Number(r[3]) < Number(b[2]) * 100 + Number(b[3])) years--;
  return years >= 0 && years < 150 ? years : undefined;
}

/** "40-49" for width 10; ages at or over `topCode` collapse into one band ("90+"); "" when unknown. */
export function ageBand(age: number | undefined, width: number, topCode: number): string {
  if (age === undefined) return '';
  if (age >= topCode) return `${topCode}+`;
  const low = Math.floor(age / width) * width;
  const high = Math.min(low + width - 1, topCode - 1);
  return `${low}-${high}`;
}
