import { createContext, useContext, type ReactNode } from 'react';
import type { PlanState } from './usePlanHistory.js';

const PlanContext = createContext<PlanState | undefined>(undefined);

export function PlanProvider({ state, children }: { state: PlanState; children: ReactNode }) {
  return <PlanContext value={state}>{children}</PlanContext>;
}

/** The plan being built, and the one way to change it: commands (so every edit can be undone). */
export function usePlan(): PlanState {
  const state = useContext(PlanContext);
  if (!state) throw new Error('usePlan outside PlanProvider');
  return state;
}
