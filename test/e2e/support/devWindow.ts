import type { Viewer } from '../../../renderer/viewer/viewerApi.js';

/** The development page's handle (renderer/dev/DevPage.tsx), as the tests see it inside page.evaluate. */
export interface DevHandle {
  state: 'loading' | 'ready' | 'error';
  viewer: Viewer | undefined;
  error: string | undefined;
  firstImageMs: number | undefined;
}

declare global {
  interface Window {
    peittoDev: DevHandle;
  }
}
