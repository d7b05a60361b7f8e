import { useCallback, useState } from 'react';
import type { Plan } from '../../../main/api/contract.js';
import type { Notice } from '../common/useNotice.js';
import { useHost } from '../host/HostContext.js';
import { replacePlan } from './planCommands.js';
import type { PlanState } from './usePlanHistory.js';

export interface PlanFiles {
  /** Browser host only: the path field that stands in for the native dialog. */
  readonly asking: 'save' | 'load' | undefined;
  save(): void;
  load(): void;
  /** Completes save or load with a typed path. */
  submitPath(path: string): void;
  cancelPath(): void;
}

/**
 * Saving and loading plan files (the same JSON the command line reads): the native dialog in the desktop app,
 * a path field with the browser host. A loaded plan replaces the current one as one undoable step.
 */
export function usePlanFiles(state: PlanState, notify: (n: Notice) => void): PlanFiles {
  const { api, info } = useHost();
  const [asking, setAsking] = useState<'save' | 'load'>();

  const saveTo = useCallback(
    (path: string, plan: Plan) =>
      api.planSave({ path, plan }).then(
        () => notify({ kind: 'info', key: 'app.plan.saved', params: { path } }),
        (error: unknown) => notify({ kind: 'error', titleKey: 'app.error.planSave', error }),
      ),
    [api, notify],
  );

  const loadFrom = useCallback(
    (path: string) =>
      api.planLoad({ path }).then(
        (check) => {
          if (check.ok) {
            state.execute(replacePlan(check.plan));
            notify({ kind: 'info', key: 'app.plan.loaded', params: { path } });
          } else {
            notify({ kind: 'error', titleKey: 'app.error.planInvalid', error: check.message, adviceKey: 'app.error.advice.planInvalid' });
          }
        },
        (error: unknown) => notify({ kind: 'error', titleKey: 'app.error.planLoad', error }),
      ),
    [api, notify, state],
  );

  const choose = useCallback(
    (mode: 'save' | 'load') => {
      if (!info.nativeDialogs) {
        setAsking(mode);
        return;
      }
      api.dialogChoosePlanFile({ mode: mode === 'save' ? 'save' : 'open' }).then(
        (path) => {
          if (!path) return;
          void (mode === 'save' ? saveTo(path, state.plan) : loadFrom(path));
        },
        (error: unknown) => notify({ kind: 'error', titleKey: mode === 'save' ? 'app.error.planSave' : 'app.error.planLoad', error }),
      );
    },
    [api, info.nativeDialogs, saveTo, loadFrom, state.plan, notify],
  );

  return {
    asking,
    save: useCallback(() => choose('save'), [choose]),
    load: useCallback(() => choose('load'), [choose]),
    submitPath(path) {
      const mode = asking;
      setAsking(undefined);
      if (mode === 'save') void saveTo(path, state.plan);
      if (mode === 'load') void loadFrom(path);
    },
    cancelPath: () => setAsking(undefined),
  };
}
