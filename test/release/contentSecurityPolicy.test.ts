import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, formatContentSecurityPolicy, PAGE_BOOTSTRAP } from '../../main/host/contentSecurityPolicy.js';
import { ROOT } from '../support/environment.js';

/** The built pages keep the policy they declare: one hashed bootstrap, nothing else that runs. */
const DIST = join(ROOT, 'dist/renderer');
const pages = readdirSync(DIST, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(DIST, d.name, 'index.html')))
  .map((d) => join(DIST, d.name, 'index.html'));

const unescape = (html: string): string => html.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('the Content-Security-Policy of the built pages', () => {
  it('allows scripts only through the hashed bootstrap and strict-dynamic: no self, no inline, no eval', () => {
    const scripts = CONTENT_SECURITY_POLICY['script-src']!;
    expect(scripts).toEqual(["'strict-dynamic'", `'sha256-${createHash('sha256').update(PAGE_BOOTSTRAP).digest('base64')}'`, "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY['default-src']).toEqual(["'none'"]);
    expect(formatContentSecurityPolicy('header')).toContain("frame-ancestors 'none'");
    expect(formatContentSecurityPolicy('meta')).not.toContain('frame-ancestors');
  });

  it('has the app page and the viewer\'s development page', () => {
    expect(pages.map((p) => p.split('/').at(-2)).sort()).toEqual(['app', 'dev']);
  });

  for (const page of pages) {
    it(`${page.slice(ROOT.length + 1)}: declares the policy, runs exactly the bootstrap, and loads a bundle file of the build`, () => {
      const html = readFileSync(page, 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(unescape(meta![1]!)).toBe(formatContentSecurityPolicy('meta'));
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      const [, attributes, body] = scripts[0]!;
      expect(body).toBe(PAGE_BOOTSTRAP);
      const entry = /data-entry="([^"]+)"/.exec(attributes!)![1]!;
      expect(entry).toMatch(/^(\.\.?\/)+assets\/[\w.-]+\.js$/);
      expect(existsSync(resolve(join(page, '..'), entry))).toBe(true);
      expect(html).not.toMatch(/modulepreload|\son[a-z]+=|javascript:/i);
    });
  }
});
