// One run: a fresh sink, the system under test, then the load generator, each its own process, with CPU, RSS
// and open fds sampled from /proc over the measured window only (warm-up and drain excluded).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult, ProgressSample } from '../load/generator.js';
import type { CertFiles } from './certs.js';
import type { ChildMessage } from './child-ipc.js';
import { REDIS_PREFIX, BENCH_CLIENT, type InspectionSettings } from './phiwall-config.js';
import { childStats, forkReady, forkTracked, type Child } from './processes.js';
import { cpuPercent, otherCpuPercent, sampleMachine, sampleProc, type ProcSample } from './proc-stats.js';
import { dropKeys } from './redis-cleanup.js';
import type { LoadShape, Scenario } from './scenarios.js';
import { startSut, type Sut, type SutName } from './suts.js';

export interface ProcFigures {
  /** Percent of one core over the measured window. */
  cpu: number | null;
  /** CPU microseconds spent per submit_sm answered. */
  cpuUsPerPdu: number | null;
  rssMB: { start: number | null; end: number | null };
  fds: { start: number | null; end: number | null };
}

export interface SeriesPoint {
  t: number;
  pduPerSec: number;
  p50: number;
  p99: number;
  sutRssMB: number | null;
  sutFds: number | null;
  sutCpu: number | null;
  generatorCpu: number | null;
}

export interface RunRecord {
  sut: SutName;
  shape: string;
  ok: boolean;
  error?: string;
  load?: LoadResult;
  procs: { sut?: ProcFigures; generator?: ProcFigures; sink?: ProcFigures };
  /** CPU used by processes outside this run (other work on the machine), % of one core: high means noisy numbers. */
  otherCpu?: number | null;
  sinkStats?: unknown;
  sutStats?: unknown;
  series?: SeriesPoint[];
  redisKeysDropped?: number;
}

export interface RunSettings {
  durationS: number;
  warmupS: number;
  tls?: CertFiles;
  phiwallDir: string;
  redisUrl: string;
  auditDurability: 'fdatasync' | 'write';
  /** phiwall's inspection settings (workers, decision_cache; absent: phiwall's defaults). */
  inspection?: InspectionSettings;
  /** Extra node flags for phiwall (--cpu-prof …). */
  nodeArgs?: string[];
  onProgress?: (p: SeriesPoint) => void;
}

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const mb = (b: number | undefined) => (b === undefined ? null : Math.round((b / 1048576) * 10) / 10);

export async function runOne(sc: Scenario, sutName: SutName, shape: LoadShape, s: RunSettings): Promise<RunRecord> {
  const record: RunRecord = { sut: sutName, shape: shape.label, ok: false, procs: {} };
  const tmpDir = mkdtempSync(join(tmpdir(), `phiwall-bench-${sutName}-`));
  let sink: (Child & { port: number }) | undefined;
  let sut: Sut | undefined;
  try {
    const sinkArgs = ['--receipts', sc.mix.receipts ? 'requested' : 'never'];
    if (sc.sinkDelay) sinkArgs.push('--delay', sc.sinkDelay);
    if (s.tls) sinkArgs.push('--tls-cert', s.tls.serverCert, '--tls-key', s.tls.serverKey);
    sink = await forkReady('sink', here('../sink/main.js'), sinkArgs);
    sut = await startSut(sutName, {
      sinkPort: sink.port,
      tmpDir,
      clientBinds: shape.binds,
      phiwallDir: s.phiwallDir,
      redisUrl: s.redisUrl,
      auditDurability: s.auditDurability,
      ...(s.inspection ? { inspection: s.inspection } : {}),
      ...(s.nodeArgs ? { nodeArgs: s.nodeArgs } : {}),
      ...(s.tls ? { tls: s.tls } : {}),
    });
    await measure(sc, shape, s, sut, sink, record);
    record.sinkStats = await childStats(sink);
    record.sutStats = await sut.stats();
    record.ok = true;
  } catch (err) {
    record.error = err instanceof Error ? err.message : String(err);
  } finally {
    await sut?.stop().catch(() => {});
    await sink?.stop().catch(() => {});
    if (sutName === 'phiwall') record.redisKeysDropped = await dropKeys(s.redisUrl, REDIS_PREFIX).catch(() => undefined);
    rmSync(tmpDir, { recursive: true, force: true });
  }
  return record;
}

function generatorArgs(sc: Scenario, shape: LoadShape, s: RunSettings, port: number): string[] {
  const a = ['--port', String(port), '--system-id', BENCH_CLIENT.systemId, '--password', BENCH_CLIENT.password];
  a.push('--binds', String(shape.binds), '--window', String(shape.window), '--mode', shape.mode);
  if (shape.rate) a.push('--rate', String(shape.rate));
  a.push('--duration', String(s.durationS), '--warmup', String(s.warmupS));
  a.push('--phi-share', String(sc.mix.phiShare), '--concat-share', String(sc.mix.concatShare), '--ucs2-share', String(sc.mix.ucs2Share));
  if (sc.mix.receipts) a.push('--receipts');
  if (s.tls) a.push('--ca', s.tls.caCert, '--servername', 'localhost');
  a.push('--progress', String(sc.sampleS ?? 5));
  return a;
}

async function measure(sc: Scenario, shape: LoadShape, s: RunSettings, sut: Sut, sink: Child, record: RunRecord): Promise<void> {
  const genChild = forkTracked('load generator', here('../load/main.js'), generatorArgs(sc, shape, s, sut.port));
  const gen = genChild.proc;
  const pids = { sut: sut.child?.pid, generator: gen.pid, sink: sink.pid };
  const snap = () => ({
    sut: pids.sut ? sampleProc(pids.sut) : undefined,
    generator: pids.generator ? sampleProc(pids.generator) : undefined,
    sink: sampleProc(pids.sink),
    machine: sampleMachine(),
  });
  let start: ReturnType<typeof snap> | undefined;
  let end: ReturnType<typeof snap> | undefined;
  let last: ReturnType<typeof snap> | undefined;
  const series: SeriesPoint[] = [];

  record.load = await new Promise<LoadResult>((resolve, reject) => {
    gen.on('message', (m: ChildMessage) => {
      switch (m.type) {
        case 'measure-start':
          start = last = snap();
          break;
        case 'progress': {
          const now = snap();
          const p = m.sample as ProgressSample;
          const point: SeriesPoint = {
            t: p.t,
            pduPerSec: p.pduPerSec,
            p50: p.p50,
            p99: p.p99,
            sutRssMB: mb(now.sut?.rssBytes),
            sutFds: now.sut?.fds ?? null,
            sutCpu: cpuPercent(last?.sut, now.sut),
            generatorCpu: cpuPercent(last?.generator, now.generator),
          };
          series.push(point);
          s.onProgress?.(point);
          last = now;
          break;
        }
        case 'measure-end':
          end = snap();
          break;
        case 'result':
          resolve(m.result as LoadResult);
          break;
        case 'failed':
          reject(new Error(`load generator: ${m.message}`));
          break;
        default:
          break;
      }
    });
    gen.once('exit', (code) => reject(new Error(`load generator exited (${code}) without a result: ${genChild.stderrTail()}`)));
  });

  // Answers within the measured window (the drain's are left out, as the CPU window ends there too).
  const responses = record.load.pduPerSec * record.load.elapsedS;
  const figures = (a: ProcSample | undefined, b: ProcSample | undefined): ProcFigures => ({
    cpu: cpuPercent(a, b),
    cpuUsPerPdu: a && b && responses > 0 ? Math.round(((b.cpuS - a.cpuS) * 1e6) / responses) : null,
    rssMB: { start: mb(a?.rssBytes), end: mb(b?.rssBytes) },
    fds: { start: a?.fds ?? null, end: b?.fds ?? null },
  });
  if (sut.child) record.procs.sut = figures(start?.sut, end?.sut);
  record.procs.generator = figures(start?.generator, end?.generator);
  record.procs.sink = figures(start?.sink, end?.sink);
  const ours = [record.procs.sut?.cpu, record.procs.generator?.cpu, record.procs.sink?.cpu].reduce<number>((a, b) => a + (b ?? 0), 0);
  record.otherCpu = otherCpuPercent(start?.machine, end?.machine, ours);
  if (sc.sampleS) record.series = series;
}
