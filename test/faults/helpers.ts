// Shared by the fault tests: heap after a full GC, open file descriptors, percentiles, and a redis-server of
// our own (the shared one at 6379 must never be killed) that a test can kill and bring back on its port.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { Redis } from 'ioredis';
import { freePort, sleep } from '../helpers/net.js';
import { connectEsme, type Esme } from '../helpers/esme.js';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Bytes of live heap after two full collections. */
export async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 2; i++) {
    gc();
    await sleep(20);
  }
  return process.memoryUsage().heapUsed;
}

/** Open file descriptors of this process (Linux). */
export function fdCount(pid: number | 'self' = 'self'): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

/** One line a person reads in the test output: the numbers a fault test measured. */
export function report(name: string, numbers: Record<string, number | string>): void {
  const parts = Object.entries(numbers).map(([k, v]) => `${k}=${typeof v === 'number' ? Math.round(v * 100) / 100 : v}`);
  process.stdout.write(`\n  [measured] ${name}: ${parts.join(' ')}\n`);
}

export interface OwnRedis {
  port: number;
  url: string;
  /** SIGKILL: no shutdown, no save. */
  kill(): Promise<void>;
  /** Starts again on the same port (empty: persistence is off). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A redis-server child on a free port, without persistence, that the test may kill and restart. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const up = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' });
    const r = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    r.on('error', () => undefined);
    try {
      for (let i = 0; ; i++) {
        try {
          await r.connect();
          if ((await r.ping()) === 'PONG') return;
        } catch {
          if (i > 100) throw new Error('redis-server did not start');
          await sleep(50);
        }
      }
    } finally {
      r.disconnect();
    }
  };
  const down = async (signal: NodeJS.Signals) => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill(signal);
    await exited;
  };
  await up();
  return { port, url: `redis://127.0.0.1:${port}`, kill: () => down('SIGKILL'), start: up, stop: () => down('SIGTERM') };
}

/** Binds as soon as phiwall (a child process starting up) accepts the bind. */
export async function bindWhenUp(port: number, system_id: string, password: string, mode?: 'transmitter' | 'receiver'): Promise<Esme> {
  for (let i = 0; ; i++) {
    try {
      const e = await connectEsme({ port, system_id, password, ...(mode ? { mode } : {}) });
      if (e.bindStatus === 0) return e;
      await e.close();
    } catch {
      // not listening yet
    }
    if (i > 200) throw new Error('phiwall did not come up');
    await sleep(100);
  }
}
