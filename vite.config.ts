import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { formatContentSecurityPolicy, PAGE_BOOTSTRAP } from './main/host/contentSecurityPolicy.js';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The HTML pages of the renderer. The product's pages are added here as they are written. */
const PAGES = {
  app: fromRoot('./renderer/app/index.html'),
  dev: fromRoot('./renderer/dev/index.html'),
};

/**
 * Writes the Content Security Policy into each built page and replaces Vite's entry script tag with the hashed
 * bootstrap that loads the same bundle (PAGE_BOOTSTRAP). Build only: the dev server injects inline scripts of its
 * own. A page with anything but exactly one entry script fails the build rather than ship a policy that blocks it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'peitto:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const entry = /<script type="module" crossorigin src="((?:\.\.?\/)+assets\/[\w.-]+\.js)"><\/script>/g;
        const found = [...html.matchAll(entry)];
        const scripts = html.match(/<script\b/g)?.length ?? 0;
        if (found.length !== 1 || scripts !== 1 || /rel="modulepreload"/.test(html)) {
          throw new Error(`${context.path}: expected exactly one entry script and no modulepreload link`);
        }
        // At the end of the body, so that the bundle (which may run as soon as it is fetched) finds the page parsed.
        return {
          html: html.replace(entry, ''),
          tags: [
            { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: formatContentSecurityPolicy('meta') }, injectTo: 'head-prepend' },
            { tag: 'script', attrs: { 'data-entry': found[0]![1]! }, children: PAGE_BOOTSTRAP, injectTo: 'body' },
          ],
        };
      },
    },
  };
}

/**
 * The renderer build. Pages and assets use relative URLs (base './') so the same output works under Electron's
 * app:// protocol and the loopback browser host. The DICOM image loader's decode worker is bundled as an ES
 * module worker, and the WebAssembly codecs it references with `new URL('@cornerstonejs/codec-…', import.meta.url)`
 * are resolved by Vite to package files and emitted as assets: nothing is fetched from a CDN at run time.
 */
export default defineConfig({
  root: fromRoot('./renderer/'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: fromRoot('./dist/renderer/'),
    emptyOutDir: true,
    target: 'es2022',
    // Cornerstone (with vtk.js) is most of the bundle; it is loaded once, locally, so one large chunk is fine.
    chunkSizeWarningLimit: 4096,
    assetsInlineLimit: 0,
    // No <link rel="modulepreload">: parser-inserted, it is not trusted by 'strict-dynamic'; the bootstrap's
    // bundle loads its chunks itself.
    modulePreload: false,
    rollupOptions: { input: PAGES },
  },
  worker: { format: 'es' },
  optimizeDeps: {
    // Dev server only. The loader finds its worker relative to its own modules, so it is not pre-bundled;
    // the CommonJS modules it and its worker import (Emscripten codec glue, pako, comlink) then must be.
    exclude: ['@cornerstonejs/dicom-image-loader'],
    include: [
      'dicom-parser',
      ...[
        '@cornerstonejs/codec-charls/decodewasmjs',
        '@cornerstonejs/codec-libjxl/decodewasmjs',
        '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs',
        '@cornerstonejs/codec-openjpeg/decodewasmjs',
        '@cornerstonejs/codec-openjph/wasmjs',
        '@cornerstonejs/jpeg-lossless-decoder-js',
        'pako',
        'comlink',
      ].map((dependency) => `@cornerstonejs/dicom-image-loader > ${dependency}`),
    ],
  },
});
