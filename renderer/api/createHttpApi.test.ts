import { describe, expect, test } from 'vitest';
import { ApiError } from './apiError.js';
import { CHANNELS, methodName } from '../../main/api/channels.js';
import { createHttpApi } from './createHttpApi.js';

type Listener = (event: Event) => void;

function fakeEventSource() {
  const listeners = new Map<string, Set<Listener>>();
  const opened: string[] = [];
  return {
    opened,
    emit(type: string, data: unknown) {
      for (const l of listeners.get(type) ?? []) l({ data: JSON.stringify(data) } as MessageEvent as Event);
    },
    create(url: string) {
      opened.push(url);
      return {
        addEventListener: (type: string, l: Listener) => listeners.set(type, (listeners.get(type) ?? new Set()).add(l)),
        removeEventListener: (type: string, l: Listener) => listeners.get(type)?.delete(l),
        close: () => undefined,
      } as unknown as EventSource;
    },
  };
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status });

describe('createHttpApi', () => {
  test('posts each method to its channel with the token, and returns the result', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const api = createHttpApi('secret', {
      origin: 'http://127.0.0.1:9',
      fetch: async (url, init) => {
        calls.push({ url: String(url), init: init! });
        return json(200, { result: { version: '1' } });
      },
    });
    await expect(api.appInfo()).resolves.toEqual({ version: '1' });
    await api.indexOpen({ jobId: 'j', paths: ['/a'] });
    expect(calls[0]!.url).toBe('http://127.0.0.1:9/api/app.info');
    expect(calls[0]!.init.body).toBe('');
    expect(calls[1]!.url).toBe('http://127.0.0.1:9/api/index.open');
    expect(JSON.parse(String(calls[1]!.init.body))).toEqual({ jobId: 'j', paths: ['/a'] });
    expect((calls[1]!.init.headers as Record<string, string>)['x-peitto-token']).toBe('secret');
  });

  test('has one method per channel', () => {
    const api = createHttpApi('t', { origin: 'http://x', fetch: async () => json(200, { result: null }) }) as unknown as Record<string, unknown>;
    for (const channel of CHANNELS) expect(typeof api[methodName(channel)]).toBe('function');
    expect(methodName('app.setLanguage')).toBe('appSetLanguage');
  });

  test("turns the host's error envelope into an ApiError with the engine's code and message", async () => {
    const api = createHttpApi('t', {
      origin: 'http://x',
      fetch: async () => json(400, { error: { code: 'nothing-open', message: 'open a study before exporting' } }),
    });
    const error = await api.exportStart({ jobId: 'j', plan: {} as never, outDir: '/o' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'nothing-open', message: 'open a study before exporting', channel: 'export.start' });
  });

  test('reports an unreachable host and a body that is not JSON', async () => {
    const down = createHttpApi('t', { origin: 'http://x', fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(down.recentList()).rejects.toMatchObject({ code: 'unreachable' });
    const odd = createHttpApi('t', { origin: 'http://x', fetch: async () => new Response('<html>', { status: 502 }) });
    await expect(odd.recentList()).rejects.toMatchObject({ code: 'bad-response' });
  });

  test('opens the event stream once, on the first subscription, and delivers parsed payloads', () => {
    const events = fakeEventSource();
    const api = createHttpApi('a b', { origin: 'http://x', fetch: async () => json(200, {}), createEventSource: events.create });
    expect(events.opened).toEqual([]);
    const seen: unknown[] = [];
    const off = api.on('job.progress', (p) => seen.push(p));
    api.on('job.progress', () => undefined);
    expect(events.opened).toEqual(['http://x/events?token=a%20b']);
    events.emit('job.progress', { jobId: 'j', phase: 'index', done: 1, total: 2 });
    off();
    events.emit('job.progress', { jobId: 'j', phase: 'index', done: 2, total: 2 });
    expect(seen).toEqual([{ jobId: 'j', phase: 'index', done: 1, total: 2 }]);
  });
});

describe('error codes from either host', () => {
  test('an ApiError and a preload Error with a code both say cancelled', async () => {
    const { errorCode, isCancelled } = await import('./apiError.js');
    expect(isCancelled(new ApiError('cancelled', 'aborted', 'index.open'))).toBe(true);
    expect(isCancelled(Object.assign(new Error('aborted'), { code: 'cancelled' }))).toBe(true);
    expect(errorCode(new Error('plain'))).toBeUndefined();
    expect(errorCode('text')).toBeUndefined();
  });
});
