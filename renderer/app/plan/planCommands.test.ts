import { describe, expect, test } from 'vitest';
import type { MaskPlan, Plan } from '../../../main/api/contract.js';
import { DEFAULT_PLAN } from '../../../main/plan/plan.js';
import {
  addMaskEntries,
  applyGeneralisation,
  setAssessmentText,
  countForeignTargets,
  recordDecision,
  removeDecision,
  removeForeignTargets,
  removeMaskShape,
  retargetMaskShape,
  setAgeBandWidth,
  setExportResolution,
  setFieldJustification,
  setFindingClass,
  setMaskCategory,
  setRareFinding,
  setReleasedField,
  setSeriesCrop,
  setSeriesResolution,
  setSmallNumbersOverride,
} from './planCommands.js';

const rect = { type: 'rectangle', x: 4, y: 4, width: 150, height: 22, category: 'burned-in-text' } as const;
const ellipse = { type: 'ellipse', cx: 232, cy: 116, rx: 36, ry: 32, category: 'tattoo' } as const;
const run = (plan: Plan, ...commands: { apply(p: Plan): Plan }[]): Plan => commands.reduce((p, c) => c.apply(p), plan);

describe('mask commands', () => {
  const two: MaskPlan = { seriesInstanceUID: '1.2', shapes: [rect, ellipse] };
  const plan = run(DEFAULT_PLAN, addMaskEntries([two]));

  test('remove one shape; an entry without shapes goes', () => {
    const once = run(plan, removeMaskShape(0, 0));
    expect(once.masks).toEqual([{ seriesInstanceUID: '1.2', shapes: [ellipse] }]);
    expect(run(once, removeMaskShape(0, 0)).masks).toEqual([]);
    expect(run(plan, removeMaskShape(3, 0))).toBe(plan);
  });

  test('a shape moves to another target without taking its neighbours', () => {
    const moved = run(plan, retargetMaskShape(0, 1, { sopInstanceUID: '1.2.3', frames: [4] }));
    expect(moved.masks).toEqual([
      { seriesInstanceUID: '1.2', shapes: [rect] },
      { sopInstanceUID: '1.2.3', frames: [4], shapes: [ellipse] },
    ]);
    const single = run(DEFAULT_PLAN, addMaskEntries([{ sopInstanceUID: '9', shapes: [rect] }]), retargetMaskShape(0, 0, { rule: { modality: 'US' } }));
    expect(single.masks).toEqual([{ rule: { modality: 'US' }, shapes: [rect] }]);
  });

  test('category changes the one shape', () => {
    expect(run(plan, setMaskCategory(0, 1, 'face')).masks[0]!.shapes.map((s) => s.category)).toEqual(['burned-in-text', 'face']);
    expect(run(plan, setMaskCategory(0, 1, 'tattoo'))).toBe(plan);
  });
});

describe('resolution and crop', () => {
  test('the export resolution keeps series overrides; removing everything leaves no resolution', () => {
    let p = run(DEFAULT_PLAN, setExportResolution({ scale: 0.5 }));
    expect(p.resolution).toEqual({ scale: 0.5 });
    p = run(p, setSeriesResolution('1.2', { maxDimension: 128 }));
    expect(p.resolution).toEqual({ scale: 0.5, series: [{ seriesInstanceUID: '1.2', maxDimension: 128 }] });
    p = run(p, setExportResolution(undefined));
    expect(p.resolution).toEqual({ scale: 1, series: [{ seriesInstanceUID: '1.2', maxDimension: 128 }] });
    p = run(p, setSeriesResolution('1.2', undefined));
    expect(p.resolution).toBeUndefined();
  });

  test('one crop per series, replaced and removed', () => {
    let p = run(DEFAULT_PLAN, setSeriesCrop('1.2', { x: 1, y: 2, width: 3, height: 4 }));
    p = run(p, setSeriesCrop('1.2', { x: 0, y: 0, width: 10, height: 10 }));
    expect(p.crop).toEqual([{ seriesInstanceUID: '1.2', x: 0, y: 0, width: 10, height: 10 }]);
    expect(run(p, setSeriesCrop('1.2', undefined)).crop).toEqual([]);
    expect(run(p, setSeriesCrop('1.2', { x: 0, y: 0, width: 10, height: 10 }))).toBe(p);
  });
});

describe('assessment commands', () => {
  test('a decision replaces the one with the same risk and scope, and needs a justification', () => {
    const series = { seriesInstanceUID: '1.2' };
    let p = run(DEFAULT_PLAN, recordDecision({ risk: 'tattoo', scope: series, decision: 'accepted', justification: ' small ' }));
    p = run(p, recordDecision({ risk: 'tattoo', scope: 'all', decision: 'not-present', justification: 'none seen' }));
    p = run(p, recordDecision({ risk: 'tattoo', scope: series, decision: 'masked', justification: 'masked' }));
    expect(p.assessment.decisions).toEqual([
      { risk: 'tattoo', scope: 'all', decision: 'not-present', justification: 'none seen' },
      { risk: 'tattoo', scope: series, decision: 'masked', justification: 'masked' },
    ]);
    expect(run(p, recordDecision({ risk: 'face', scope: 'all', decision: 'accepted', justification: '  ' }))).toBe(p);
    expect(run(p, removeDecision('tattoo', { seriesInstanceUID: '1.2' })).assessment.decisions).toHaveLength(1);
  });

  test('dropping a released field drops its justification; widening the age band is bounded', () => {
    let p = run(DEFAULT_PLAN, setFieldJustification('sex', 'needed for the study'), setReleasedField('sex', false));
    expect(p.supplementary.fields).not.toContain('sex');
    expect(p.assessment.fieldJustifications).toEqual({});
    p = run(p, setReleasedField('sex', true), setAgeBandWidth(20), setAgeBandWidth(80));
    expect(p.supplementary.fields.at(-1)).toBe('sex');
    expect(p.supplementary.ageBandWidth).toBe(20);
    expect(run(p, setFieldJustification('ageBand', 'x'), setFieldJustification('ageBand', '')).assessment.fieldJustifications).toEqual({});
  });

  test('the small-numbers override is recorded trimmed and withdrawn', () => {
    const p = run(DEFAULT_PLAN, setSmallNumbersOverride(' one patient, secure environment '));
    expect(p.assessment.smallNumbersOverride).toEqual({ justification: 'one patient, secure environment' });
    expect(run(p, setSmallNumbersOverride(undefined)).assessment).not.toHaveProperty('smallNumbersOverride');
  });

  test('a series is marked as showing a rare finding once', () => {
    const p = run(DEFAULT_PLAN, setRareFinding('1.2', true));
    expect(run(p, setRareFinding('1.2', true))).toBe(p);
    expect(run(p, setRareFinding('1.2', false)).assessment.rareFindings).toEqual([]);
  });
});

test('plan parts that name images that are not open are counted and removed', () => {
  const p = run(
    DEFAULT_PLAN,
    addMaskEntries([
      { seriesInstanceUID: 'open', shapes: [rect] },
      { sopInstanceUID: 'gone', shapes: [rect] },
      { rule: { modality: 'US' }, shapes: [rect] },
    ]),
    setSeriesCrop('gone-series', { x: 0, y: 0, width: 1, height: 1 }),
    setExportResolution({ scale: 0.5 }),
    setSeriesResolution('gone-series', { scale: 0.25 }),
    recordDecision({ risk: 'face', scope: { seriesInstanceUID: 'gone-series' }, decision: 'accepted', justification: 'x' }),
    recordDecision({ risk: 'face', scope: 'all', decision: 'accepted', justification: 'x' }),
    setRareFinding('gone-series', true),
  );
  const open = { instances: new Set(['i']), series: new Set(['open']) };
  expect(countForeignTargets(p, open)).toBe(5);
  const pruned = run(p, removeForeignTargets(open));
  expect(countForeignTargets(pruned, open)).toBe(0);
  expect(pruned.masks).toHaveLength(2);
  expect(pruned.resolution).toEqual({ scale: 0.5 });
  expect(pruned.assessment.decisions).toEqual([{ risk: 'face', scope: 'all', decision: 'accepted', justification: 'x' }]);
});

test('the generalisation the export would apply becomes part of the plan', () => {
  const p = run(DEFAULT_PLAN, setFieldJustification('sex', 'x'), applyGeneralisation({ withheldFields: ['sex', 'bodyPart'] }));
  expect(p.supplementary.fields).toEqual(['ageBand', 'modality']);
  expect(p.assessment.fieldJustifications).toEqual({});
  expect(run(DEFAULT_PLAN, applyGeneralisation({ ageBandWidth: 30, withheldFields: [] })).supplementary.ageBandWidth).toBe(30);
});

test('the recipient by name is optional and left out when empty', () => {
  const p = run(DEFAULT_PLAN, setAssessmentText('recipientName', 'University of Turku'));
  expect(p.assessment.recipientName).toBe('University of Turku');
  expect(run(p, setAssessmentText('recipientName', '')).assessment).not.toHaveProperty('recipientName');
});

test('a finding class per series, replaced and removed', () => {
  let p = run(DEFAULT_PLAN, setFindingClass('1.2', 'normal'), setFindingClass('1.3', 'glioma'), setFindingClass('1.2', 'benign'));
  expect(p.supplementary.findingClasses).toEqual([
    { seriesInstanceUID: '1.3', findingClass: 'glioma' },
    { seriesInstanceUID: '1.2', findingClass: 'benign' },
  ]);
  p = run(p, setFindingClass('1.2', ''), setFindingClass('1.3', ''));
  expect(p.supplementary).not.toHaveProperty('findingClasses');
  const open = { instances: new Set<string>(), series: new Set(['1.2']) };
  expect(countForeignTargets(run(DEFAULT_PLAN, setFindingClass('9.9', 'x')), open)).toBe(1);
});
