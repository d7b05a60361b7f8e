import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** A page whose every request and every error is recorded: what the app and viewer suites assert on. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the page and its workers asked for; and those not to the page's own origin (blocked). */
  readonly requests: string[];
  readonly foreignRequests: string[];
  /** Console errors, uncaught exceptions and (after collectViolations) CSP violations. */
  readonly problems: string[];
  /** Adds the CSP violations seen so far to `problems` (the console does not always report them). */
  collectViolations(): Promise<void>;
}

/** Registered before any page script: collects CSP violations. */
const COLLECT_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

/**
 * A new context and page in which anything not to `origin` is blocked and reported, and console errors,
 * exceptions (also of workers) are collected.
 */
export async function openWatchedPage(browser: Browser, origin: string, options: BrowserContextOptions): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${origin}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !foreignRequests.includes(url)) foreignRequests.push(url);
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
  return {
    page,
    context,
    requests,
    foreignRequests,
    problems,
    async collectViolations() {
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      for (const v of violations) if (!problems.includes(`csp: ${v}`)) problems.push(`csp: ${v}`);
    },
  };
}
