import { useEffect, useRef, useState } from 'react';
import type { PeittoApi, Plan } from '../../../main/api/contract.js';

/** Quiet time before the plan is written, so that typing and dragging do not write on every change. */
const AUTOSAVE_DELAY_MS = 800;

export type AutosaveState = { readonly status: 'idle' } | { readonly status: 'saved'; readonly at: Date } | { readonly status: 'failed'; readonly error: unknown };

/**
 * Writes the plan to the workstation's data folder a moment after each change (the engine restores it on the
 * next start), so that nothing the operator decided is lost when the app closes or an export fails.
 */
export function usePlanAutosave(api: PeittoApi, plan: Plan): AutosaveState {
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const first = useRef(plan);
  useEffect(() => {
    if (plan === first.current) return undefined;
    const timer = setTimeout(() => {
      api.planAutosave({ plan }).then(
        () => setState({ status: 'saved', at: new Date() }),
        (error: unknown) => setState({ status: 'failed', error }),
      );
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, plan]);
  return state;
}
