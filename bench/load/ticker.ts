// Wakes the open-loop driver when the next scheduled message is due (see ticker-worker.ts for why a worker).
import { Worker } from 'node:worker_threads';

export interface Ticker {
  stop(): Promise<void>;
}

export function startTicker(startAbs: number, rate: number, onTick: () => void, minIntervalMs = 0.2): Ticker {
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(new URL('./ticker-worker.js', import.meta.url), { workerData: { startAbs, rate, minIntervalMs, stop } });
  worker.on('message', onTick);
  worker.on('error', () => {}); // the driver's own timer still advances the schedule, only less precisely
  return {
    async stop() {
      const flag = new Int32Array(stop);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      await worker.terminate();
    },
  };
}
