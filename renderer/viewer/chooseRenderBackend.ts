export type RenderBackendPreference = 'auto' | 'gpu' | 'cpu';
export type RenderBackend = 'gpu' | 'cpu';

/** Why a backend was chosen; a code for logs and diagnostics, not text for the operator. */
export type RenderBackendReason = 'requested' | 'no-webgl' | 'software-rasterizer' | 'hardware-webgl';

export interface RenderingCapabilities {
  webgl: boolean;
  softwareRasterizer: boolean;
}

/**
 * The rendering path for 2-D stacks. With a hardware WebGL device Cornerstone's GPU path is the fast one.
 * Without one, Cornerstone's CPU path is chosen even when Chromium offers WebGL through a software
 * rasterizer (SwiftShader, llvmpipe): in Debian's headless Chromium the CPU path scrolls a 256² series at
 * ~60 frames/s against ~15–25 on SwiftShader, and a 1024² series in a 1200 × 1000 viewport at ~40 against
 * ~8 (the e2e suite records the former in test/artifacts/viewer-timings.json). It also does not depend on
 * Chromium keeping a software WebGL fallback, which it is phasing out.
 */
export function chooseRenderBackend(
  preference: RenderBackendPreference,
  capabilities: RenderingCapabilities,
): { backend: RenderBackend; reason: RenderBackendReason } {
  if (preference === 'cpu') return { backend: 'cpu', reason: 'requested' };
  if (!capabilities.webgl) return { backend: 'cpu', reason: 'no-webgl' };
  if (preference === 'gpu') return { backend: 'gpu', reason: 'requested' };
  if (capabilities.softwareRasterizer) return { backend: 'cpu', reason: 'software-rasterizer' };
  return { backend: 'gpu', reason: 'hardware-webgl' };
}
