// A worker thread of an export: writes the objects the main thread sends, one at a time, with the same settings
// as every other thread (exportObjects.ts), and answers each with its outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { objectWriter, type ExportSettings, type ObjectJob } from './exportObjects.js';

const write = objectWriter(workerData as ExportSettings);
parentPort!.on('message', (job: ObjectJob) => {
  void write(job).then((outcome) => parentPort!.postMessage(outcome));
});
