// Per-process CPU, memory and open files from /proc (Linux), so the system under test, the sink and the load
// generator are each charged for their own work.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ProcSample {
  /** performance.now() when sampled. */
  at: number;
  /** utime + stime, in seconds. */
  cpuS: number;
  rssBytes: number;
  fds: number;
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** Undefined once the process is gone. */
export function sampleProc(pid: number): ProcSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15 (proc(5)).
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuS = (Number(rest[11]) + Number(rest[12])) / ticksPerSecond();
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    const fds = readdirSync(`/proc/${pid}/fd`).length;
    return { at: performance.now(), cpuS, rssBytes: rss ? Number(rss[1]) * 1024 : 0, fds };
  } catch {
    return undefined;
  }
}

/** CPU use between two samples, in percent of one core. */
export function cpuPercent(a: ProcSample | undefined, b: ProcSample | undefined): number | null {
  if (!a || !b || b.at <= a.at) return null;
  return Math.round(((b.cpuS - a.cpuS) / ((b.at - a.at) / 1000)) * 1000) / 10;
}

export interface MachineSample {
  at: number;
  /** All CPUs' busy time (everything but idle and iowait), in seconds. */
  busyS: number;
}

export function sampleMachine(): MachineSample | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return { at: performance.now(), busyS: (total - f[3]! - f[4]!) / ticksPerSecond() };
  } catch {
    return undefined;
  }
}

/** CPU the rest of the machine used while we measured: all busy time minus our processes', in % of one core. */
export function otherCpuPercent(a: MachineSample | undefined, b: MachineSample | undefined, oursPercent: number): number | null {
  if (!a || !b || b.at <= a.at) return null;
  const busy = ((b.busyS - a.busyS) / ((b.at - a.at) / 1000)) * 100;
  return Math.max(0, Math.round((busy - oursPercent) * 10) / 10);
}

export interface MachineFacts {
  nproc: number;
  cpuModel: string;
  memTotalMB: number;
  node: string;
  kernel: string;
}

export function machineFacts(): MachineFacts {
  let cpuModel = 'unknown';
  let cores = 0;
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpuModel;
    cores = (info.match(/^processor\s*:/gm) ?? []).length;
  } catch {
    // not Linux: leave unknown
  }
  let memTotalMB = 0;
  try {
    memTotalMB = Math.round(Number(/^MemTotal:\s+(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    // idem
  }
  let kernel = '';
  try {
    kernel = readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim();
  } catch {
    // idem
  }
  let nproc = cores;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cores;
  } catch {
    // keep /proc/cpuinfo's count
  }
  return { nproc, cpuModel, memTotalMB, node: process.version, kernel };
}
