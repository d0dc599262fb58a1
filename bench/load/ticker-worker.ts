// Runs in a worker thread: sleeps on Atomics.wait (sub-millisecond, unlike setTimeout's 1 ms steps in a busy
// event loop) until the next message of the open-loop schedule is due, then wakes the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

interface TickerData {
  /** Schedule start, as performance.timeOrigin + performance.now() of the main thread. */
  startAbs: number;
  /** Messages per second. */
  rate: number;
  /** Shortest sleep between wake-ups: at high rates several messages share one wake-up. */
  minIntervalMs: number;
  /** Index 0: set to 1 by the main thread to stop. */
  stop: SharedArrayBuffer;
}

const d = workerData as TickerData;
const flag = new Int32Array(d.stop);
const now = () => performance.timeOrigin + performance.now();
let k = 0;
while (Atomics.load(flag, 0) === 0) {
  const t = now();
  const dueK = Math.floor(((t - d.startAbs) * d.rate) / 1000);
  if (dueK >= k) {
    parentPort!.postMessage(0);
    k = dueK + 1;
  }
  const nextAt = d.startAbs + (k * 1000) / d.rate;
  const wait = Math.max(nextAt - now(), d.minIntervalMs - (now() - t));
  if (wait > 0) Atomics.wait(flag, 0, 0, wait);
}
