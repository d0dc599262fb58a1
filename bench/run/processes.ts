// Starting and stopping the runner's child processes: the bench's own (forked, IPC) and phiwall (spawned).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { setPriority } from 'node:os';
import type { ChildMessage } from './child-ipc.js';

export interface Child {
  readonly name: string;
  readonly proc: ChildProcess;
  readonly pid: number;
  /** The last lines the process wrote to stderr (for a useful error when it dies). */
  stderrTail(): string;
  stop(): Promise<void>;
}

// Every child still running, so an interrupted run can stop what it started (and only that).
const live = new Set<ChildProcess>();

/** SIGTERM to every child this runner started and that is still running. */
export function killChildren(): void {
  for (const p of live) p.kill('SIGTERM');
}

let niceness = 0;

/** Scheduling priority for every child started from now on (negative: ahead of other work; needs root). */
export function setChildPriority(n: number): void {
  niceness = n;
}

function track(name: string, proc: ChildProcess): Child {
  live.add(proc);
  if (niceness !== 0 && proc.pid) {
    try {
      setPriority(proc.pid, niceness);
    } catch {
      // not permitted: run at the default priority
    }
  }
  proc.once('exit', () => live.delete(proc));
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-2000);
  };
  proc.stderr?.on('data', keep);
  proc.stdout?.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once('exit', () => resolve());
  });
  return {
    name,
    proc,
    pid: proc.pid ?? -1,
    stderrTail: () => tail.trim(),
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      if (proc.connected) proc.send({ type: 'stop' });
      else proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Forks one of the bench's processes and waits for its 'ready' message. */
/** Forks a bench process (IPC channel on, stdout ignored, stderr kept). */
export function forkTracked(name: string, modulePath: string, args: string[]): Child {
  return track(name, fork(modulePath, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }));
}

export async function forkReady(name: string, modulePath: string, args: string[], timeoutMs = 20_000): Promise<Child & { port: number }> {
  const proc = fork(modulePath, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const child = track(name, proc);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${timeoutMs} ms: ${child.stderrTail()}`)), timeoutMs);
    proc.on('message', (m: ChildMessage) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready: ${child.stderrTail()}`));
    });
  });
  return { ...child, port };
}

/** Asks a forked child for its counters. */
export function childStats(child: Child, timeoutMs = 3000): Promise<unknown> {
  return new Promise((resolve) => {
    if (!child.proc.connected) return resolve(undefined);
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const onMessage = (m: ChildMessage) => {
      if (m.type === 'stats') done(m.stats);
    };
    function done(v: unknown) {
      clearTimeout(timer);
      child.proc.off('message', onMessage);
      resolve(v);
    }
    child.proc.on('message', onMessage);
    child.proc.send({ type: 'stats' });
  });
}

/** Spawns a command and waits until `port` on `host` accepts connections. */
export async function spawnListening(
  name: string,
  command: string,
  args: string[],
  host: string,
  port: number,
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<Child> {
  const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env, cwd: opts.cwd });
  const child = track(name, proc);
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`${name} exited (${proc.exitCode ?? proc.signalCode}) before listening: ${child.stderrTail()}`);
    }
    if (await accepts(host, port)) return child;
    if (Date.now() > deadline) {
      await child.stop();
      throw new Error(`${name} was not listening on ${host}:${port} after ${opts.timeoutMs ?? 30_000} ms: ${child.stderrTail()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** A port that was free a moment ago (for a process that cannot report the one it got). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}
