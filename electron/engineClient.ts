import { utilityProcess, type UtilityProcess } from 'electron';
import type { EngineReply, EngineRequest } from './engineMessages.js';

/** An error the engine reported, with its code for the renderer (e.g. 'cancelled', 'no-dialogs'). */
export class EngineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** The main process's side of the engine utility process: requests by id, events to a listener. */
export class EngineClient {
  private readonly child: UtilityProcess;
  private next = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(entry: string, env: Record<string, string>, onEvent: (event: string, payload: unknown) => void) {
    this.child = utilityProcess.fork(entry, [], { serviceName: 'Peitto engine', env: { ...process.env, ...env }, stdio: 'inherit' });
    this.child.on('message', (reply: EngineReply) => {
      if (reply.kind === 'event') return onEvent(reply.event, reply.payload);
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.kind === 'error') waiting.reject(new EngineError(reply.code, reply.message));
      else waiting.resolve(reply.kind === 'file' ? reply.path : reply.result);
    });
    this.child.on('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new EngineError('failed', `the engine process stopped (exit ${code})`));
      this.pending.clear();
    });
  }

  private send(make: (id: number) => EngineRequest): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.postMessage(make(id));
    });
  }

  invoke(channel: string, request: unknown): Promise<unknown> {
    return this.send((id) => ({ kind: 'invoke', id, channel, request }));
  }

  filePath(fileId: string): Promise<string | null> {
    return this.send((id) => ({ kind: 'file', id, fileId })) as Promise<string | null>;
  }

  stop(): void {
    this.child.kill();
  }
}
