import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { formatContentSecurityPolicy, MIME_TYPES as MIME } from '../main/index.js';

/** The renderer and the source files it views are served from one origin, app://peitto, so 'self' covers both. */
export const APP_ORIGIN = 'app://peitto';
export const APP_URL = `${APP_ORIGIN}/app/index.html`;

/** Must run before the app is ready: app:// behaves as a secure, standard origin with fetch and streaming. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

function fileResponse(path: string, headers: Record<string, string>): Response {
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream;
  return new Response(body, { headers: { 'content-length': String(statSync(path).size), ...headers } });
}

/**
 * Serves app://peitto/<renderer file> from the built renderer, with the Content-Security-Policy header (which
 * governs the decoder workers too), and app://peitto/file/<id> from the source file the engine registered under
 * that id. Any other host or a path outside the renderer folder is a 404.
 */
export function handleAppProtocol(rendererDir: string, filePath: (fileId: string) => Promise<string | null>): void {
  const csp = formatContentSecurityPolicy('header');
  const root = normalize(rendererDir) + sep;
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'peitto') return new Response('not found', { status: 404 });
    if (url.pathname.startsWith('/file/')) {
      const path = await filePath(decodeURIComponent(url.pathname.slice('/file/'.length)));
      if (!path || !existsSync(path)) return new Response('not found', { status: 404 });
      // nosniff: a source file is data, never a script or a page, whatever bytes it holds.
      return fileResponse(path, { 'content-type': 'application/dicom', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    }
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) return new Response('not found', { status: 404 });
    return fileResponse(file, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
    });
  });
}
