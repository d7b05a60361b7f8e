import type { AssessmentPreview } from '../api/contract.js';
import type { IndexedObject } from '../catalog/indexedObject.js';
import { ageInYears } from '../export/ageBand.js';
import { findingClassOf, manifestSex } from '../export/manifest.js';
import { refusalReason } from '../export/refusal.js';
import type { Plan, SupplementaryField, SupplementaryPlan } from '../plan/plan.js';
import type { SmallNumbersSection } from './assessmentSheet.js';
import { buildRiskChecklist } from './riskChecklist.js';
import { checkSmallNumbers, countViolations, type PersonValues } from './smallNumbers.js';

/** The general values each exported object releases, with its person (for counting, never released). */
export function personValues(objects: readonly IndexedObject[], supplementary: SupplementaryPlan): PersonValues[] {
  const findingClass = findingClassOf(supplementary);
  return objects.map((o) => ({
    person: o.patientKey,
    age: ageInYears(o.patientAge, o.patientBirthDate, o.studyDate),
    values: { sex: manifestSex(o.patientSex), modality: o.modality, bodyPart: o.bodyPartExamined, findingClass: findingClass(o.seriesInstanceUid) },
  }));
}

/**
 * The small-numbers check of the plan's released fields, and what is actually released: with an override the
 * plan's fields as they are; without one, a violation is resolved by the cheapest generalisation that leaves no
 * group under k (widen the age band, else withhold fields, fewest first), so nothing under k leaves unannounced.
 */
export function smallNumbersFor(objects: readonly IndexedObject[], plan: Plan): { section: SmallNumbersSection; released: SupplementaryPlan } {
  const rows = personValues(objects, plan.supplementary);
  const bands = { width: plan.supplementary.ageBandWidth, topCode: plan.supplementary.ageTopCode };
  const result = checkSmallNumbers(rows, plan.supplementary.fields, plan.assessment.k, bands);
  if (plan.assessment.smallNumbersOverride) return { section: { ...result, override: plan.assessment.smallNumbersOverride }, released: plan.supplementary };
  if (result.violations === 0) return { section: result, released: plan.supplementary };
  const widen = result.suggestions.find((s) => s.action === 'widen-age-band');
  if (widen && widen.action === 'widen-age-band') {
    return {
      section: { ...result, applied: { ageBandWidth: widen.width, withheldFields: [], violationsAfter: 0 } },
      released: { ...plan.supplementary, ageBandWidth: widen.width },
    };
  }
  let fields = [...plan.supplementary.fields];
  const withheld: SupplementaryField[] = [];
  while (fields.length > 0 && countViolations(rows, fields, plan.assessment.k, bands) > 0) {
    // Withhold the field whose removal leaves the fewest small groups (ties: the last listed, the least general).
    const ranked = fields
      .map((f) => ({ f, left: countViolations(rows, fields.filter((x) => x !== f), plan.assessment.k, bands) }))
      .sort((a, b) => a.left - b.left || fields.indexOf(b.f) - fields.indexOf(a.f));
    const drop = ranked[0]!.f;
    withheld.push(drop);
    fields = fields.filter((f) => f !== drop);
  }
  return {
    section: { ...result, applied: { withheldFields: withheld, violationsAfter: 0 } },
    released: { ...plan.supplementary, fields },
  };
}

/**
 * The risk checklist and the small-numbers check for the objects a plan would export, and what blocks the
 * export: a raised risk without a decision. (A group smaller than k without an override does not block: the
 * export releases the generalised fields, see smallNumbersFor.)
 */
export function previewAssessment(objects: readonly IndexedObject[], plan: Plan): AssessmentPreview {
  const exported = objects.filter((o) => refusalReason(o) === undefined);
  const risks = buildRiskChecklist(exported, plan);
  const smallNumbers = smallNumbersFor(exported, plan).section;
  const blocking: AssessmentPreview['blocking'][number][] = [];
  for (const line of risks) {
    if (line.status === 'undecided' && line.risk !== 'varying-measurement' && line.risk !== 'amount-of-data') {
      blocking.push({ kind: 'undecided-risk', risk: line.risk, series: line.undecidedSeries });
    }
  }
  return { risks, smallNumbers, blocking };
}
