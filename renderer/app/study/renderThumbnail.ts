import { utilities } from '@cornerstonejs/core';
import { frameImageIdsForUrl, initializeCornerstone } from '../../viewer/index.js';

/**
 * Draws one frame of a file small into `canvas` with Cornerstone's own loader and CPU renderer (no viewport, no
 * GPU context). The URL carries a marker of its own so that the thumbnail's decoded copy (RGBA, for the CPU
 * path) never stands in for the viewer's; the request queues behind the viewer's as a thumbnail.
 */
export async function renderThumbnail(canvas: HTMLCanvasElement, url: string, frame: number, frames: number): Promise<void> {
  initializeCornerstone();
  const marked = `${url}${url.includes('?') ? '&' : '?'}thumbnail=1`;
  const imageId = frameImageIdsForUrl(marked, frames)[frame];
  if (!imageId) throw new RangeError(`no frame ${frame} in ${frames}`);
  await utilities.loadImageToCanvas({ canvas, imageId, useCPURendering: true, thumbnail: true });
}
