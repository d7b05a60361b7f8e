import { createHash } from 'node:crypto';

/**
 * The one inline script of every page (a classic script, so that it can read its own data-entry attribute): it
 * starts the page's bundle, and only a bundle file of the build. The build (vite.config.ts) puts it in place of
 * Vite's entry script tag; its hash is in script-src with 'strict-dynamic', so the scripts it and the bundle load
 * are trusted and nothing else is; 'self' would also admit any other file the origin serves (the app origin serves
 * the operator's DICOM files under /file/ as well).
 */
export const PAGE_BOOTSTRAP =
  "{const e=document.currentScript.dataset.entry;if(/^(\\.\\.?\\/)+assets\\/[\\w.-]+\\.js$/.test(e)){const s=document.createElement('script');s.type='module';s.src=e;document.head.append(s);}}";

const BOOTSTRAP_HASH = `'sha256-${createHash('sha256').update(PAGE_BOOTSTRAP).digest('base64')}'`;

/**
 * The renderer's Content Security Policy, as data. The build (vite.config.ts) writes it into every page as a <meta> tag;
 * whoever serves the pages (Electron's app:// handler, the loopback browser host) should also send it as a
 * header, which is what governs the decoder workers and is the only place frame-ancestors counts.
 *
 * Two relaxations, both for Cornerstone's DICOM image loader: 'wasm-unsafe-eval', because its codecs
 * (libjpeg-turbo, OpenJPEG, CharLS, OpenJPH, libjxl) are WebAssembly; and data: images, because it decodes
 * 8-bit colour JPEG baseline frames with the browser's own decoder from a data: URL (the e2e suite fails
 * without it). Nothing needs 'unsafe-eval' or 'unsafe-inline': the only inline script is PAGE_BOOTSTRAP, allowed
 * by its hash, and the viewer styles elements through the CSSOM. Every response carries the same policy: the
 * decoder workers' imports are trusted through 'strict-dynamic' like the page's.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'strict-dynamic'", BOOTSTRAP_HASH, "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives that a <meta> policy may not carry (browsers ignore them there with a warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function formatContentSecurityPolicy(where: 'header' | 'meta'): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .filter(([directive]) => where === 'header' || !HEADER_ONLY.has(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}
