import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { formatContentSecurityPolicy } from './main/host/contentSecurityPolicy.js';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The HTML pages of the renderer. The product's pages are added here as they are written. */
const PAGES = {
  dev: fromRoot('./renderer/dev/index.html'),
};

/** Writes the Content Security Policy into each built page (the dev server needs inline scripts, so build only). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'peitto:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: formatContentSecurityPolicy('meta') },
        injectTo: 'head-prepend',
      },
    ],
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
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: fromRoot('./dist/renderer/'),
    emptyOutDir: true,
    target: 'es2022',
    // Cornerstone (with vtk.js) is most of the bundle; it is loaded once, locally, so one large chunk is fine.
    chunkSizeWarningLimit: 4096,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
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
