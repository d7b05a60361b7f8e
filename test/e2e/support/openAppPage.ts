import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS } from './paths.js';

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page and its workers asked for; and those not to the page's own origin (blocked). */
  requests: string[];
  foreignRequests: string[];
  /** Console errors, uncaught exceptions and CSP violations. */
  problems: string[];
  /** Saves a screenshot of the whole window as test/artifacts/<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

const COLLECT_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

/**
 * The app page of a browser host, in a window of the smallest size the app supports (1366×768), with every
 * request recorded: anything not to the host's own origin is blocked and reported.
 */
export async function openAppPage(browser: Browser, url: string, viewport = { width: 1366, height: 768 }): Promise<AppPage> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    requests.push(requested);
    if (requested.startsWith(`${origin}/`)) return route.continue();
    foreignRequests.push(requested);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const requested = request.url();
    if (!requested.startsWith(`${origin}/`) && !requested.startsWith('data:') && !foreignRequests.includes(requested)) foreignRequests.push(requested);
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
  await page.goto(url);
  return {
    page,
    context,
    requests,
    foreignRequests,
    problems,
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, `${name}.png`), await page.screenshot({ animations: 'disabled' }));
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      for (const v of violations) if (!problems.includes(`csp: ${v}`)) problems.push(`csp: ${v}`);
    },
    close: () => context.close(),
  };
}
