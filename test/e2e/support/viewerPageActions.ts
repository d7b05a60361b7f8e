import type { Page } from 'playwright-core';
import type { Viewer } from '../../../renderer/viewer/viewerApi.js';
import './devWindow.js';
import type { ViewerPage } from './openViewerPage.js';

/** Runs `action` on the page's viewer and returns its (serialisable) result. */
export function onViewer<A, R>(vp: ViewerPage, action: (viewer: Viewer, argument: A) => R | Promise<R>, argument: A): Promise<R> {
  // Sent as an expression: DevTools evaluates it outside the page's CSP, which forbids eval in page code.
  return vp.page.evaluate(`(${action.toString()})(window.peittoDev.viewer, ${JSON.stringify(argument) ?? 'undefined'})`) as Promise<R>;
}

/** Page coordinates (for the mouse) of source pixel coordinates, through the viewer's current camera. */
export async function pagePoints(vp: ViewerPage, points: readonly [number, number][]): Promise<[number, number][]> {
  const canvas = await onViewer(vp, (v, pts) => pts.map((p) => v.imageToCanvas(p)), points);
  const box = await vp.box();
  return canvas.map((p, i) => {
    if (!p) throw new Error('no image on display');
    if (p[0] < 0 || p[1] < 0 || p[0] >= box.width || p[1] >= box.height) {
      throw new Error(`image point ${JSON.stringify(points[i])} is outside the viewer at ${JSON.stringify(p)}`);
    }
    return [box.x + p[0], box.y + p[1]];
  });
}

/** Canvas coordinates (relative to the screenshot) of source pixel coordinates. */
export async function canvasPoints(vp: ViewerPage, points: readonly [number, number][]): Promise<[number, number][]> {
  const canvas = await onViewer(vp, (v, pts) => pts.map((p) => v.imageToCanvas(p)), points);
  return canvas.map((p) => {
    if (!p) throw new Error('no image on display');
    return p;
  });
}

/** Presses, moves in steps and releases the mouse along `path` (page coordinates). */
export async function drag(
  page: Page,
  path: readonly [number, number][],
  button: 'left' | 'middle' | 'right' = 'left',
  steps = 6,
): Promise<void> {
  const [first, ...rest] = path;
  if (!first) return;
  await page.mouse.move(first[0], first[1]);
  await page.mouse.down({ button });
  for (const point of rest) await page.mouse.move(point[0], point[1], { steps });
  await page.mouse.up({ button });
}

export async function waitForIndex(vp: ViewerPage, index: number): Promise<void> {
  await vp.page.waitForFunction((i) => window.peittoDev.viewer?.getImageInfo()?.index === i, index, { timeout: 10_000 });
}
