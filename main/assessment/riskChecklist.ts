import type { RiskLineView } from '../api/contract.js';
import type { IndexedObject } from '../catalog/indexedObject.js';
import type { Plan, RiskDecision } from '../plan/plan.js';
import { pixelPlanFor } from '../export/pixelPlan.js';
import { riskFlagsFor, type RiskReason } from './riskFlags.js';

/** The checklist's lines in the sheet's order: the guideline's high-risk content, then the two operator-only lines. */
export const CHECKLIST: readonly RiskLineView['risk'][] = [
  'face',
  'face-shape',
  'dental',
  'fingerprint',
  'iris',
  'palm',
  'rare-finding',
  'tattoo',
  'burned-in-text',
  'varying-measurement',
  'other-datasets',
  'amount-of-data',
];

/** Objects that carry signals measured again and again (waveforms): the guideline counts them as lower risk. */
const WAVEFORM_PREFIX = '1.2.840.10008.5.1.4.1.1.9.';

const covers = (decision: RiskDecision, series: string): boolean =>
  decision.scope === 'all' || decision.scope.seriesInstanceUID === series;

/**
 * A burned-in-text mask on every frame of every image of a series is the operator's decision "masked" for that
 * series: the plan already says what was done about it.
 */
function maskedByPlan(plan: Plan, objects: readonly IndexedObject[]): RiskDecision[] {
  const bySeries = new Map<string, IndexedObject[]>();
  for (const o of objects) bySeries.set(o.seriesInstanceUid, [...(bySeries.get(o.seriesInstanceUid) ?? []), o]);
  const out: RiskDecision[] = [];
  for (const [series, members] of bySeries) {
    const allMasked = members.every((o) => {
      const pixels = pixelPlanFor(plan, o);
      return pixels?.masks.some((m) => m.frames === 'all' && m.shapes.some((s) => s.category === 'burned-in-text')) ?? false;
    });
    if (allMasked) {
      out.push({ risk: 'burned-in-text', scope: { seriesInstanceUID: series }, decision: 'masked', justification: 'burned-in text masked on every image by the plan' });
    }
  }
  return out;
}

/**
 * The risk checklist for the objects to export under a plan: for each guideline risk, whether the engine raised
 * it (and the operator's rare-finding marks), on which series, and which decisions of the plan cover it. A raised
 * risk on a series that no decision covers is "undecided": the export does not start.
 */
export function buildRiskChecklist(objects: readonly IndexedObject[], plan: Plan): RiskLineView[] {
  const seriesSize = new Map<string, number>();
  for (const o of objects) seriesSize.set(o.seriesInstanceUid, (seriesSize.get(o.seriesInstanceUid) ?? 0) + 1);
  const raisedOn = new Map<string, { objects: number; series: Set<string>; reasons: Map<string, RiskReason> }>();
  const raise = (risk: string, o: IndexedObject, reason: RiskReason | undefined): void => {
    let entry = raisedOn.get(risk);
    if (!entry) raisedOn.set(risk, (entry = { objects: 0, series: new Set(), reasons: new Map() }));
    entry.objects++;
    entry.series.add(o.seriesInstanceUid);
    if (reason) entry.reasons.set(JSON.stringify(reason), reason);
  };
  const rare = new Set(plan.assessment.rareFindings.map((r) => r.seriesInstanceUID));
  for (const o of objects) {
    for (const flag of riskFlagsFor(o, seriesSize.get(o.seriesInstanceUid) ?? 1)) raise(flag.risk, o, flag.reason);
    if (rare.has(o.seriesInstanceUid)) raise('rare-finding', o, { key: 'marked-rare-finding' });
  }
  const decisions = [...plan.assessment.decisions, ...maskedByPlan(plan, objects)];
  const waveforms = objects.filter((o) => o.sopClassUid.startsWith(WAVEFORM_PREFIX)).length;
  return CHECKLIST.map((risk): RiskLineView => {
    const found = raisedOn.get(risk);
    const covering = decisions.filter((d) => d.risk === risk);
    if (risk === 'varying-measurement' || risk === 'amount-of-data') {
      // Information lines: signals that vary between measurements lower the risk; the amount attached raises it.
      // Never raised, so never blocking; the operator's comment on them (a decision) goes on the sheet.
      const count = risk === 'varying-measurement' ? waveforms : objects.length;
      return { risk, raised: false, objects: count, series: [], reasons: [], decisions: covering, status: 'not-raised', undecidedSeries: [] };
    }
    if (!found) return { risk, raised: false, objects: 0, series: [], reasons: [], decisions: covering, status: 'not-raised', undecidedSeries: [] };
    const series = [...found.series];
    const undecidedSeries = series.filter((s) => !covering.some((d) => covers(d, s)));
    return {
      risk,
      raised: true,
      objects: found.objects,
      series,
      reasons: [...found.reasons.values()],
      decisions: covering,
      status: undecidedSeries.length === 0 ? 'decided' : 'undecided',
      undecidedSeries,
    };
  });
}
