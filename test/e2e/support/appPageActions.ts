import type { Page } from 'playwright-core';

/**
 * Page coordinates of a source pixel position in the app's viewer, from the camera it publishes on the viewport
 * element (zoom in screen pixels per source pixel, pan of the image centre from the viewport centre).
 */
export async function imageToPage(page: Page, [x, y]: readonly [number, number]): Promise<[number, number]> {
  const viewport = page.locator('.viewport');
  const box = await viewport.boundingBox();
  if (!box) throw new Error('the viewer has no box');
  const read = async (name: string): Promise<number> => {
    const value = Number(await viewport.getAttribute(name));
    if (!Number.isFinite(value)) throw new Error(`the viewer has no ${name}`);
    return value;
  };
  const [zoom, panX, panY, columns, rows] = await Promise.all(['data-zoom', 'data-pan-x', 'data-pan-y', 'data-columns', 'data-rows'].map(read));
  return [box.x + box.width / 2 + panX! + (x - columns! / 2) * zoom!, box.y + box.height / 2 + panY! + (y - rows! / 2) * zoom!];
}

/** Drags with the primary button from one source pixel position to another, in steps (as a hand would). */
export async function dragOnImage(page: Page, from: readonly [number, number], to: readonly [number, number]): Promise<void> {
  const [a, b] = [await imageToPage(page, from), await imageToPage(page, to)];
  await page.mouse.move(a[0], a[1]);
  await page.mouse.down();
  await page.mouse.move(b[0], b[1], { steps: 8 });
  await page.mouse.up();
}

/** Waits until the viewer shows a series' images with its camera published. */
export async function waitForViewer(page: Page, index?: number): Promise<void> {
  await page.waitForSelector(`.viewport[data-state="ready"][data-zoom]${index === undefined ? '' : `[data-index="${index}"]`}`, { timeout: 60_000 });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
