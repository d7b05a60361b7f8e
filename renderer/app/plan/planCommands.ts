import type { AssessedRisk, MaskCategory, MaskPlan, Plan, Resolution, RiskDecision } from '../../../main/api/contract.js';
import type { MaskChange } from '../masks/reconcileMasks.js';
import type { MaskTargetPlan } from '../masks/maskTargets.js';
import type { PlanCommand } from './planCommand.js';

/**
 * The edits the operator makes, as commands over the plan (one concept: "what the operator decides"). Each is
 * pure and names itself for the history; the plan types come from the contract, so the engine reads the result
 * as it is.
 */
type Assessment = Plan['assessment'];
type SupplementaryField = Plan['supplementary']['fields'][number];
type ProfileOption = keyof Plan['profile'];
type TextField = 'organisation' | 'operator' | 'reviewer' | 'reference' | 'recipientName';
type Scope = RiskDecision['scope'];

const withAssessment = (plan: Plan, patch: Partial<Assessment>): Plan => ({ ...plan, assessment: { ...plan.assessment, ...patch } });

const sameScope = (a: Scope, b: Scope): boolean =>
  a === 'all' ? b === 'all' : b !== 'all' && a.seriesInstanceUID === b.seriesInstanceUID;

const MASK_LABELS: Record<MaskChange, string> = {
  add: 'app.history.addMask',
  edit: 'app.history.editMask',
  delete: 'app.history.deleteMask',
};

/** The masks after an edit in the viewer (see reconcileMasks). */
export const replaceMasks = (masks: readonly MaskPlan[], change: MaskChange): PlanCommand => ({
  label: { key: MASK_LABELS[change] },
  apply: (plan) => ({ ...plan, masks }),
});

export const addMaskEntries = (entries: readonly MaskPlan[], label = 'app.history.addMask'): PlanCommand => ({
  label: { key: label },
  apply: (plan) => (entries.length === 0 ? plan : { ...plan, masks: [...plan.masks, ...entries] }),
});

const editShape = (plan: Plan, entry: number, shape: number, edit: (mask: MaskPlan) => MaskPlan[]): Plan => {
  const mask = plan.masks[entry];
  if (!mask || !mask.shapes[shape]) return plan;
  return { ...plan, masks: plan.masks.flatMap((m, i) => (i === entry ? edit(m) : [m])) };
};

const withoutShape = (mask: MaskPlan, shape: number): MaskPlan[] => {
  const shapes = mask.shapes.filter((_, i) => i !== shape);
  return shapes.length > 0 ? [{ ...mask, shapes } as MaskPlan] : [];
};

export const removeMaskShape = (entry: number, shape: number): PlanCommand => ({
  label: { key: 'app.history.deleteMask' },
  apply: (plan) => editShape(plan, entry, shape, (m) => withoutShape(m, shape)),
});

export const setMaskCategory = (entry: number, shape: number, category: MaskCategory): PlanCommand => ({
  label: { key: 'app.history.maskCategory' },
  apply: (plan) =>
    plan.masks[entry]?.shapes[shape]?.category === category
      ? plan
      : editShape(plan, entry, shape, (m) => [{ ...m, shapes: m.shapes.map((s, i) => (i === shape ? { ...s, category } : s)) } as MaskPlan]),
});

/** Moves one shape to another target (this frame, the series, a device rule…), leaving its entry's other shapes. */
export const retargetMaskShape = (entry: number, shape: number, target: MaskTargetPlan): PlanCommand => ({
  label: { key: 'app.history.maskScope' },
  apply: (plan) =>
    editShape(plan, entry, shape, (m) => {
      const moved = { ...target, shapes: [m.shapes[shape]!] } as MaskPlan;
      return m.shapes.length === 1 ? [moved] : [...withoutShape(m, shape), moved];
    }),
});

/** The export's resolution (undefined: full), keeping the series that have their own. */
export const setExportResolution = (resolution: Resolution | undefined): PlanCommand => ({
  label: { key: 'app.history.resolution' },
  apply(plan) {
    const series = plan.resolution?.series ?? [];
    if (!resolution && series.length === 0) {
      const { resolution: _gone, ...rest } = plan;
      return plan.resolution ? rest : plan;
    }
    return { ...plan, resolution: { ...(resolution ?? { scale: 1 }), ...(series.length > 0 ? { series } : {}) } };
  },
});

/** A series' own resolution, or (undefined) the export's again. */
export const setSeriesResolution = (seriesInstanceUID: string, resolution: Resolution | undefined): PlanCommand => ({
  label: { key: 'app.history.seriesResolution' },
  apply(plan) {
    const current = plan.resolution;
    const others = (current?.series ?? []).filter((s) => s.seriesInstanceUID !== seriesInstanceUID);
    const series = resolution ? [...others, { seriesInstanceUID, ...resolution }] : others;
    const base: Resolution | undefined = current ? ('scale' in current ? { scale: current.scale } : { maxDimension: current.maxDimension }) : undefined;
    if (series.length === 0 && (!base || ('scale' in base && base.scale === 1))) {
      const { resolution: _gone, ...rest } = plan;
      return rest;
    }
    return { ...plan, resolution: { ...(base ?? { scale: 1 }), ...(series.length > 0 ? { series } : {}) } };
  },
});

/** The crop of a series (undefined removes it). */
export const setSeriesCrop = (
  seriesInstanceUID: string,
  crop: { x: number; y: number; width: number; height: number } | undefined,
): PlanCommand => ({
  label: { key: crop ? 'app.history.crop' : 'app.history.removeCrop' },
  apply(plan) {
    const others = plan.crop.filter((c) => !('seriesInstanceUID' in c) || c.seriesInstanceUID !== seriesInstanceUID);
    const existing = plan.crop.find((c) => 'seriesInstanceUID' in c && c.seriesInstanceUID === seriesInstanceUID);
    if (!crop && !existing) return plan;
    if (crop && existing && existing.x === crop.x && existing.y === crop.y && existing.width === crop.width && existing.height === crop.height) return plan;
    return { ...plan, crop: crop ? [...others, { seriesInstanceUID, ...crop }] : others };
  },
});

export const setRareFinding = (seriesInstanceUID: string, marked: boolean): PlanCommand => ({
  label: { key: marked ? 'app.history.markRare' : 'app.history.unmarkRare' },
  apply(plan) {
    const others = plan.assessment.rareFindings.filter((r) => r.seriesInstanceUID !== seriesInstanceUID);
    if (!marked && others.length === plan.assessment.rareFindings.length) return plan;
    if (marked && others.length !== plan.assessment.rareFindings.length) return plan;
    return withAssessment(plan, { rareFindings: marked ? [...others, { seriesInstanceUID }] : others });
  },
});

export const setAssessmentText = (field: TextField, value: string): PlanCommand => ({
  label: { key: `app.history.${field}` },
  mergeKey: `assessment.${field}`,
  apply(plan) {
    if ((plan.assessment[field] ?? '') === value) return plan;
    if (field === 'recipientName' && !value) {
      const { recipientName: _gone, ...rest } = plan.assessment;
      return { ...plan, assessment: rest };
    }
    return withAssessment(plan, { [field]: value });
  },
});

export const setRecipient = (recipient: Assessment['recipient']): PlanCommand => ({
  label: { key: 'app.history.recipient' },
  apply: (plan) => (plan.assessment.recipient === recipient ? plan : withAssessment(plan, { recipient })),
});

export const setSheetLanguage = (language: Assessment['language']): PlanCommand => ({
  label: { key: 'app.history.sheetLanguage' },
  apply: (plan) => (plan.assessment.language === language ? plan : withAssessment(plan, { language })),
});

/** Records a decision; one decision per risk and scope, so a new one replaces the old. */
export const recordDecision = (decision: RiskDecision): PlanCommand => ({
  label: { key: 'app.history.decision', params: { risk: decision.risk } },
  apply: (plan) => {
    const justification = decision.justification.trim();
    if (!justification) return plan;
    const others = plan.assessment.decisions.filter((d) => !(d.risk === decision.risk && sameScope(d.scope, decision.scope)));
    return withAssessment(plan, { decisions: [...others, { ...decision, justification }] });
  },
});

export const removeDecision = (risk: AssessedRisk, scope: Scope): PlanCommand => ({
  label: { key: 'app.history.removeDecision', params: { risk } },
  apply(plan) {
    const decisions = plan.assessment.decisions.filter((d) => !(d.risk === risk && sameScope(d.scope, scope)));
    return decisions.length === plan.assessment.decisions.length ? plan : withAssessment(plan, { decisions });
  },
});

export const setSmallestGroup = (k: number): PlanCommand => ({
  label: { key: 'app.history.k' },
  apply: (plan) => (plan.assessment.k === k || !Number.isInteger(k) || k < 2 || k > 100 ? plan : withAssessment(plan, { k })),
});

export const setAgeBandWidth = (width: number): PlanCommand => ({
  label: { key: 'app.history.ageBand', params: { width } },
  apply: (plan) =>
    plan.supplementary.ageBandWidth === width || !Number.isInteger(width) || width < 1 || width > 50
      ? plan
      : { ...plan, supplementary: { ...plan.supplementary, ageBandWidth: width } },
});

/** Releases a general field in manifest.csv or leaves it out (its justification goes with it). */
export const setReleasedField = (field: SupplementaryField, released: boolean): PlanCommand => ({
  label: { key: released ? 'app.history.addField' : 'app.history.dropField', params: { field } },
  apply(plan) {
    const has = plan.supplementary.fields.includes(field);
    if (has === released) return plan;
    const fields = released ? [...plan.supplementary.fields, field] : plan.supplementary.fields.filter((f) => f !== field);
    const { [field]: _dropped, ...justifications } = plan.assessment.fieldJustifications;
    return {
      ...withAssessment(plan, released ? {} : { fieldJustifications: justifications }),
      supplementary: { ...plan.supplementary, fields },
    };
  },
});

export const setFieldJustification = (field: SupplementaryField, text: string): PlanCommand => ({
  label: { key: 'app.history.fieldJustification', params: { field } },
  mergeKey: `justification.${field}`,
  apply(plan) {
    const current = plan.assessment.fieldJustifications;
    if ((current[field] ?? '') === text) return plan;
    const { [field]: _old, ...rest } = current;
    return withAssessment(plan, { fieldJustifications: text ? { ...rest, [field]: text } : rest });
  },
});

/**
 * Makes the generalisation the export would apply on its own (no override recorded) part of the plan, so that
 * the plan says what is released: the wider age band, or the fields withheld.
 */
export const applyGeneralisation = (applied: { readonly ageBandWidth?: number; readonly withheldFields: readonly SupplementaryField[] }): PlanCommand => ({
  label: { key: 'app.history.generalise' },
  apply(plan) {
    const withheld = new Set(applied.withheldFields);
    if (applied.ageBandWidth === undefined && withheld.size === 0) return plan;
    const justifications = Object.fromEntries(Object.entries(plan.assessment.fieldJustifications).filter(([f]) => !withheld.has(f as SupplementaryField)));
    return {
      ...withAssessment(plan, { fieldJustifications: justifications }),
      supplementary: {
        ...plan.supplementary,
        fields: plan.supplementary.fields.filter((f) => !withheld.has(f)),
        ...(applied.ageBandWidth !== undefined ? { ageBandWidth: applied.ageBandWidth } : {}),
      },
    };
  },
});

/** The finding class a series is released with (a general class, never a diagnosis text); empty removes it. */
export const setFindingClass = (seriesInstanceUID: string, findingClass: string): PlanCommand => ({
  label: { key: 'app.history.findingClass' },
  mergeKey: `findingClass.${seriesInstanceUID}`,
  apply(plan) {
    const current = plan.supplementary.findingClasses ?? [];
    const others = current.filter((c) => c.seriesInstanceUID !== seriesInstanceUID);
    const before = current.find((c) => c.seriesInstanceUID === seriesInstanceUID)?.findingClass ?? '';
    if (before === findingClass) return plan;
    const findingClasses = findingClass ? [...others, { seriesInstanceUID, findingClass }] : others;
    const { findingClasses: _old, ...rest } = plan.supplementary;
    return { ...plan, supplementary: findingClasses.length > 0 ? { ...rest, findingClasses } : rest };
  },
});

/** The operator's recorded override of the small-numbers check (undefined withdraws it). */
export const setSmallNumbersOverride = (justification: string | undefined): PlanCommand => ({
  label: { key: justification ? 'app.history.override' : 'app.history.removeOverride' },
  apply(plan) {
    const text = justification?.trim();
    if (text) return withAssessment(plan, { smallNumbersOverride: { justification: text } });
    if (!plan.assessment.smallNumbersOverride) return plan;
    const { smallNumbersOverride: _gone, ...rest } = plan.assessment;
    return { ...plan, assessment: rest };
  },
});

export const setProfileOption = (option: ProfileOption, value: boolean): PlanCommand => ({
  label: { key: 'app.history.profileOption' },
  apply: (plan) => (plan.profile[option] === value ? plan : { ...plan, profile: { ...plan.profile, [option]: value } }),
});

export const setBurnOverlays = (burn: boolean): PlanCommand => ({
  label: { key: 'app.history.burnOverlays' },
  apply: (plan) => (plan.output.burnOverlays === burn ? plan : { ...plan, output: { ...plan.output, burnOverlays: burn } }),
});

export const replacePlan = (next: Plan, label = 'app.history.loadPlan'): PlanCommand => ({
  label: { key: label },
  apply: () => next,
});

/** The UIDs of what is open, to find plan parts that point elsewhere (a plan restored from another study). */
export interface OpenTargets {
  readonly instances: ReadonlySet<string>;
  readonly series: ReadonlySet<string>;
}

/** How many parts of the plan name images that are not open (device rules and "all" decisions always fit). */
export function countForeignTargets(plan: Plan, open: OpenTargets): number {
  const foreign = (t: { sopInstanceUID: string } | { seriesInstanceUID: string }): boolean =>
    'sopInstanceUID' in t ? !open.instances.has(t.sopInstanceUID) : !open.series.has(t.seriesInstanceUID);
  return (
    plan.masks.filter((m) => !('rule' in m) && foreign(m)).length +
    plan.crop.filter(foreign).length +
    (plan.resolution?.series ?? []).filter(foreign).length +
    plan.assessment.decisions.filter((d) => d.scope !== 'all' && foreign(d.scope)).length +
    plan.assessment.rareFindings.filter(foreign).length +
    (plan.supplementary.findingClasses ?? []).filter(foreign).length
  );
}

/** Removes the plan parts that name images that are not open. */
export const removeForeignTargets = (open: OpenTargets): PlanCommand => ({
  label: { key: 'app.history.removeForeign' },
  apply(plan) {
    if (countForeignTargets(plan, open) === 0) return plan;
    const fits = (t: { sopInstanceUID: string } | { seriesInstanceUID: string }): boolean =>
      'sopInstanceUID' in t ? open.instances.has(t.sopInstanceUID) : open.series.has(t.seriesInstanceUID);
    const series = (plan.resolution?.series ?? []).filter(fits);
    const { resolution: _r, ...withoutResolution } = plan;
    const resolution = plan.resolution
      ? { ...('scale' in plan.resolution ? { scale: plan.resolution.scale } : { maxDimension: plan.resolution.maxDimension }), ...(series.length > 0 ? { series } : {}) }
      : undefined;
    const findingClasses = (plan.supplementary.findingClasses ?? []).filter(fits);
    const { findingClasses: _f, ...supplementary } = plan.supplementary;
    return {
      ...withoutResolution,
      ...(resolution ? { resolution } : {}),
      supplementary: findingClasses.length > 0 ? { ...supplementary, findingClasses } : supplementary,
      masks: plan.masks.filter((m) => 'rule' in m || fits(m)),
      crop: plan.crop.filter(fits),
      assessment: {
        ...plan.assessment,
        decisions: plan.assessment.decisions.filter((d) => d.scope === 'all' || fits(d.scope)),
        rareFindings: plan.assessment.rareFindings.filter(fits),
      },
    };
  },
});
