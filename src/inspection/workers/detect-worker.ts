// A detection worker thread: runs detect() for batches the gateway's pool sends (see protocol.ts).
import { parentPort } from 'node:worker_threads';
import type { JobsMessage, ReadyMessage, ResultsMessage } from './protocol.js';
import { createContextTable, runJobs } from './run-jobs.js';

const contexts = createContextTable();
parentPort!.on('message', (m: JobsMessage) => {
  const reply: ResultsMessage = { type: 'results', results: runJobs(m.jobs, contexts) };
  parentPort!.postMessage(reply);
});
const ready: ReadyMessage = { type: 'ready' };
parentPort!.postMessage(ready);
