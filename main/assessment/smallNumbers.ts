import type { SupplementaryField } from '../plan/plan.js';
import type { SmallNumbersSection } from './assessmentSheet.js';

/** One released object's general values and the person it belongs to (never released: used for counting only). */
export interface PersonValues {
  readonly person: string;
  /** Age in whole years, from which bands of any width are derived. */
  readonly age: number | undefined;
  readonly values: Readonly<Partial<Record<Exclude<SupplementaryField, 'ageBand'>, string>>>;
}

export interface BandSettings {
  readonly width: number;
  readonly topCode: number;
}

const band = (age: number | undefined, { width, topCode }: BandSettings): string => {
  if (age === undefined) return '';
  if (age >= topCode) return `${topCode}+`;
  const low = Math.floor(age / width) * width;
  return `${low}-${Math.min(low + width - 1, topCode - 1)}`;
};

interface Grouping {
  readonly groups: Map<string, { values: Partial<Record<SupplementaryField, string>>; persons: Set<string> }>;
}

/** Groups the released combinations of general values, counting distinct persons in each. */
function group(rows: readonly PersonValues[], fields: readonly SupplementaryField[], bands: BandSettings): Grouping {
  const groups: Grouping['groups'] = new Map();
  for (const row of rows) {
    const values: Partial<Record<SupplementaryField, string>> = {};
    for (const field of fields) values[field] = field === 'ageBand' ? band(row.age, bands) : (row.values[field] ?? '');
    const key = JSON.stringify(fields.map((f) => values[f]));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { values, persons: new Set() }));
    g.persons.add(row.person);
  }
  return { groups };
}

const violations = (g: Grouping, k: number): number => [...g.groups.values()].filter((x) => x.persons.size < k).length;

/** How many combinations of the released values cover fewer than k persons. */
export const countViolations = (rows: readonly PersonValues[], fields: readonly SupplementaryField[], k: number, bands: BandSettings): number =>
  fields.length === 0 ? 0 : violations(group(rows, fields, bands), k);

/**
 * The small-numbers rule (Norwegian guidance on indirectly identifying data: a combination of attributes must not
 * point to fewer than five persons; widen the parameters until every group holds at least five): every
 * combination of the released general fields must cover at least k persons. Reports the smallest groups and, when
 * some are smaller than k, the generalisations that fix it: a wider age band (the narrowest that works, up to one
 * band for everyone below the top code), or dropping one field.
 */
export function checkSmallNumbers(
  rows: readonly PersonValues[],
  fields: readonly SupplementaryField[],
  k: number,
  bands: BandSettings,
  shown = 10,
): Omit<SmallNumbersSection, 'override'> {
  if (fields.length === 0) return { k, fields, groups: 0, smallest: [], violations: 0, suggestions: [] };
  const grouping = group(rows, fields, bands);
  const sorted = [...grouping.groups.values()].sort((a, b) => a.persons.size - b.persons.size);
  const count = violations(grouping, k);
  const suggestions: SmallNumbersSection['suggestions'][number][] = [];
  if (count > 0) {
    if (fields.includes('ageBand')) {
      for (let width = bands.width + 5; width <= bands.topCode; width += 5) {
        if (violations(group(rows, fields, { ...bands, width }), k) === 0) {
          suggestions.push({ action: 'widen-age-band', width });
          break;
        }
      }
    }
    for (const field of fields) {
      const fewer = fields.filter((f) => f !== field);
      if (fewer.length === 0 || violations(group(rows, fewer, bands), k) === 0) suggestions.push({ action: 'drop-field', field });
    }
  }
  return {
    k,
    fields,
    groups: grouping.groups.size,
    smallest: sorted.slice(0, shown).map((g) => ({ values: g.values, persons: g.persons.size })),
    violations: count,
    suggestions,
  };
}
