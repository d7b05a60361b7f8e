import { describe, expect, it } from 'vitest';
import { checkSmallNumbers, type PersonValues } from '../../main/assessment/smallNumbers.js';
import { smallNumbersFor } from '../../main/assessment/previewAssessment.js';
import { DEFAULT_PLAN, type Plan } from '../../main/plan/plan.js';
import { indexedObject } from '../support/indexedObject.js';

const BANDS = { width: 10, topCode: 90 };
const person = (id: string, age: number | undefined, sex = 'F', modality = 'CT'): PersonValues => ({ person: id, age, values: { sex, modality } });

describe('the small-numbers check', () => {
  it('counts persons, not objects, in each combination of released values', () => {
    // One person with many images is still one person.
    const rows = [...Array.from({ length: 40 }, () => person('A', 41)), person('B', 45), person('C', 47), person('D', 43), person('E', 44)];
    const result = checkSmallNumbers(rows, ['ageBand', 'sex'], 5, BANDS);
    expect(result).toMatchObject({ groups: 1, violations: 0, suggestions: [] });
    expect(result.smallest).toEqual([{ values: { ageBand: '40-49', sex: 'F' }, persons: 5 }]);
    expect(checkSmallNumbers(rows, ['ageBand', 'sex'], 6, BANDS).violations).toBe(1);
  });

  it('puts everyone at or above the top code in one band, and reports an unknown age as its own empty value', () => {
    const rows = [person('A', 90), person('B', 104), person('C', 88), person('D', undefined)];
    const values = checkSmallNumbers(rows, ['ageBand'], 1, BANDS).smallest.map((g) => g.values.ageBand).sort();
    expect(values).toEqual(['', '80-89', '90+']);
  });

  it('suggests the narrowest wider age band that removes every small group, and the fields whose removal does', () => {
    // Ten persons spread over 20..39: 10-year bands give groups of 5, 5-year bands of 2 and 3.
    const rows = Array.from({ length: 10 }, (_, i) => person(`P${i}`, 20 + i * 2));
    const tight = checkSmallNumbers(rows, ['ageBand', 'modality'], 5, { width: 5, topCode: 90 });
    expect(tight.violations).toBeGreaterThan(0);
    expect(tight.suggestions).toEqual([{ action: 'widen-age-band', width: 10 }, { action: 'drop-field', field: 'ageBand' }]);
  });

  it('reports nothing to check when no general field is released', () => {
    expect(checkSmallNumbers([person('A', 30)], [], 5, BANDS)).toMatchObject({ groups: 0, violations: 0, smallest: [] });
  });
});

describe('what an export releases under the small-numbers rule', () => {
  // Ages 30, 32, … 48: five persons in each 10-year band, two or three in each 5-year band.
  const patients = (n: number, sex: (i: number) => string) =>
    Array.from({ length: n }, (_, i) =>
      indexedObject({ sopInstanceUid: `O${i}`, patientKey: `P${i}`, patientAge: `0${30 + 2 * i}Y`, patientSex: sex(i), modality: 'CT', bodyPartExamined: 'CHEST' }),
    );

  it('flags groups of two and three persons and fixes them by widening the age band, recorded as applied', () => {
    const plan: Plan = { ...DEFAULT_PLAN, supplementary: { fields: ['ageBand', 'modality'], ageBandWidth: 5, ageTopCode: 90 } };
    const { section, released } = smallNumbersFor(patients(10, () => 'F'), plan);
    expect(section.violations).toBe(4);
    expect(section.smallest.map((g) => g.persons).sort()).toEqual([2, 2, 3, 3]);
    expect(section.applied).toEqual({ ageBandWidth: 10, withheldFields: [], violationsAfter: 0 });
    expect(released).toEqual({ fields: ['ageBand', 'modality'], ageBandWidth: 10, ageTopCode: 90 });
  });

  it('withholds fields, the least useful first, when widening cannot help', () => {
    // Sex splits ten persons 9:1: no age band fixes the lone man, withholding sex does.
    const plan: Plan = { ...DEFAULT_PLAN, supplementary: { fields: ['ageBand', 'sex', 'modality'], ageBandWidth: 10, ageTopCode: 90 } };
    const { section, released } = smallNumbersFor(patients(10, (i) => (i === 0 ? 'M' : 'F')), plan);
    expect(section.applied).toEqual({ withheldFields: ['sex'], violationsAfter: 0 });
    expect(released.fields).toEqual(['ageBand', 'modality']);
  });

  it('counts the operator\'s finding class per series as a released value, and flags a class of three persons', () => {
    const objects = patients(10, () => 'F').map((o, i) => ({ ...o, seriesInstanceUid: `SE${i}` }));
    const findingClasses = objects.map((o, i) => ({ seriesInstanceUID: o.seriesInstanceUid, findingClass: i < 3 ? 'glioma' : 'normal' }));
    const plan: Plan = { ...DEFAULT_PLAN, supplementary: { fields: ['modality', 'findingClass'], ageBandWidth: 10, ageTopCode: 90, findingClasses } };
    const { section, released } = smallNumbersFor(objects, plan);
    expect(section.smallest[0]).toEqual({ values: { modality: 'CT', findingClass: 'glioma' }, persons: 3 });
    expect(section.violations).toBe(1);
    expect(section.applied).toEqual({ withheldFields: ['findingClass'], violationsAfter: 0 });
    expect(released.fields).toEqual(['modality']);
  });

  it('withholds every field when there are fewer persons than k', () => {
    const { section, released } = smallNumbersFor(patients(3, () => 'F'), DEFAULT_PLAN);
    expect(released.fields).toEqual([]);
    expect(section.applied?.withheldFields.slice().sort()).toEqual([...DEFAULT_PLAN.supplementary.fields].sort());
  });

  it('releases the plan as it is when the operator recorded an override', () => {
    const plan: Plan = { ...DEFAULT_PLAN, assessment: { ...DEFAULT_PLAN.assessment, smallNumbersOverride: { justification: 'permit allows it' } } };
    const { section, released } = smallNumbersFor(patients(3, () => 'F'), plan);
    expect(section.override).toEqual({ justification: 'permit allows it' });
    expect(section.applied).toBeUndefined();
    expect(released).toBe(plan.supplementary);
  });
});
