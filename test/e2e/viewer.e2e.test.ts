import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { haveCorpus } from '../support/environment.js';
import { haveChromium, launchChromium } from './support/chromium.js';
import { pixelAt, rasterStatistics, type Raster } from './support/decodePng.js';
import { openViewerPage, settle, type ViewerPage, type ViewerPageOptions } from './support/openViewerPage.js';
import { ARTIFACTS, PYDICOM_TEST_FILES, SYNTHETIC_FIXTURES } from './support/paths.js';
import { expectedLevel, readGreyPixels } from './support/readGreyPixels.js';
import { startViewerServer, type StaticServer } from './support/staticServer.js';
import { canvasPoints, drag, onViewer, pagePoints, waitForIndex } from './support/viewerPageActions.js';
import { FIXTURES, seriesSliceName } from './support/writeSyntheticFixtures.js';

const pydicom = (name: string): string => `/data/pydicom/${name}`;
const synthetic = (name: string): string => `/data/synthetic/${name}`;
const SERIES = Array.from({ length: FIXTURES.series.count }, (_, i) => synthetic(`${FIXTURES.series.directory}/${seriesSliceName(i)}`));

/** The colour bands of pydicom's SC_rgb_* test images: ten bands of ten rows, top to bottom. */
const RGB_BANDS: readonly [number, number, number][] = [
  [255, 0, 0],
  [255, 128, 128],
  [0, 255, 0],
  [128, 255, 128],
  [0, 0, 255],
  [128, 128, 255],
  [0, 0, 0],
  [64, 64, 64],
  [192, 192, 192],
  [255, 255, 255],
];

const grey = ([r, g, b]: [number, number, number]): number => Math.round((r + g + b) / 3);
const near = (actual: readonly number[], expected: readonly number[], tolerance: number): boolean =>
  actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

/** A fixed pseudo-random sequence, so that sampled pixels are the same on every run. */
function* samplePoints(columns: number, rows: number, count: number): Generator<[number, number]> {
  let seed = 12345;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const c = seed % columns;
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    yield [c, seed % rows];
  }
}

const available = haveChromium() && haveCorpus();

describe.skipIf(!available)('viewer in Debian Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  const pages: ViewerPage[] = [];
  const timings: Record<string, unknown> = {};

  beforeAll(async () => {
    server = await startViewerServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (Object.keys(timings).length > 0) {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, 'viewer-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    }
  });

  const open = async (options: ViewerPageOptions): Promise<ViewerPage> => {
    const vp = await openViewerPage(browser, server, options);
    pages.push(vp);
    return vp;
  };

  // Every page of every test: nothing but its own origin was asked for, and nothing went wrong on the page
  // (console errors, exceptions, Content Security Policy violations under the policy the app ships with).
  afterEach(async () => {
    for (const vp of pages.splice(0)) {
      await vp.capture();
      await vp.close();
      expect(vp.foreignRequests, 'requests to other origins').toEqual([]);
      expect(vp.problems, 'page errors').toEqual([]);
    }
  });

  /** Compares screen pixels at source pixel centres with what the file and window say they must be. */
  async function expectGreyMatches(
    vp: ViewerPage,
    raster: Raster,
    file: string,
    window: { center: number; width: number },
    invert = false,
  ): Promise<void> {
    const frame = readGreyPixels(file);
    const monochrome1 = frame.photometricInterpretation === 'MONOCHROME1';
    const samples = [...samplePoints(frame.columns, frame.rows, 400)];
    const centres = await canvasPoints(vp, samples.map(([c, r]) => [c + 0.5, r + 0.5]));
    const misses = samples.filter(([c, r], i) => {
      const expected = expectedLevel(frame.values[r * frame.columns + c]!, window, monochrome1 !== invert);
      const [x, y] = centres[i]!;
      return Math.abs(grey(pixelAt(raster, x, y)) - expected) > 3;
    });
    expect(misses.length, `pixels off by more than 3 levels: ${JSON.stringify(misses.slice(0, 5))}`).toBeLessThanOrEqual(samples.length * 0.02);
  }

  describe.each(['cpu', 'gpu'] as const)('%s rendering', (backend) => {
    test('a CT image shows the file’s values through the window, the right way up', async () => {
      const vp = await open({ files: [pydicom('CT_small.dcm')], backend, interpolation: 'nearest' });
      const info = await onViewer(vp, (v) => ({ info: v.getImageInfo(), backend: v.renderBackend }), undefined);
      expect(info.backend).toBe(backend);
      expect(info.info).toMatchObject({ columns: 128, rows: 128, modality: 'CT', photometricInterpretation: 'MONOCHROME2' });
      const initial = await vp.capture(`ct-small-${backend}`);
      const stats = rasterStatistics(initial);
      expect(stats.deviation).toBeGreaterThan(30);
      expect(stats.distinct).toBeGreaterThan(100);
      await onViewer(vp, (v) => v.setVoi({ center: 40, width: 400 }), undefined);
      const windowed = await vp.capture(`ct-small-soft-tissue-${backend}`);
      await expectGreyMatches(vp, windowed, join(PYDICOM_TEST_FILES, 'CT_small.dcm'), { center: 40, width: 400 });
      expect(rasterStatistics(windowed).mean).not.toBeCloseTo(stats.mean, 0);
    });

    test('MONOCHROME1 shows low values bright, and invert shows them dark', async () => {
      const file = FIXTURES.monochrome1;
      const vp = await open({ files: [synthetic(file.file)], backend, interpolation: 'nearest' });
      const shown = await vp.capture(`monochrome1-${backend}`);
      const path = join(SYNTHETIC_FIXTURES, file.file);
      await expectGreyMatches(vp, shown, path, { center: 2048, width: 4096 });
      const [marker, left, right] = await canvasPoints(vp, [[file.marker.x + 10, file.marker.y + 10], [2.5, 60.5], [file.columns - 2.5, 60.5]]);
      expect(grey(pixelAt(shown, ...marker!))).toBeLessThan(8);
      expect(grey(pixelAt(shown, ...left!))).toBeGreaterThan(245);
      expect(grey(pixelAt(shown, ...right!))).toBeLessThan(8);
      // The marker's edges are where imageToCanvas says (masks are drawn with the same map): a quarter pixel
      // inside is black, a quarter pixel outside is the bright ramp.
      const { x, y, width, height } = file.marker;
      const mid = y + height / 2;
      const edges = await canvasPoints(vp, [[x + 0.25, mid], [x - 0.25, mid], [x + width - 0.25, mid], [x + width + 0.25, mid], [x + 10, y + 0.25], [x + 10, y - 0.25]]);
      const levels = edges.map((p) => grey(pixelAt(shown, ...p)));
      expect(levels.filter((_, i) => i % 2 === 0).every((l) => l < 8), `inside the edges: ${levels}`).toBe(true);
      expect(levels.filter((_, i) => i % 2 === 1).every((l) => l > 200), `outside the edges: ${levels}`).toBe(true);
      await onViewer(vp, (v) => v.execute({ type: 'toggleInvert' }), undefined);
      const inverted = await vp.capture(`monochrome1-inverted-${backend}`);
      await expectGreyMatches(vp, inverted, path, { center: 2048, width: 4096 }, true);
      expect(grey(pixelAt(inverted, ...left!))).toBeLessThan(10);
    });

    test('a palette colour image shows its lookup table’s colours in place', async () => {
      const file = FIXTURES.palette;
      const vp = await open({ files: [synthetic(file.file)], backend });
      const shown = await vp.capture(`palette-${backend}`);
      const quarters: [number, number][] = [
        [file.columns / 4, file.rows / 4],
        [(3 * file.columns) / 4, file.rows / 4],
        [file.columns / 4, (3 * file.rows) / 4],
        [(3 * file.columns) / 4, (3 * file.rows) / 4],
      ];
      const points = await canvasPoints(vp, quarters);
      points.forEach((p, i) => expect(pixelAt(shown, ...p)).toEqual([...file.quadrantColours[i]!]));
    });

    test('a multi-frame RGB (RLE) image shows both frames', async () => {
      const vp = await open({ files: [pydicom('SC_rgb_rle_2frame.dcm')], backend, interpolation: 'nearest' });
      expect(await onViewer(vp, (v) => v.getImageInfo()?.count, undefined)).toBe(2);
      const bandCentres = await canvasPoints(vp, RGB_BANDS.map((_, i) => [50, i * 10 + 5]));
      const first = await vp.capture(`rgb-rle-frame1-${backend}`);
      bandCentres.forEach((p, i) => expect(near(pixelAt(first, ...p), RGB_BANDS[i]!, 1), `band ${i}`).toBe(true));
      await onViewer(vp, (v) => v.setIndex(1), undefined);
      const second = await vp.capture(`rgb-rle-frame2-${backend}`);
      // pydicom's second frame is the first one inverted.
      bandCentres.forEach((p, i) => expect(near(pixelAt(second, ...p), RGB_BANDS[i]!.map((v) => 255 - v), 1), `band ${i}`).toBe(true));
    });

    test('a JPEG baseline (YBR_FULL) image decodes to its colours', async () => {
      const vp = await open({ files: [pydicom('SC_rgb_jpeg_dcmtk.dcm')], backend, interpolation: 'nearest' });
      const shown = await vp.capture(`jpeg-baseline-${backend}`);
      const bandCentres = await canvasPoints(vp, RGB_BANDS.map((_, i) => [50, i * 10 + 5]));
      bandCentres.forEach((p, i) => expect(near(pixelAt(shown, ...p), RGB_BANDS[i]!, 12), `band ${i}`).toBe(true));
    });

    test('an overlay plane (60xx) is drawn over the image and can be hidden', async () => {
      const file = FIXTURES.overlay;
      const vp = await open({ files: [synthetic(file.file)], backend, interpolation: 'nearest' });
      expect(await onViewer(vp, (v) => v.getImageInfo()?.overlayCount, undefined)).toBe(1);
      const [inBar, outside] = await canvasPoints(vp, [
        [file.bar.x + file.bar.width / 2, file.bar.y + file.bar.height / 2],
        [file.columns / 2, 40],
      ]);
      const shown = await vp.capture(`overlay-shown-${backend}`);
      expect(pixelAt(shown, ...inBar!)).toEqual([255, 255, 255]);
      expect(Math.abs(grey(pixelAt(shown, ...outside!)) - 64)).toBeLessThanOrEqual(2);
      await vp.page.locator('[data-viewer-layers]').focus();
      await vp.page.keyboard.press('o');
      const hidden = await vp.capture(`overlay-hidden-${backend}`);
      expect(Math.abs(grey(pixelAt(hidden, ...inBar!)) - 64)).toBeLessThanOrEqual(2);
    });

    test('time to first image and scroll rate over a 24-image series', async () => {
      const started = Date.now();
      const vp = await open({ files: SERIES, backend });
      const openedMs = Date.now() - started;
      const firstImageMs = await vp.page.evaluate(() => window.peittoDev.firstImageMs);
      const scroll = await onViewer(
        vp,
        async (v) => {
          const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
          // First pass loads and decodes; the second shows cached images, as scrolling back and forth does.
          const passes: number[] = [];
          for (let pass = 0; pass < 2; pass++) {
            const start = performance.now();
            for (let i = 0; i < v.getImageIds().length; i++) {
              await v.setIndex(i);
              await frame();
            }
            passes.push(performance.now() - start);
            await v.setIndex(0);
          }
          return { images: v.getImageIds().length, firstPassMs: passes[0]!, cachedPassMs: passes[1]! };
        },
        undefined,
      );
      const result = {
        firstImageMsSinceNavigation: Math.round(firstImageMs ?? -1),
        pageOpenedMs: openedMs,
        firstPassFps: Math.round((scroll.images / scroll.firstPassMs) * 1000 * 10) / 10,
        cachedPassFps: Math.round((scroll.images / scroll.cachedPassMs) * 1000 * 10) / 10,
      };
      timings[backend] = result;
      console.log(`${backend}: ${JSON.stringify(result)}`);
      expect(result.cachedPassFps).toBeGreaterThan(5);
    });
  });

  test('compressed files decode with the bundled WebAssembly codecs, offline and under the CSP', async () => {
    const reference = await open({ files: [pydicom('MR_small.dcm')], interpolation: 'nearest' });
    await onViewer(reference, (v) => v.setVoi({ center: 600, width: 1200 }), undefined);
    const expected = await reference.capture('mr-small-reference');
    for (const file of ['MR_small_jp2klossless.dcm', 'MR_small_jpeg_ls_lossless.dcm', 'MR_small_RLE.dcm', 'MR_small_bigendian.dcm']) {
      const vp = await open({ files: [pydicom(file)], interpolation: 'nearest' });
      await onViewer(vp, (v) => v.setVoi({ center: 600, width: 1200 }), undefined);
      const shown = await vp.capture(`decoded-${file.replace('.dcm', '')}`);
      expect(Buffer.from(shown.data).equals(Buffer.from(expected.data)), `${file} differs from MR_small.dcm`).toBe(true);
    }
    const lossy = await open({ files: [pydicom('JPEG2000.dcm')] });
    expect(rasterStatistics(await lossy.capture('decoded-JPEG2000')).deviation).toBeGreaterThan(10);
    const wasm = pages.flatMap((vp) => vp.requests).filter((url) => url.endsWith('.wasm'));
    expect(wasm.length, 'the codecs were fetched by the decoder workers, from the page origin').toBeGreaterThan(0);
  });

  describe('interaction', () => {
    test('the wheel, the keys and setIndex scroll through a series', async () => {
      const vp = await open({ files: SERIES, interpolation: 'nearest' });
      const { discRow, discColumn } = FIXTURES.series;
      const discAt = async (index: number): Promise<number> => {
        const raster = await vp.capture();
        const [point] = await canvasPoints(vp, [[discColumn(index), discRow]]);
        return grey(pixelAt(raster, ...point!));
      };
      expect(await onViewer(vp, (v) => v.getImageInfo()?.count, undefined)).toBe(FIXTURES.series.count);
      expect(await discAt(0)).toBeGreaterThan(200);
      // A click gives the viewer the keyboard; with the window/level tool it changes nothing.
      const centre = await pagePoints(vp, [[128, 128]]);
      await vp.page.mouse.click(...centre[0]!);
      await vp.page.mouse.wheel(0, 100);
      await waitForIndex(vp, 1);
      await vp.page.keyboard.press('ArrowDown');
      await vp.page.keyboard.press('ArrowDown');
      await waitForIndex(vp, 3);
      expect(await discAt(3)).toBeGreaterThan(200);
      expect(await discAt(0)).toBeLessThan(150);
      await vp.page.keyboard.press('End');
      await waitForIndex(vp, FIXTURES.series.count - 1);
      await vp.page.keyboard.press('Home');
      await waitForIndex(vp, 0);
      await onViewer(vp, (v) => v.setIndex(10), undefined);
      await waitForIndex(vp, 10);
      expect(await discAt(10)).toBeGreaterThan(200);
      await vp.capture('series-slice-11');
    });

    test('dragging, the keyboard and presets change the window', async () => {
      const vp = await open({ files: SERIES.slice(0, 2) });
      expect(await onViewer(vp, (v) => v.getVoi(), undefined)).toEqual({ center: 40, width: 400 });
      const before = await vp.capture('window-before');
      const [from] = await pagePoints(vp, [[128, 128]]);
      await drag(vp.page, [from!, [from![0] + 100, from![1] + 60]]);
      const dragged = await onViewer(vp, (v) => v.getVoi(), undefined);
      expect(dragged!.width).toBeGreaterThan(400);
      expect(dragged!.center).toBeGreaterThan(40);
      const after = await vp.capture('window-dragged');
      expect(Math.abs(rasterStatistics(after).mean - rasterStatistics(before).mean)).toBeGreaterThan(3);
      await vp.page.keyboard.press('2');
      expect(await onViewer(vp, (v) => v.getVoi(), undefined)).toEqual({ center: -600, width: 1500 });
      await vp.page.keyboard.press('Shift+ArrowRight');
      expect((await onViewer(vp, (v) => v.getVoi(), undefined))!.width).toBeGreaterThan(1500);
      await vp.page.keyboard.press('0');
      expect(await onViewer(vp, (v) => v.getVoi(), undefined)).toEqual({ center: 40, width: 400 });
      expect(await onViewer(vp, (v) => v.getVoiPresets().map((p) => p.id), undefined)).toContain('ct-lung');
    });

    test('zoom keeps the point under the cursor, pan moves the image, fit restores', async () => {
      const vp = await open({ files: [synthetic(FIXTURES.monochrome1.file)] });
      // 160 × 120 pixels fitted into 640 × 512: four screen pixels per source pixel, centred.
      const fitted = await onViewer(vp, (v) => v.getCamera(), undefined);
      expect(fitted.zoom).toBeCloseTo(4, 5);
      expect(fitted.pan[0]).toBeCloseTo(0, 5);
      expect(fitted.pan[1]).toBeCloseTo(0, 5);
      const [anchor] = await canvasPoints(vp, [[40, 30]]);
      await onViewer(vp, (v, a) => v.zoomBy(2, a), anchor!);
      const [stillThere] = await canvasPoints(vp, [[40, 30]]);
      expect(stillThere![0]).toBeCloseTo(anchor![0], 0);
      expect(stillThere![1]).toBeCloseTo(anchor![1], 0);
      expect((await onViewer(vp, (v) => v.getCamera(), undefined)).zoom).toBeCloseTo(8, 5);
      const [start] = await pagePoints(vp, [[80, 60]]);
      await drag(vp.page, [start!, [start![0] + 50, start![1] - 30]], 'middle');
      const [moved] = await pagePoints(vp, [[80, 60]]);
      expect(moved![0] - start![0]).toBeCloseTo(50, 0);
      expect(moved![1] - start![1]).toBeCloseTo(-30, 0);
      await vp.capture('zoomed-and-panned');
      await onViewer(vp, (v) => v.setCamera({ zoom: 1, pan: [10, -20] }), undefined);
      const oneToOne = await onViewer(vp, (v) => v.getCamera(), undefined);
      expect(oneToOne.zoom).toBeCloseTo(1, 5);
      expect(oneToOne.pan[0]).toBeCloseTo(10, 5);
      expect(oneToOne.pan[1]).toBeCloseTo(-20, 5);
      await vp.capture('one-to-one');
      await onViewer(vp, (v) => v.fit(), undefined);
      const refitted = await onViewer(vp, (v) => v.getCamera(), undefined);
      expect(refitted.zoom).toBeCloseTo(4, 5);
      expect(Math.abs(refitted.pan[0]) + Math.abs(refitted.pan[1])).toBeLessThan(1e-6);
    });

    test('a rectangle and an ellipse drawn with the mouse are reported in source pixels', async () => {
      const file = FIXTURES.monochrome1;
      const vp = await open({ files: [synthetic(file.file)], size: [700, 500] });
      // A camera other than "fit" shows that the mapping goes through zoom and pan.
      await onViewer(vp, (v) => {
        v.zoomBy(0.8, [260, 180]);
        v.panBy(-37, 23);
      }, undefined);
      await onViewer(vp, (v) => {
        v.setMaskCategory('face');
        v.setTool('rectangle');
      }, undefined);
      await drag(vp.page, await pagePoints(vp, [[20.3, 30.6], [70.2, 80.9]]));
      await onViewer(vp, (v) => {
        v.setMaskCategory('tattoo');
        v.setTool('ellipse');
      }, undefined);
      await drag(vp.page, await pagePoints(vp, [[100.4, 20.2], [140.1, 60.7]]));
      const masks = await onViewer(vp, (v) => v.getMasks(), undefined);
      expect(masks).toHaveLength(2);
      const [rectangle, ellipse] = masks;
      expect(rectangle).toMatchObject({ type: 'rectangle', category: 'face' });
      expect(ellipse).toMatchObject({ type: 'ellipse', category: 'tattoo' });
      const within = (actual: number, expected: number): void => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1);
      if (rectangle?.type !== 'rectangle' || ellipse?.type !== 'ellipse') throw new Error('unexpected shapes');
      within(rectangle.x, 20.3);
      within(rectangle.y, 30.6);
      within(rectangle.width, 70.2 - 20.3);
      within(rectangle.height, 80.9 - 30.6);
      within(ellipse.cx, (100.4 + 140.1) / 2);
      within(ellipse.cy, (20.2 + 60.7) / 2);
      within(ellipse.rx, (140.1 - 100.4) / 2);
      within(ellipse.ry, (60.7 - 20.2) / 2);
      expect(Number.isInteger(rectangle.x) && Number.isInteger(rectangle.width)).toBe(true);

      // Opaque as they will be burned: black inside; peeking shows the image beneath.
      const [insideRectangle, insideEllipse] = await canvasPoints(vp, [[45, 55], [120, 40]]);
      const opaque = await vp.capture('masks-opaque');
      expect(pixelAt(opaque, ...insideRectangle!)).toEqual([0, 0, 0]);
      expect(pixelAt(opaque, ...insideEllipse!)).toEqual([0, 0, 0]);
      await vp.page.keyboard.press('p');
      const peek = await vp.capture('masks-peek');
      expect(grey(pixelAt(peek, ...insideRectangle!))).toBeGreaterThan(60);

      // Select, move, resize and delete.
      await onViewer(vp, (v) => v.setTool('select'), undefined);
      await drag(vp.page, await pagePoints(vp, [[45, 55], [55, 60]]));
      const movedRectangle = (await onViewer(vp, (v) => v.getMasks(), undefined))[0]!;
      expect(movedRectangle).toMatchObject({ x: rectangle.x + 10, y: rectangle.y + 5, width: rectangle.width, height: rectangle.height });
      const corner: [number, number] = [rectangle.x + 10 + rectangle.width, rectangle.y + 5 + rectangle.height];
      await drag(vp.page, await pagePoints(vp, [corner, [corner[0] + 12, corner[1] + 8]]));
      const resized = (await onViewer(vp, (v) => v.getMasks(), undefined))[0]!;
      expect(resized).toMatchObject({ x: rectangle.x + 10, y: rectangle.y + 5, width: rectangle.width + 12, height: rectangle.height + 8 });
      await vp.page.keyboard.press('Delete');
      expect(await onViewer(vp, (v) => v.getMasks().map((m) => m.type), undefined)).toEqual(['ellipse']);
    });

    test('polygon clicks and a freehand stroke become polygons', async () => {
      const vp = await open({ files: [synthetic(FIXTURES.monochrome1.file)] });
      await onViewer(vp, (v) => v.setTool('polygon'), undefined);
      const corners: [number, number][] = [[20, 20], [60, 25], [55, 70], [15, 60]];
      for (const [x, y] of await pagePoints(vp, corners)) await vp.page.mouse.click(x, y);
      await vp.page.keyboard.press('Enter');
      await onViewer(vp, (v) => v.setTool('freehand'), undefined);
      const circle = Array.from({ length: 25 }, (_, i): [number, number] => [
        110 + 20 * Math.cos((i / 24) * 2 * Math.PI),
        60 + 20 * Math.sin((i / 24) * 2 * Math.PI),
      ]);
      await drag(vp.page, await pagePoints(vp, circle), 'left', 2);
      const masks = await onViewer(vp, (v) => v.getMasks(), undefined);
      expect(masks.map((m) => m.type)).toEqual(['polygon', 'polygon']);
      const [polygon, freehand] = masks;
      if (polygon?.type !== 'polygon' || freehand?.type !== 'polygon') throw new Error('unexpected shapes');
      expect(polygon.points).toHaveLength(4);
      polygon.points.forEach(([x, y], i) => {
        expect(Math.abs(x - corners[i]![0])).toBeLessThanOrEqual(1);
        expect(Math.abs(y - corners[i]![1])).toBeLessThanOrEqual(1);
      });
      expect(freehand.points.length).toBeGreaterThanOrEqual(8);
      for (const [x, y] of freehand.points) expect(Math.abs(Math.hypot(x - 110, y - 60) - 20)).toBeLessThanOrEqual(1.5);
      await vp.capture('masks-polygons');
    });

    test('masks set by the app are shown and reported back; the crop darkens what it removes', async () => {
      const file = FIXTURES.overlay;
      const vp = await open({ files: [synthetic(file.file)], interpolation: 'nearest' });
      await onViewer(vp, (v) => {
        v.setOverlaysVisible(false);
        v.setMasks([
          { id: 'plan-1', type: 'rectangle', x: 10, y: 10, width: 40, height: 20, category: 'burned-in-text' },
          { type: 'ellipse', cx: 90, cy: 40, rx: 10.3, ry: 6, category: 'face' },
        ]);
      }, undefined);
      const masks = await onViewer(vp, (v) => v.getMasks(), undefined);
      expect(masks[0]).toEqual({ id: 'plan-1', type: 'rectangle', x: 10, y: 10, width: 40, height: 20, category: 'burned-in-text' });
      expect(masks[1]).toMatchObject({ type: 'ellipse', cx: 90, cy: 40, rx: 10.5, ry: 6 });
      const [inside, outside, cropped] = await canvasPoints(vp, [[30, 20], [30, 60], [120, 120]]);
      const shown = await vp.capture('masks-from-plan');
      expect(pixelAt(shown, ...inside!)).toEqual([0, 0, 0]);
      expect(Math.abs(grey(pixelAt(shown, ...outside!)) - 64)).toBeLessThanOrEqual(2);

      await onViewer(vp, (v) => v.setTool('crop'), undefined);
      await drag(vp.page, await pagePoints(vp, [[4.2, 3.7], [100.4, 110.6]]));
      expect(await onViewer(vp, (v) => v.getCrop(), undefined)).toEqual({ x: 4, y: 4, width: 96, height: 107 });
      const withCrop = await vp.capture('crop');
      expect(grey(pixelAt(withCrop, ...cropped!))).toBeLessThan(40);
      expect(Math.abs(grey(pixelAt(withCrop, ...outside!)) - 64)).toBeLessThanOrEqual(2);
    });

    test('the resolution preview shows the image area-averaged to the reduced size', async () => {
      const file = FIXTURES.monochrome1;
      const vp = await open({ files: [synthetic(file.file)], interpolation: 'nearest' });
      await onViewer(vp, (v) => v.setPreviewFactor(4), undefined);
      expect(await onViewer(vp, (v) => v.getPreview(), undefined)).toEqual({ factor: 4, columns: 40, rows: 30 });
      const shown = await vp.capture('preview-factor-4');
      const frame = readGreyPixels(join(SYNTHETIC_FIXTURES, file.file));
      // Output pixel (2, 2) averages source columns and rows 8–11: a quarter of it is the marker block.
      for (const [ox, oy] of [[2, 2], [5, 5], [7, 3], [20, 10], [39, 29]] as const) {
        let sum = 0;
        for (let r = oy * 4; r < oy * 4 + 4; r++) for (let c = ox * 4; c < ox * 4 + 4; c++) sum += frame.values[r * frame.columns + c]!;
        const expected = expectedLevel(sum / 16, { center: 2048, width: 4096 }, true);
        const [centre, corner] = await canvasPoints(vp, [[ox * 4 + 2, oy * 4 + 2], [ox * 4 + 0.3, oy * 4 + 0.3]]);
        expect(Math.abs(grey(pixelAt(shown, ...centre!)) - expected), `output pixel ${ox},${oy}`).toBeLessThanOrEqual(2);
        expect(pixelAt(shown, ...corner!), 'one reduced pixel is one block on screen').toEqual(pixelAt(shown, ...centre!));
      }
      await onViewer(vp, (v) => v.setPreviewFactor(undefined), undefined);
      const original = await vp.capture();
      const [edge] = await canvasPoints(vp, [[9.5, 9.5]]);
      expect(grey(pixelAt(original, ...edge!))).toBeGreaterThan(240);
    });

    test('cine plays a multi-frame image at its frame rate and stops', async () => {
      const file = FIXTURES.cine;
      const vp = await open({ files: [synthetic(file.file)], interpolation: 'nearest' });
      expect(await onViewer(vp, (v) => v.getImageInfo()?.count, undefined)).toBe(file.frames);
      const played = await onViewer(
        vp,
        async (v) => {
          const shown: number[] = [];
          const off = v.on('indexchange', ({ index }) => shown.push(index));
          v.play();
          await new Promise((resolve) => setTimeout(resolve, 2000));
          v.stop();
          off();
          return { shown, playing: v.isPlaying() };
        },
        undefined,
      );
      // Frame Time 40 ms asks for 25 frames per second.
      const fps = played.shown.length / 2;
      timings['cineFps'] = fps;
      expect(fps).toBeGreaterThan(15);
      expect(fps).toBeLessThanOrEqual(26);
      expect(played.playing).toBe(false);
      played.shown.forEach((index, i) => i > 0 && expect(index).toBe((played.shown[i - 1]! + 1) % file.frames));
      const index = await onViewer(vp, (v) => v.getIndex(), undefined);
      await settle(vp.page);
      const raster = await vp.capture('cine-stopped');
      const [bar, elsewhere] = await canvasPoints(vp, [[file.barX(index) + 4, 32], [file.barX((index + 8) % file.frames) + 4, 32]]);
      expect(grey(pixelAt(raster, ...bar!))).toBeGreaterThan(200);
      expect(grey(pixelAt(raster, ...elsewhere!))).toBeLessThan(60);
    });
  });
});
