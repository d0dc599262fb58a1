// Child processes of the interop tests: every one is tracked by its PID, every wait is bounded, and anything
// still running when the test process exits is killed (by PID) so no peer outlives its test.
import { spawn, type ChildProcess } from 'node:child_process';

const running = new Map<number, ChildProcess>();

process.on('exit', () => {
  for (const pid of running.keys()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

export interface Child {
  pid: number;
  proc: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once the process has exited: its code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first match of `re` in stdout/stderr, or rejects on exit or after `timeoutMs`. */
  waitOutput(re: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Sends `signal`, then SIGKILL if it has not exited within `graceMs`. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

export function startChild(cmd: string, args: string[]): Child {
  const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (proc.pid === undefined) throw new Error(`could not start ${cmd}`);
  const pid = proc.pid;
  running.set(pid, proc);
  let out = '';
  let err = '';
  let done = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => ((out += d), notify()));
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => ((err += d), notify()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.on('close', (code, signal) => {
      done = true;
      running.delete(pid);
      notify();
      resolve({ code, signal });
    });
    proc.on('error', () => {
      done = true;
      running.delete(pid);
      notify();
      resolve({ code: null, signal: null });
    });
  });
  const child: Child = {
    pid,
    proc,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitOutput: (re, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = out.match(re) ?? err.match(re);
          if (m) return finish(() => resolve(m));
          if (done) return finish(() => reject(new Error(`${cmd} exited before printing ${re}`)));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`${cmd}: no ${re} within ${timeoutMs} ms`))), timeoutMs);
        const finish = (f: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          f();
        };
        listeners.add(check);
        check();
      }),
    stop: async (signal = 'SIGTERM', graceMs = 3000) => {
      if (done) return;
      try {
        process.kill(pid, signal);
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // exited meanwhile
        }
      }, graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  return child;
}

/** Runs to completion, killed (by PID) after `timeoutMs`. */
export async function runChild(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  const c = startChild(cmd, args);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void c.stop('SIGKILL');
  }, timeoutMs);
  const { code } = await c.exited;
  clearTimeout(timer);
  return { code, stdout: c.stdout(), stderr: c.stderr(), timedOut };
}
