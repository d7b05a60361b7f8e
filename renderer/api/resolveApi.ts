import type { PeittoApi } from '../../main/api/contract.js';
import { ApiError } from './apiError.js';
import { createHttpApi } from './createHttpApi.js';
import './peittoWindow.js';

/** Who answers the renderer, and the two things that differ between the hosts beyond the contract. */
export interface ResolvedHost {
  readonly api: PeittoApi;
  /** The URL of a source file for the viewer: the host's prefix and the file id, with the token when needed. */
  fileUrl(prefix: string, fileId: string): string;
  /** The path of a dropped file, when the host can tell (the Electron preload can; a browser cannot). */
  readonly pathForFile: ((file: File) => string) | undefined;
}

/**
 * The preload's `window.peitto` in Electron; otherwise the loopback browser host, whose session token is in the
 * page's query string (the address it printed). Throws 'no-token' when neither is there.
 */
export function resolveHost(win: Window = window): ResolvedHost {
  const preload = win.peitto;
  if (preload) {
    return {
      api: preload,
      fileUrl: (prefix, fileId) => `${prefix}${encodeURIComponent(fileId)}`,
      pathForFile: preload.pathForFile ? (file) => preload.pathForFile!(file) : undefined,
    };
  }
  const token = new URLSearchParams(win.location.search).get('token');
  if (!token) throw new ApiError('no-token', 'the page address has no session token', 'app.info');
  return {
    api: createHttpApi(token),
    fileUrl: (prefix, fileId) => `${prefix}${encodeURIComponent(fileId)}?token=${encodeURIComponent(token)}`,
    pathForFile: undefined,
  };
}

/** The API object alone (see resolveHost). */
export const resolveApi = (win: Window = window): PeittoApi => resolveHost(win).api;
