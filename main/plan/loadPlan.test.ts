import { describe, expect, it } from 'vitest';
import { parsePlan, PlanError } from './loadPlan.js';
import { DEFAULT_PLAN } from './plan.js';

describe('plan files', () => {
  it('fills in the guideline defaults', () => {
    expect(parsePlan({ version: 1 })).toEqual(DEFAULT_PLAN);
    const plan = parsePlan({ version: 1, profile: { retainSafePrivate: true }, supplementary: { ageBandWidth: 5 } });
    expect(plan.profile.retainSafePrivate).toBe(true);
    expect(plan.profile.cleanDescriptors).toBe(true);
    expect(plan.supplementary.ageBandWidth).toBe(5);
    expect(plan.supplementary.fields).toEqual(DEFAULT_PLAN.supplementary.fields);
  });

  it('names every wrong field', () => {
    const wrong = (doc: unknown): string => {
      try {
        parsePlan(doc, 'p.json');
      } catch (error) {
        expect(error).toBeInstanceOf(PlanError);
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(wrong({})).toContain("must have required property 'version'");
    expect(wrong({ version: 2 })).toContain('version: must be equal to constant');
    expect(wrong({ version: 1, identifiers: { mode: 'secret' } })).toContain('identifiers.mode: must be equal to one of the allowed values: anonymous, pseudonymous');
    expect(wrong({ version: 1, supplementary: { fields: ['ageBand', 'name'] } })).toContain('supplementary.fields.1');
    expect(wrong({ version: 1, supplementary: { ageBandWidth: 0 } })).toMatch(/^p\.json: supplementary\.ageBandWidth: must be >= 1/);
  });
});
