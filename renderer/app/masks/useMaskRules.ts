import { useCallback, useEffect, useState } from 'react';
import type { MaskRule, MaskRuleEntry, MaskShape } from '../../../main/api/contract.js';
import { useHost } from '../host/HostContext.js';

export interface MaskRules {
  readonly rules: readonly MaskRuleEntry[] | undefined;
  readonly error: unknown;
  save(rule: MaskRule, shapes: readonly MaskShape[], name: string): Promise<MaskRuleEntry>;
}

/** The shipped device rules and the ones saved on this workstation. */
export function useMaskRules(): MaskRules {
  const { api } = useHost();
  const [rules, setRules] = useState<readonly MaskRuleEntry[]>();
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    api.rulesList().then(
      (list) => live && setRules(list),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, version]);
  const save = useCallback(
    async (rule: MaskRule, shapes: readonly MaskShape[], name: string) => {
      const entry = await api.rulesSave({ rule, shapes, name });
      setVersion((v) => v + 1);
      return entry;
    },
    [api],
  );
  return { rules, error, save };
}
