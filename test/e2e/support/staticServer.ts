import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { formatContentSecurityPolicy } from '../../../main/host/contentSecurityPolicy.js';
import { PYDICOM_TEST_FILES, RENDERER_DIST, SYNTHETIC_FIXTURES } from './paths.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.dcm': 'application/dicom',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Every request received, in order: method and path. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A static file server on 127.0.0.1 (random port) for the built renderer and the test DICOM files. `mounts`
 * maps URL prefixes ('/app/') to folders; paths that escape a folder are refused. `headers` go on every
 * response (the Content Security Policy the app will be served with).
 */
export async function startStaticServer(
  mounts: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string>>,
): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(`${request.method} ${path}`);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const folder = mount && mounts[mount];
    const file = folder && normalize(join(folder, path.slice(mount.length)));
    let size = -1;
    try {
      if (file && (file + sep).startsWith(normalize(folder + sep)) && request.method === 'GET') {
        const stat = statSync(file);
        if (stat.isFile()) size = stat.size;
      }
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      response.writeHead(404, headers).end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The server the viewer suites use: the built renderer under /app/ with the product's Content-Security-Policy on
 * every response, and the test images under /data/.
 */
export function startViewerServer(): Promise<StaticServer> {
  return startStaticServer(
    { '/app/': RENDERER_DIST, '/data/pydicom/': PYDICOM_TEST_FILES, '/data/synthetic/': SYNTHETIC_FIXTURES },
    { 'content-security-policy': formatContentSecurityPolicy('header') },
  );
}
