// The engine in an Electron utility process: indexing, decoding and export run here, off the main process and
// far from the renderer, so the UI stays responsive. Requests come from the main process over the parent port.
import { createService, ServiceError, type Channel, type Events } from '../main/index.js';
import type { EngineReply, EngineRequest } from './engineMessages.js';

interface ParentPort {
  on(event: 'message', listener: (message: { data: EngineRequest }) => void): void;
  postMessage(message: EngineReply): void;
}

const port = (process as unknown as { parentPort: ParentPort }).parentPort;
const dataDir = process.env.PEITTO_DATA_DIR;
if (!dataDir) throw new Error('the engine process needs PEITTO_DATA_DIR');

const service = createService({
  host: 'electron',
  dataDir,
  fileUrlPrefix: 'app://peitto/file/',
  emit: <E extends keyof Events>(event: E, payload: Events[E]) => port.postMessage({ kind: 'event', event, payload }),
  ...(process.env.PEITTO_LANGUAGE ? { systemLanguage: process.env.PEITTO_LANGUAGE } : {}),
});

port.on('message', ({ data }) => {
  void (async () => {
    if (data.kind === 'file') {
      port.postMessage({ kind: 'file', id: data.id, path: service.filePath(data.fileId) ?? null });
      return;
    }
    try {
      const handler = service.handlers[data.channel as Channel] as (request: unknown) => Promise<unknown>;
      port.postMessage({ kind: 'result', id: data.id, result: (await handler(data.request)) ?? null });
    } catch (error) {
      const code = error instanceof ServiceError ? error.code : (error as Error).name === 'AbortError' ? 'cancelled' : 'failed';
      port.postMessage({ kind: 'error', id: data.id, code, message: (error as Error).message });
    }
  })();
});
