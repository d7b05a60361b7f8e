/**
 * The renderer's Content Security Policy, as data. The build (vite.config.ts) writes it into every page as a <meta> tag;
 * whoever serves the pages (Electron's app:// handler, the loopback browser host) should also send it as a
 * header, which is what governs the decoder workers and is the only place frame-ancestors counts.
 *
 * Two relaxations, both for Cornerstone's DICOM image loader: 'wasm-unsafe-eval', because its codecs
 * (libjpeg-turbo, OpenJPEG, CharLS, OpenJPH, libjxl) are WebAssembly; and data: images, because it decodes
 * 8-bit colour JPEG baseline frames with the browser's own decoder from a data: URL (the e2e suite fails
 * without it). Nothing needs 'unsafe-eval' or 'unsafe-inline': the bundle has no inline script and the
 * viewer styles elements through the CSSOM.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
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
