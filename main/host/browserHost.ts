import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CHANNELS, type Channel, type Events } from '../api/contract.js';
import { createService, ServiceError, type HostCapabilities } from '../service/createService.js';
import { formatContentSecurityPolicy } from './contentSecurityPolicy.js';
import { MIME_TYPES as MIME } from './mimeTypes.js';

/**
 * The loopback browser host: serves the built renderer and the same contract as the Electron preload, from the
 * same engine, to a browser on this machine only. Used for development and the end-to-end tests in Chromium.
 * Bound to 127.0.0.1; every API and file request must carry the session's random token, and the Host header
 * must name the loopback address (against DNS rebinding).
 */
export interface BrowserHost {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  readonly dataDir: string;
  readonly port?: number;
  readonly systemLanguage?: string;
}

const CHANNEL_SET: ReadonlySet<string> = new Set(CHANNELS);
const MAX_BODY = 8 << 20;

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new ServiceError('invalid-request', 'request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: string, type = 'application/json'): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(body);
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  const subscribers = new Set<ServerResponse>();
  const emit = <E extends keyof Events>(event: E, payload: Events[E]): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const s of subscribers) s.write(frame);
  };
  let port = options.port ?? 0;
  const caps: HostCapabilities = {
    host: 'browser-host',
    dataDir: options.dataDir,
    get fileUrlPrefix() {
      return `/file/`;
    },
    emit,
    ...(options.systemLanguage ? { systemLanguage: options.systemLanguage } : {}),
  };
  const service = createService(caps);
  const csp = formatContentSecurityPolicy('header');

  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, JSON.stringify({ error: { code: 'internal', message: (error as Error).message } }));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(response, 421, '{"error":{"code":"wrong-host"}}');
    const url = new URL(request.url ?? '/', `http://${host}`);
    const given = request.headers['x-peitto-token']?.toString() ?? url.searchParams.get('token') ?? undefined;

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, '{"error":{"code":"method"}}');
      if (!sameToken(given, token)) return send(response, 403, '{"error":{"code":"forbidden"}}');
      const channel = url.pathname.slice('/api/'.length);
      if (!CHANNEL_SET.has(channel)) return send(response, 404, JSON.stringify({ error: { code: 'unknown-channel', message: channel } }));
      const body = await readBody(request);
      let payload: unknown;
      try {
        payload = body ? JSON.parse(body) : undefined;
      } catch {
        return send(response, 400, '{"error":{"code":"invalid-request","message":"not JSON"}}');
      }
      try {
        const handler = service.handlers[channel as Channel] as (request: unknown) => Promise<unknown>;
        const result = await handler(payload);
        return send(response, 200, JSON.stringify({ result: result ?? null }));
      } catch (error) {
        const code = error instanceof ServiceError ? error.code : (error as Error).name === 'AbortError' ? 'cancelled' : 'failed';
        return send(response, 400, JSON.stringify({ error: { code, message: (error as Error).message } }));
      }
    }
    if (url.pathname === '/events') {
      if (!sameToken(given, token)) return send(response, 403, '');
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      subscribers.add(response);
      request.on('close', () => subscribers.delete(response));
      return;
    }
    if (url.pathname.startsWith('/file/')) {
      if (!sameToken(given, token)) return send(response, 403, '');
      const path = service.filePath(decodeURIComponent(url.pathname.slice('/file/'.length)));
      if (!path || !existsSync(path)) return send(response, 404, '');
      // nosniff: a source file is data, never a script or a page, whatever bytes it holds.
      response.writeHead(200, { 'content-type': 'application/dicom', 'content-length': statSync(path).size, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      createReadStream(path).pipe(response);
      return;
    }
    // The renderer's static files. The page itself gets the token in its URL (fragment-free query), nothing else.
    const relative = url.pathname === '/' ? 'app/index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(options.rendererDir, relative));
    if (!file.startsWith(normalize(options.rendererDir) + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      return send(response, 404, 'not found', 'text/plain');
    }
    response.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'cross-origin-opener-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of subscribers) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
