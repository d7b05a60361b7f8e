import type { PeittoApi } from '../../main/api/contract.js';

/**
 * What the Electron preload puts on window: the contract's methods, and (outside the contract, since it works
 * on a File object the renderer holds) the path of a file dropped onto the window.
 */
export type PreloadApi = PeittoApi & {
  readonly pathForFile?: (file: File) => string;
};

declare global {
  interface Window {
    peitto?: PreloadApi;
  }
}
