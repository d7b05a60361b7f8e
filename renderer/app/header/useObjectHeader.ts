import { useEffect, useState } from 'react';
import type { HeaderRow, Plan } from '../../../main/api/contract.js';
import { useHost } from '../host/HostContext.js';

export type ObjectHeader =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly rows: readonly HeaderRow[] }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * The header of an object beside what the profile will do to each attribute, read again when the object or the
 * profile changes (masks and the assessment do not change the header, so they do not ask the engine again).
 */
export function useObjectHeader(sopInstanceUid: string | undefined, plan: Plan): ObjectHeader {
  const { api } = useHost();
  const [header, setHeader] = useState<ObjectHeader>({ status: 'idle' });
  const profileKey = JSON.stringify([plan.profile, plan.identifiers, plan.output.burnOverlays]);
  const [request, setRequest] = useState({ sopInstanceUid, plan, profileKey });
  if (request.sopInstanceUid !== sopInstanceUid || request.profileKey !== profileKey) setRequest({ sopInstanceUid, plan, profileKey });

  useEffect(() => {
    if (!request.sopInstanceUid) {
      setHeader({ status: 'idle' });
      return undefined;
    }
    let live = true;
    setHeader((h) => (h.status === 'ready' ? h : { status: 'loading' }));
    api.objectHeader({ sopInstanceUid: request.sopInstanceUid, plan: request.plan }).then(
      (rows) => live && setHeader({ status: 'ready', rows }),
      (error: unknown) => live && setHeader({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api, request]);
  return header;
}
