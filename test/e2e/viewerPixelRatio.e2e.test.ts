import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { haveCorpus } from '../support/environment.js';
import { haveChromium, launchChromium } from './support/chromium.js';
import { pixelAt, type Raster } from './support/decodePng.js';
import { openViewerPage, settle, type ViewerPage } from './support/openViewerPage.js';
import { startViewerServer, type StaticServer } from './support/staticServer.js';
import type { Viewer } from '../../renderer/viewer/viewerApi.js';
import { canvasPoints, drag, onViewer, pagePoints } from './support/viewerPageActions.js';
import { FIXTURES } from './support/writeSyntheticFixtures.js';

/**
 * Display scaling. Hospital 4K screens run at 200 %, laptops often at 150 %: the page then has
 * devicePixelRatio 2 or 1.5, and screenshots have that many pixels per CSS pixel. The viewer must show the
 * image, masks and crop where it does at 100 %, and map the mouse to the same source pixels, on both paths.
 */

const RATIOS = [1, 1.5, 2] as const;
/** The window the fault was reported in; the dev page's viewer (640 × 512) overhangs it on the right. */
const WINDOW: [number, number] = [600, 600];
/** Four bright quadrants, so that every image pixel stands out from the black background. */
const FILE = FIXTURES.palette;
const [RED, GREEN, , YELLOW] = FILE.quadrantColours;
/** The dev page's viewer, in CSS pixels. */
const VIEWER: [number, number] = [640, 512];
/** 128 × 96 fitted into 640 × 512 at any ratio: 5 CSS pixels per source pixel, 640 × 480, 16 from the top. */
const FITTED = { zoom: 5, box: [0, 16, 640, 496] };

/** The bounding box, in CSS pixels, of what is not background (any channel above 40) in a screenshot. */
function shownBox(raster: Raster, scale: number): number[] {
  let [left, top, right, bottom] = [raster.width, raster.height, 0, 0];
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      if (Math.max(...pixelAt(raster, x, y)) <= 40) continue;
      left = Math.min(left, x);
      top = Math.min(top, y);
      right = Math.max(right, x + 1);
      bottom = Math.max(bottom, y + 1);
    }
  }
  return [left, top, right, bottom].map((v) => v / scale);
}

/** The colour of a screenshot of the viewer (`width` CSS pixels wide) at a point given in CSS pixels. */
function colourAt(raster: Raster, [x, y]: [number, number], width = VIEWER[0]): [number, number, number] {
  const scale = raster.width / width;
  return pixelAt(raster, x * scale, y * scale);
}

const available = haveChromium() && haveCorpus();

describe.skipIf(!available)('viewer at display scaling (devicePixelRatio)', () => {
  let browser: Browser;
  let server: StaticServer;
  const pages: ViewerPage[] = [];

  beforeAll(async () => {
    server = await startViewerServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    for (const vp of pages.splice(0)) {
      await vp.close();
      expect(vp.foreignRequests, 'requests to other origins').toEqual([]);
      expect(vp.problems, 'page errors').toEqual([]);
    }
  });

  const open = async (backend: 'cpu' | 'gpu', ratio: number): Promise<ViewerPage> => {
    const vp = await openViewerPage(browser, server, {
      files: [`/data/synthetic/${FILE.file}`],
      backend,
      interpolation: 'nearest',
      window: WINDOW,
      deviceScaleFactor: ratio,
    });
    pages.push(vp);
    expect(await vp.page.evaluate(() => window.devicePixelRatio)).toBe(ratio);
    return vp;
  };

  /** Mouse positions of source points, each checked to be inside the window (where the mouse can reach). */
  const mousePoints = async (vp: ViewerPage, points: readonly [number, number][]): Promise<[number, number][]> => {
    const page = await pagePoints(vp, points);
    for (const [x, y] of page) expect(x > 0 && y > 0 && x < WINDOW[0] && y < WINDOW[1], `${x},${y} in the window`).toBe(true);
    return page;
  };

  const within = (actual: number, expected: number, tolerance = 1): void =>
    expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).toBeLessThanOrEqual(tolerance);

  /** Sets the viewer's CSS width and waits until the viewer has followed it at the page's pixel ratio. */
  const resizeViewer = async (vp: ViewerPage, width: number): Promise<void> => {
    await vp.page.evaluate((w) => {
      document.querySelector<HTMLElement>('.dev-viewport')!.style.width = `${w}px`;
    }, width);
    await vp.page.waitForFunction(
      (w) => document.querySelector<HTMLCanvasElement>('canvas.cornerstone-canvas')?.width === Math.round(w * window.devicePixelRatio),
      width,
      { timeout: 10_000 },
    );
    await settle(vp.page);
  };

  const cameraAndCanvas = (v: Viewer) => ({
    camera: v.getCamera(),
    centre: v.imageToCanvas([64, 48]),
    backingStore: (v.element.querySelector('canvas.cornerstone-canvas') as HTMLCanvasElement).width,
  });

  describe.each(['cpu', 'gpu'] as const)('%s rendering', (backend) => {
    test.each(RATIOS)('at ratio %s the image is fitted, centred and sharp, as at 1', async (ratio) => {
      const vp = await open(backend, ratio);
      const state = await onViewer(
        vp,
        (v, size) => {
          const canvas = v.element.querySelector('canvas.cornerstone-canvas') as HTMLCanvasElement;
          return {
            backend: v.renderBackend,
            camera: v.getCamera(),
            topLeft: v.imageToCanvas([0, 0]),
            bottomRight: v.imageToCanvas(size),
            backingStore: [canvas.width, canvas.height],
          };
        },
        [FILE.columns, FILE.rows] as [number, number],
      );
      expect(state.backend).toBe(backend);
      within(state.camera.zoom, FITTED.zoom, 1e-6);
      within(state.camera.pan[0], 0, 1e-6);
      within(state.camera.pan[1], 0, 1e-6);
      const [left, top, right, bottom] = FITTED.box as [number, number, number, number];
      expect(state.topLeft![0]).toBeCloseTo(left, 3);
      expect(state.topLeft![1]).toBeCloseTo(top, 3);
      expect(state.bottomRight![0]).toBeCloseTo(right, 3);
      expect(state.bottomRight![1]).toBeCloseTo(bottom, 3);
      // One canvas pixel per screen pixel: the image is drawn at the display's resolution, not magnified.
      expect(state.backingStore).toEqual(VIEWER.map((v) => v * ratio));

      const shown = await vp.capture(`pixel-ratio-${ratio}-${backend}`);
      expect([shown.width, shown.height]).toEqual(VIEWER.map((v) => v * ratio));
      // Where the screenshot shows the image: the same box as at ratio 1, to a screen pixel.
      shownBox(shown, ratio).forEach((edge, i) => within(edge, FITTED.box[i]!, 1 / ratio));
      // The quadrants meet where imageToCanvas says, to a tenth of a source pixel (half a CSS pixel).
      const middle = FILE.columns / 2;
      const row = FILE.rows / 4;
      const [leftOfMiddle, rightOfMiddle, lowerRight] = await canvasPoints(vp, [[middle - 0.1, row], [middle + 0.1, row], [(3 * FILE.columns) / 4, (3 * FILE.rows) / 4]]);
      expect(colourAt(shown, leftOfMiddle!)).toEqual([...RED]);
      expect(colourAt(shown, rightOfMiddle!)).toEqual([...GREEN]);
      expect(colourAt(shown, lowerRight!)).toEqual([...YELLOW]);
    });

    test.each(RATIOS)('at ratio %s zoom, pan, masks and the crop follow the mouse in source pixels', async (ratio) => {
      const vp = await open(backend, ratio);
      // Zoom keeps the point under the anchor; a middle-button drag moves the image exactly as far as the mouse.
      const [anchor] = await canvasPoints(vp, [[40, 30]]);
      await onViewer(vp, (v, a) => v.zoomBy(0.8, a), anchor!);
      const [stillThere] = await canvasPoints(vp, [[40, 30]]);
      within(stillThere![0], anchor![0], 0.01);
      within(stillThere![1], anchor![1], 0.01);
      within((await onViewer(vp, (v) => v.getCamera(), undefined)).zoom, FITTED.zoom * 0.8, 1e-6);
      const [centre] = await mousePoints(vp, [[FILE.columns / 2, FILE.rows / 2]]);
      await drag(vp.page, [centre!, [centre![0] - 37, centre![1] + 23]], 'middle');
      const [moved] = await mousePoints(vp, [[FILE.columns / 2, FILE.rows / 2]]);
      within(moved![0] - centre![0], -37, 0.5);
      within(moved![1] - centre![1], 23, 0.5);

      await onViewer(vp, (v) => {
        v.setMaskCategory('face');
        v.setTool('rectangle');
      }, undefined);
      await drag(vp.page, await mousePoints(vp, [[10.3, 12.6], [40.2, 35.9]]));
      await onViewer(vp, (v) => v.setTool('ellipse'), undefined);
      await drag(vp.page, await mousePoints(vp, [[70.4, 10.2], [100.1, 40.7]]));
      await onViewer(vp, (v) => v.setTool('polygon'), undefined);
      const corners: [number, number][] = [[20, 55], [50, 58], [46, 84], [16, 80]];
      for (const [x, y] of await mousePoints(vp, corners)) await vp.page.mouse.click(x, y);
      await vp.page.keyboard.press('Enter');
      const masks = await onViewer(vp, (v) => v.getMasks(), undefined);
      expect(masks.map((m) => m.type)).toEqual(['rectangle', 'ellipse', 'polygon']);
      const [rectangle, ellipse, polygon] = masks;
      if (rectangle?.type !== 'rectangle' || ellipse?.type !== 'ellipse' || polygon?.type !== 'polygon') throw new Error('unexpected shapes');
      within(rectangle.x, 10.3);
      within(rectangle.y, 12.6);
      within(rectangle.width, 40.2 - 10.3);
      within(rectangle.height, 35.9 - 12.6);
      within(ellipse.cx, (70.4 + 100.1) / 2);
      within(ellipse.cy, (10.2 + 40.7) / 2);
      within(ellipse.rx, (100.1 - 70.4) / 2);
      within(ellipse.ry, (40.7 - 10.2) / 2);
      expect(polygon.points).toHaveLength(corners.length);
      polygon.points.forEach(([x, y], i) => {
        within(x, corners[i]![0]);
        within(y, corners[i]![1]);
      });

      await onViewer(vp, (v) => v.setTool('crop'), undefined);
      await drag(vp.page, await mousePoints(vp, [[4.2, 3.8], [120.3, 90.7]]));
      expect(await onViewer(vp, (v) => v.getCrop(), undefined)).toEqual({ x: 4, y: 4, width: 116, height: 87 });

      // On screen, opaque masks are black inside and the image shows just outside them; outside the crop the
      // image is darkened (black at 55 % over it), inside it is untouched.
      const shown = await vp.capture(`pixel-ratio-${ratio}-${backend}-masks`);
      const inside: [number, number][] = [
        [rectangle.x + 1, rectangle.y + 1],
        [rectangle.x + rectangle.width - 1, rectangle.y + rectangle.height - 1],
        [ellipse.cx, ellipse.cy],
        [ellipse.cx + ellipse.rx - 1, ellipse.cy],
        [33, 70],
      ];
      for (const point of await canvasPoints(vp, inside)) expect(colourAt(shown, point), `mask at ${point}`).toEqual([0, 0, 0]);
      const [besideRectangle, besideEllipse, cropped, kept] = await canvasPoints(vp, [
        [rectangle.x + rectangle.width + 0.5, rectangle.y + 1],
        [ellipse.cx + ellipse.rx + 0.5, ellipse.cy - 10],
        [2, 2],
        [6, 6],
      ]);
      expect(colourAt(shown, besideRectangle!)).toEqual([...RED]);
      expect(colourAt(shown, besideEllipse!)).toEqual([...GREEN]);
      within(colourAt(shown, cropped!)[0], 255 * 0.45, 8);
      expect(colourAt(shown, kept!)).toEqual([...RED]);
    });

    test.each(['opened at ratio 2', 'moved from ratio 1 to 2'] as const)('%s and resized, a zoomed view keeps its zoom and pan, drawn where the masks are', async (how) => {
      const vp = await open(backend, how === 'opened at ratio 2' ? 2 : 1);
      await onViewer(vp, (v) => {
        v.zoomBy(0.8, [200, 166]);
        v.panBy(-37, 23);
        v.setMasks([{ type: 'rectangle', x: 10, y: 10, width: 30, height: 20, category: 'face' }]);
      }, undefined);
      const before = await onViewer(vp, cameraAndCanvas, undefined);
      if (how === 'moved from ratio 1 to 2') {
        // Chromium's own way of moving the window to a screen at 200 %. Headless, it signals nothing (neither a
        // resolution media query nor a device-pixel ResizeObserver fires), so the resize below is what the
        // viewer sees: the ratio and the size change together.
        const session = await vp.context.newCDPSession(vp.page);
        await session.send('Emulation.setDeviceMetricsOverride', { width: WINDOW[0], height: WINDOW[1], deviceScaleFactor: 2, mobile: false });
        expect(await vp.page.evaluate(() => window.devicePixelRatio)).toBe(2);
      }
      await resizeViewer(vp, 600);
      const after = await onViewer(vp, cameraAndCanvas, undefined);
      expect(after.backingStore).toBe(1200);
      within(after.camera.zoom, before.camera.zoom, 1e-6);
      within(after.camera.pan[0], before.camera.pan[0], 1e-6);
      within(after.camera.pan[1], before.camera.pan[1], 1e-6);
      // The view is centred on the canvas, which lost 20 CSS pixels on each side.
      within(after.centre![0], before.centre![0] - 20, 1e-6);
      within(after.centre![1], before.centre![1], 1e-6);
      const shown = await vp.capture(`pixel-ratio-2-resized-${how === 'opened at ratio 2' ? 'opened' : 'moved'}-${backend}`);
      const [leftOfMiddle, rightOfMiddle, inMask, besideMask] = await canvasPoints(vp, [[63.9, 24], [64.1, 24], [11, 11], [40.5, 11]]);
      expect(colourAt(shown, leftOfMiddle!, 600)).toEqual([...RED]);
      expect(colourAt(shown, rightOfMiddle!, 600)).toEqual([...GREEN]);
      expect(colourAt(shown, inMask!, 600)).toEqual([0, 0, 0]);
      expect(colourAt(shown, besideMask!, 600)).toEqual([...RED]);
    });
  });

  // Cornerstone's GPU resize keeps its camera as it is; the CPU path's, now the viewer's, fits a fitted image again.
  test('on the CPU path, resized at ratio 2, a fitted image is fitted again', async () => {
    const vp = await open('cpu', 2);
    await resizeViewer(vp, 560);
    const after = await onViewer(vp, cameraAndCanvas, undefined);
    within(after.camera.zoom, 560 / FILE.columns, 1e-6);
    within(after.camera.pan[0], 0, 1e-6);
    within(after.camera.pan[1], 0, 1e-6);
    const shown = await vp.capture();
    const height = (FILE.rows * 560) / FILE.columns;
    shownBox(shown, 2).forEach((edge, i) => within(edge, [0, (512 - height) / 2, 560, (512 + height) / 2][i]!, 0.5));
  });
});
