import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AppInfo, PeittoApi } from '../../../main/api/contract.js';
import type { ResolvedHost } from '../../api/resolveApi.js';

/** The engine as the app reaches it: the API, what the host said about itself, and the file URLs it serves. */
export interface Host {
  readonly api: PeittoApi;
  readonly info: AppInfo;
  /** The viewer's URL of a source file (the host's prefix, the id, the token where needed). */
  fileUrl(fileId: string): string;
  readonly pathForFile: ResolvedHost['pathForFile'];
  /** Whether the host can open a folder in the file manager (only the desktop shell can). */
  readonly canReveal: boolean;
}

const HostContext = createContext<Host | undefined>(undefined);

export function HostProvider({ resolved, info, children }: { resolved: ResolvedHost; info: AppInfo; children: ReactNode }) {
  const host = useMemo<Host>(
    () => ({
      api: resolved.api,
      info,
      fileUrl: (fileId) => resolved.fileUrl(info.fileUrlPrefix, fileId),
      pathForFile: resolved.pathForFile,
      canReveal: info.canReveal,
    }),
    [resolved, info],
  );
  return <HostContext value={host}>{children}</HostContext>;
}

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside HostProvider');
  return host;
}
