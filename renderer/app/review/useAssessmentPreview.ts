import { useEffect, useState } from 'react';
import type { AssessmentPreview, Plan } from '../../../main/api/contract.js';
import { useDebouncedValue } from '../common/useDebouncedValue.js';
import { useHost } from '../host/HostContext.js';

export interface PreviewState {
  readonly preview: AssessmentPreview | undefined;
  /** The preview is of an earlier plan; a newer one is on its way. */
  readonly stale: boolean;
  readonly error: unknown;
  /** The plan the preview (or the error) belongs to. */
  readonly plan: Plan | undefined;
}

/** The engine's risk checklist and small-numbers check for the plan, asked again a moment after each edit. */
export function useAssessmentPreview(plan: Plan): PreviewState {
  const { api } = useHost();
  const settled = useDebouncedValue(plan, 250);
  const [state, setState] = useState<Omit<PreviewState, 'stale'>>({ preview: undefined, error: undefined, plan: undefined });
  useEffect(() => {
    let live = true;
    api.assessmentPreview({ plan: settled }).then(
      (preview) => live && setState({ preview, error: undefined, plan: settled }),
      (error: unknown) => live && setState((s) => ({ preview: s.preview, error, plan: settled })),
    );
    return () => {
      live = false;
    };
  }, [api, settled]);
  return { ...state, stale: state.plan !== plan };
}
