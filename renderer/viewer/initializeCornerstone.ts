import { cache, Enums, getRenderingCapabilities, imageLoadPoolManager, imageRetrievalPoolManager, init as initCore } from '@cornerstonejs/core';
import { init as initLoader } from '@cornerstonejs/dicom-image-loader';
import {
  chooseRenderBackend,
  type RenderBackend,
  type RenderBackendPreference,
  type RenderBackendReason,
} from './chooseRenderBackend.js';
import { installOverlayPlaneCapture } from './overlayPlaneStore.js';

export interface CornerstoneRuntime {
  backend: RenderBackend;
  reason: RenderBackendReason;
  /** The WebGL renderer string Chromium reports ('' without WebGL), for diagnostics. */
  renderer: string;
}

export interface CornerstoneSetupOptions {
  renderBackend?: RenderBackendPreference;
  /** Decoder workers; Cornerstone's default is half the logical cores. */
  maxWebWorkers?: number;
  /** Decoded images kept for scrolling back; default 1 GiB. */
  cacheSizeBytes?: number;
}

/**
 * Cornerstone keeps 3 GiB of decoded images by default, most of what a renderer process may use on a
 * workstation that also runs the engine; a third of that still holds a few thousand CT slices.
 */
const DEFAULT_CACHE_BYTES = 1024 ** 3;

/**
 * Prefetch requests in flight at once. Cornerstone allows hundreds, which fill the browser's few connections to
 * the host (six for HTTP/1.1), so that the image the operator scrolls to waits behind the prefetch queue; four
 * keep the stack loading ahead and leave connections for the image asked for.
 */
const PREFETCH_REQUESTS = 4;

let runtime: CornerstoneRuntime | undefined;

/**
 * Initialises Cornerstone once per page: the rendering path (see chooseRenderBackend), the DICOM image
 * loader with its decoder workers (bundled with their WebAssembly codecs, nothing fetched from elsewhere)
 * and the overlay plane capture. Later calls return the first result; options then have no effect.
 */
export function initializeCornerstone(options: CornerstoneSetupOptions = {}): CornerstoneRuntime {
  if (runtime) return runtime;
  const capabilities = getRenderingCapabilities();
  const choice = chooseRenderBackend(options.renderBackend ?? 'auto', capabilities);
  initCore({ rendering: { useCPURendering: choice.backend === 'cpu' }, debug: {} });
  cache.setMaxCacheSize(options.cacheSizeBytes ?? DEFAULT_CACHE_BYTES);
  initLoader(options.maxWebWorkers ? { maxWebWorkers: options.maxWebWorkers } : {});
  imageRetrievalPoolManager.setMaxSimultaneousRequests(Enums.RequestType.Prefetch, PREFETCH_REQUESTS);
  imageLoadPoolManager.setMaxSimultaneousRequests(Enums.RequestType.Prefetch, PREFETCH_REQUESTS);
  installOverlayPlaneCapture();
  runtime = { ...choice, renderer: capabilities.renderer };
  return runtime;
}
