import { Worker } from 'node:worker_threads';

/**
 * Catches work that never ends, including synchronous loops that block the event loop (where a test timeout never
 * fires): a watcher thread waits on shared memory and, when one piece of work has run longer than `killAfterMs`,
 * writes its label to stderr and kills the test process, so the run fails naming the input instead of hanging.
 * Asynchronous work that waits forever is caught sooner, by a timer: `run` then rejects.
 */
export class Watchdog {
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly label = new Uint8Array(new SharedArrayBuffer(1024));
  private readonly worker: Worker;

  constructor(killAfterMs: number) {
    // [0]: generation, bumped each time work starts or ends; [1]: 1 while work runs. Plain CommonJS: the
    // thread does not go through the test transformer.
    const watcher = `
      const { workerData } = require('node:worker_threads');
      const { writeSync } = require('node:fs');
      const { state, label, limit } = workerData;
      for (;;) {
        const generation = Atomics.load(state, 0);
        if (Atomics.load(state, 1) === 0) { Atomics.wait(state, 0, generation); continue; }
        if (Atomics.wait(state, 0, generation, limit) === 'timed-out' && Atomics.load(state, 0) === generation) {
          const end = label.indexOf(0);
          const text = Buffer.from(label.subarray(0, end < 0 ? label.length : end)).toString('utf8');
          writeSync(2, 'HANG: ' + text + ' ran longer than ' + limit + ' ms; killing the test process\\n');
          process.kill(process.pid, 'SIGKILL');
        }
      }`;
    this.worker = new Worker(watcher, { eval: true, workerData: { state: this.state, label: this.label, limit: killAfterMs } });
    this.worker.unref();
  }

  /** Runs `work` under the watch; rejects when it takes longer than `timeoutMs` without blocking the thread. */
  async run<T>(label: string, timeoutMs: number, work: () => Promise<T> | T): Promise<T> {
    this.label.fill(0);
    this.label.set(Buffer.from(label, 'utf8').subarray(0, this.label.length - 1));
    this.signal(1);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${label} did not finish within ${timeoutMs} ms`)), timeoutMs);
      });
      return await Promise.race([Promise.resolve().then(work), timeout]);
    } finally {
      clearTimeout(timer);
      this.signal(0);
    }
  }

  private signal(running: 0 | 1): void {
    Atomics.store(this.state, 1, running);
    Atomics.add(this.state, 0, 1);
    Atomics.notify(this.state, 0);
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
