import { describe, expect, it } from 'vitest';
import { buildRiskChecklist, CHECKLIST } from '../../main/assessment/riskChecklist.js';
import { riskFlagsFor } from '../../main/assessment/riskFlags.js';
import { previewAssessment } from '../../main/assessment/previewAssessment.js';
import { DEFAULT_PLAN, type Plan, type RiskDecision } from '../../main/plan/plan.js';
import { indexedObject, series } from '../support/indexedObject.js';

const withDecisions = (decisions: RiskDecision[], extra: Partial<Plan> = {}): Plan => ({
  ...DEFAULT_PLAN,
  ...extra,
  assessment: { ...DEFAULT_PLAN.assessment, decisions },
});
const line = (lines: ReturnType<typeof buildRiskChecklist>, risk: string) => lines.find((l) => l.risk === risk)!;

describe('risk flags from the index', () => {
  it('raises face shape on a thin head volume, also when the body part is empty and only the description names the head', () => {
    const byBody = series(24, { seriesInstanceUid: 'S1', bodyPartExamined: 'HEAD', sliceThickness: 1 });
    expect(riskFlagsFor(byBody[0]!, 24).map((f) => f.risk)).toContain('face-shape');
    for (const description of ['MR PÄÄ T1', 'Aivot 3D', 'T1 MPRAGE brain', 'Hjärna sag', 'Huvud']) {
      const mr = indexedObject({ sopInstanceUid: 'X', modality: 'MR', bodyPartExamined: '', seriesDescription: description });
      expect(riskFlagsFor(mr, 176).map((f) => f.risk), description).toContain('face-shape');
    }
    const knee = indexedObject({ sopInstanceUid: 'K', modality: 'MR', bodyPartExamined: '', seriesDescription: 'KNEE PD' });
    expect(riskFlagsFor(knee, 176).map((f) => f.risk)).not.toContain('face-shape');
  });

  it('counts an unknown slice thickness as thin, and thick or short head series as no face shape', () => {
    const unknown = indexedObject({ sopInstanceUid: 'U', bodyPartExamined: 'HEAD', sliceThickness: undefined });
    expect(riskFlagsFor(unknown, 30).map((f) => f.risk)).toContain('face-shape');
    const thick = indexedObject({ sopInstanceUid: 'T', bodyPartExamined: 'HEAD', sliceThickness: 8 });
    expect(riskFlagsFor(thick, 30).map((f) => f.risk)).not.toContain('face-shape');
    const few = indexedObject({ sopInstanceUid: 'F', bodyPartExamined: 'HEAD', sliceThickness: 1 });
    expect(riskFlagsFor(few, 5).map((f) => f.risk)).not.toContain('face-shape');
    const multiFrame = indexedObject({ sopInstanceUid: 'M', bodyPartExamined: 'BRAIN', sliceThickness: 10, numberOfFrames: 120 });
    expect(riskFlagsFor(multiFrame, 1).map((f) => f.risk)).toContain('face-shape');
  });

  it('raises burned-in text, face, tattoo, hand and eye risks of photographs and dental risks', () => {
    const risks = (o: Parameters<typeof indexedObject>[0]) => riskFlagsFor(indexedObject(o), 1).map((f) => f.risk).sort();
    expect(risks({ sopInstanceUid: 'a', modality: 'XC', bodyPartExamined: 'HAND' })).toEqual(['burned-in-text', 'face', 'fingerprint', 'palm', 'tattoo']);
    expect(risks({ sopInstanceUid: 'b', modality: 'XC', bodyPartExamined: 'EYE' })).toEqual(['burned-in-text', 'face', 'iris', 'tattoo']);
    expect(risks({ sopInstanceUid: 'c', modality: 'PX', bodyPartExamined: '' })).toEqual(['dental']);
    expect(risks({ sopInstanceUid: 'd', modality: 'CR', bodyPartExamined: 'JAW' })).toEqual(['dental']);
    expect(risks({ sopInstanceUid: 'e', modality: 'CT', burnedInAnnotation: 'YES' })).toEqual(['burned-in-text']);
    expect(risks({ sopInstanceUid: 'f', modality: 'US', bodyPartExamined: 'ABDOMEN' })).toEqual(['burned-in-text']);
    expect(risks({ sopInstanceUid: 'g', modality: 'OT', sopClassUid: '1.2.840.10008.5.1.4.1.1.7' })).toEqual(['burned-in-text']);
    expect(risks({ sopInstanceUid: 'h', modality: 'CT', bodyPartExamined: 'CHEST' })).toEqual([]);
  });
});

describe('the risk checklist', () => {
  const ct = series(24, { seriesInstanceUid: 'CT1', bodyPartExamined: 'HEAD', sliceThickness: 1 });
  const us = series(3, { seriesInstanceUid: 'US1', modality: 'US', bodyPartExamined: 'ABDOMEN', rows: 480, columns: 640 });

  it('lists every line of the checklist in order, raised where the engine found the risk, undecided without a decision', () => {
    const lines = buildRiskChecklist([...ct, ...us], DEFAULT_PLAN);
    expect(lines.map((l) => l.risk)).toEqual(CHECKLIST);
    expect(line(lines, 'face-shape')).toMatchObject({ raised: true, objects: 24, series: ['CT1'], status: 'undecided', undecidedSeries: ['CT1'] });
    expect(line(lines, 'burned-in-text')).toMatchObject({ raised: true, objects: 3, status: 'undecided', undecidedSeries: ['US1'] });
    expect(line(lines, 'dental')).toMatchObject({ raised: false, status: 'not-raised' });
    expect(line(lines, 'amount-of-data')).toMatchObject({ raised: false, objects: 27, status: 'not-raised' });
    const blocking = previewAssessment([...ct, ...us], DEFAULT_PLAN).blocking;
    expect(blocking).toEqual([
      { kind: 'undecided-risk', risk: 'face-shape', series: ['CT1'] },
      { kind: 'undecided-risk', risk: 'burned-in-text', series: ['US1'] },
    ]);
  });

  it('takes a decision per series or for the whole export, and leaves other series undecided', () => {
    const ct2 = series(30, { seriesInstanceUid: 'CT2', bodyPartExamined: 'HEAD', sliceThickness: 0.6 });
    const plan = withDecisions([{ risk: 'face-shape', scope: { seriesInstanceUID: 'CT1' }, decision: 'accepted', justification: 'needed for the study' }]);
    const faceShape = line(buildRiskChecklist([...ct, ...ct2], plan), 'face-shape');
    expect(faceShape).toMatchObject({ status: 'undecided', undecidedSeries: ['CT2'], objects: 54 });
    const all = withDecisions([{ risk: 'face-shape', scope: 'all', decision: 'accepted', justification: 'needed' }]);
    expect(line(buildRiskChecklist([...ct, ...ct2], all), 'face-shape').status).toBe('decided');
  });

  it('counts a burned-in-text mask on every frame of every image of a series as the decision "masked"', () => {
    const masked: Plan = {
      ...DEFAULT_PLAN,
      masks: [{ seriesInstanceUID: 'US1', shapes: [{ type: 'rectangle', x: 0, y: 0, width: 640, height: 40, category: 'burned-in-text' }] }],
    };
    const burned = line(buildRiskChecklist(us, masked), 'burned-in-text');
    expect(burned.status).toBe('decided');
    expect(burned.decisions.map((d) => d.decision)).toEqual(['masked']);
    // A mask on some frames only, or in another category, decides nothing.
    const someFrames: Plan = { ...masked, masks: [{ ...masked.masks[0]!, frames: [0] }] };
    expect(line(buildRiskChecklist(us, someFrames), 'burned-in-text').status).toBe('undecided');
    const otherCategory: Plan = { ...masked, masks: [{ seriesInstanceUID: 'US1', shapes: [{ type: 'rectangle', x: 0, y: 0, width: 9, height: 9, category: 'other' }] }] };
    expect(line(buildRiskChecklist(us, otherCategory), 'burned-in-text').status).toBe('undecided');
    // One image of the series without the mask leaves the series undecided.
    const oneImage: Plan = { ...DEFAULT_PLAN, masks: [{ sopInstanceUID: 'US1.1', shapes: masked.masks[0]!.shapes }] };
    expect(line(buildRiskChecklist(us, oneImage), 'burned-in-text').status).toBe('undecided');
  });

  it('raises a rare finding only on the series the operator marked', () => {
    const plan: Plan = { ...DEFAULT_PLAN, assessment: { ...DEFAULT_PLAN.assessment, rareFindings: [{ seriesInstanceUID: 'CT1' }] } };
    const rare = line(buildRiskChecklist([...ct, ...us], plan), 'rare-finding');
    expect(rare).toMatchObject({ raised: true, objects: 24, series: ['CT1'], status: 'undecided', reasons: [{ key: 'marked-rare-finding' }] });
  });

  it('keeps the operator comment on the information lines without ever blocking on them', () => {
    const plan = withDecisions([{ risk: 'amount-of-data', scope: 'all', decision: 'accepted', justification: 'one study only' }]);
    const amount = line(buildRiskChecklist(us, plan), 'amount-of-data');
    expect(amount).toMatchObject({ raised: false, status: 'not-raised', objects: 3 });
    expect(amount.decisions.map((d) => d.justification)).toEqual(['one study only']);
    const ecg = series(2, { seriesInstanceUid: 'W1', modality: 'ECG', sopClassUid: '1.2.840.10008.5.1.4.1.1.9.1.1', hasPixelData: false });
    expect(line(buildRiskChecklist(ecg, DEFAULT_PLAN), 'varying-measurement').objects).toBe(2);
  });
});
