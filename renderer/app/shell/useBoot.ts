import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, PeittoApi, Plan } from '../../../main/api/contract.js';

export type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown; retry(): void }
  | { readonly status: 'ready'; readonly info: AppInfo; readonly plan: Plan; readonly restored: boolean };

/**
 * What the app needs before its first screen: who the host is, and the plan to start from: the one autosaved
 * last time, or the engine's defaults (asked of the engine, which owns them, by checking an empty plan).
 */
export function useBoot(api: PeittoApi): Boot {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    setBoot({ status: 'loading' });
    Promise.all([api.appInfo(), api.planRestore(), api.planCheck({ plan: { version: 1 } })]).then(
      ([info, restored, empty]) => {
        if (!live) return;
        if (!empty.ok) throw new Error(empty.message);
        setBoot({ status: 'ready', info, plan: restored ?? empty.plan, restored: restored !== null });
      },
      (error: unknown) => live && setBoot({ status: 'failed', error, retry }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt, retry]);
  return boot;
}
