import { DEFAULT_PLAN, type AssessedRisk, type Plan } from '../../main/plan/plan.js';

const RISKS: readonly AssessedRisk[] = ['face', 'face-shape', 'dental', 'fingerprint', 'iris', 'palm', 'rare-finding', 'tattoo', 'burned-in-text', 'other-datasets'];

/**
 * The default plan with every risk accepted for the whole export: for tests whose data (public test corpora,
 * synthetic fixtures) raises risks that the test is not about.
 */
export function planAcceptingRisks(base: Plan = DEFAULT_PLAN): Plan {
  return {
    ...base,
    assessment: {
      ...base.assessment,
      decisions: RISKS.map((risk) => ({ risk, scope: 'all' as const, decision: 'accepted' as const, justification: 'public test data without real persons' })),
    },
  };
}
