import { useCallback, useEffect, useState } from 'react';
import type { MessageParams } from '../i18n/createTranslator.js';

/** A short message at the foot of the window: what just happened ("Plan saved to …"), or what went wrong. */
export type Notice =
  | { readonly kind: 'info'; readonly key: string; readonly params?: MessageParams }
  | { readonly kind: 'error'; readonly titleKey: string; readonly error: unknown; readonly adviceKey?: string };

/** Information fades after a while; errors stay until dismissed. */
const INFO_MS = 6000;

export function useNotice(): [Notice | undefined, (notice: Notice | undefined) => void] {
  const [notice, setNotice] = useState<Notice>();
  useEffect(() => {
    if (notice?.kind !== 'info') return undefined;
    const timer = setTimeout(() => setNotice(undefined), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, useCallback((n: Notice | undefined) => setNotice(n), [])];
}
