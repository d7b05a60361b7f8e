import './devWindow.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { decodePng, type Raster } from './decodePng.js';
import { ARTIFACTS } from './paths.js';
import type { StaticServer } from './staticServer.js';

export interface ViewerPageOptions {
  /** Server paths of the DICOM files to stack ('/data/pydicom/CT_small.dcm'). */
  files: readonly string[];
  backend?: 'auto' | 'gpu' | 'cpu';
  interpolation?: 'linear' | 'nearest';
  tool?: string;
  size?: [number, number];
  index?: number;
}

export interface ViewerPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page or its workers asked for, and those that were not the server's (blocked). */
  requests: string[];
  foreignRequests: string[];
  /** Console errors, uncaught exceptions and CSP violations seen by the page. */
  problems: string[];
  /** The viewport element's position on the page now, to turn canvas coordinates into mouse positions. */
  box(): Promise<{ x: number; y: number; width: number; height: number }>;
  /** A screenshot of the viewer (what the operator sees), decoded; saved under test/artifacts when named. */
  capture(name?: string): Promise<Raster>;
  close(): Promise<void>;
}

/** Registered before any page script: collects CSP violations, which the console does not always report. */
const COLLECT_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

export async function openViewerPage(browser: Browser, server: StaticServer, options: ViewerPageOptions): Promise<ViewerPage> {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:') && !foreignRequests.includes(url)) foreignRequests.push(url);
  });
  await context.addInitScript(COLLECT_VIOLATIONS);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`worker console: ${message.text()}`);
    });
  });

  const query = new URLSearchParams();
  for (const file of options.files) query.append('url', file);
  if (options.backend) query.set('backend', options.backend);
  if (options.interpolation) query.set('interpolation', options.interpolation);
  if (options.tool) query.set('tool', options.tool);
  if (options.size) query.set('size', `${options.size[0]}x${options.size[1]}`);
  if (options.index !== undefined) query.set('index', String(options.index));
  await page.goto(`${server.origin}/app/dev/index.html?${query}`);
  await page.waitForFunction(() => window.peittoDev !== undefined && window.peittoDev.state !== 'loading', undefined, { timeout: 60_000 });
  const state = await page.evaluate(() => ({ state: window.peittoDev.state, error: window.peittoDev.error }));
  if (state.state !== 'ready') throw new Error(`viewer failed to load ${options.files.join(', ')}: ${state.error}`);
  await settle(page);
  const viewport = page.locator('.dev-viewport');

  return {
    page,
    context,
    requests,
    foreignRequests,
    problems,
    async box() {
      const box = await viewport.boundingBox();
      if (!box) throw new Error('viewer element has no box');
      return box;
    },
    async capture(name) {
      await settle(page);
      const png = await viewport.screenshot({ animations: 'disabled' });
      if (name) {
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(join(ARTIFACTS, `${name}.png`), png);
      }
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      for (const v of violations) if (!problems.includes(`csp: ${v}`)) problems.push(`csp: ${v}`);
      return decodePng(png);
    },
    close: () => context.close(),
  };
}

/** Waits until Cornerstone has had two animation frames to render what was last asked of it. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
