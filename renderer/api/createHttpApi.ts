import type { Channel, Events, PeittoApi } from '../../main/api/contract.js';
import { ApiError } from './apiError.js';
import { CHANNELS, methodName } from '../../main/api/channels.js';

/** The parts of the browser the client uses, injectable so that it can be tested without one. */
export interface HttpApiEnvironment {
  readonly fetch: typeof fetch;
  readonly createEventSource: (url: string) => Pick<EventSource, 'addEventListener' | 'removeEventListener' | 'close'>;
  /** Where the browser host answers; default the page's own origin. */
  readonly origin: string;
}

function environmentFrom(given: Partial<HttpApiEnvironment>): HttpApiEnvironment {
  return {
    fetch: given.fetch ?? ((...args) => fetch(...args)),
    createEventSource: given.createEventSource ?? ((url) => new EventSource(url)),
    origin: given.origin ?? location.origin,
  };
}

interface Envelope {
  readonly result?: unknown;
  readonly error?: { readonly code?: string; readonly message?: string };
}

/**
 * The contract over the loopback browser host: `POST /api/<channel>` with the session token in a header, and
 * the events as Server-Sent Events from `/events`. The event stream opens with the first subscription and
 * stays open for the page's life.
 */
export function createHttpApi(token: string, environment: Partial<HttpApiEnvironment> = {}): PeittoApi {
  const env = environmentFrom(environment);
  let source: ReturnType<HttpApiEnvironment['createEventSource']> | undefined;

  const call = async (channel: Channel, request: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await env.fetch(`${env.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-peitto-token': token },
        body: request === undefined ? '' : JSON.stringify(request),
      });
    } catch (error) {
      throw new ApiError('unreachable', (error as Error).message, channel);
    }
    let envelope: Envelope;
    try {
      envelope = (await response.json()) as Envelope;
    } catch {
      throw new ApiError('bad-response', `HTTP ${response.status} without a JSON body`, channel);
    }
    if (envelope.error || !response.ok) {
      throw new ApiError(envelope.error?.code ?? 'failed', envelope.error?.message ?? `HTTP ${response.status}`, channel);
    }
    return envelope.result ?? undefined;
  };

  const methods = Object.fromEntries(CHANNELS.map((channel) => [methodName(channel), (request: unknown) => call(channel, request)]));

  const on = <E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): (() => void) => {
    source ??= env.createEventSource(`${env.origin}/events?token=${encodeURIComponent(token)}`);
    const handler = (message: Event): void => listener(JSON.parse((message as MessageEvent<string>).data) as Events[E]);
    source.addEventListener(event, handler);
    return () => source?.removeEventListener(event, handler);
  };

  return { ...methods, on } as unknown as PeittoApi;
}
