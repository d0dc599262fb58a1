// Audit writer throughput and append->durable latency, with group commit and (baseline, same run) with one
// fdatasync per record; plus the disk's own fdatasync latency.
//
//   node dist/bench/audit.js [--seconds 3] [--dir DIR]
//
// Open-loop runs offer a fixed rate and measure latency from each record's scheduled time (so a stalled
// event loop shows up as latency instead of hiding it); "max" is closed-loop with 1024 appends in flight.
// cpu is this process's user+system time over wall time, all threads (the kernel's fdatasync work in libuv's
// pool shows up here); elu is the main thread's event-loop utilization. Both include the load generator,
// measured alone in the "generator only" row.
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { auditConfigSchema, type AuditConfigInput } from '../src/audit/config.js';
import { destinationDigest } from '../src/audit/digest.js';
import { AuditKeys } from '../src/audit/keys.js';
import { AuditWriter } from '../src/audit/writer.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const SECONDS = Number(opt('seconds', '3'));
const ROOT = mkdtempSync(join(opt('dir', tmpdir()), 'phiwall-audit-bench-'));
const keys = new AuditKeys(Buffer.from('bench-audit-key-0123456789abcdefghijklmnop'), 'config');
const log = pino({ level: 'silent' });
const dest = destinationDigest(keys, '15551234567');

function record(n: number) {
  return {
    type: 'submit',
    command: 'submit_sm',
    system_id: 'ehr01',
    listener: 'tls-main',
    upstream: 'carrier-a',
    message_id: `m${n}`,
    destination: dest,
    action: 'redact',
    categories: { mrn: 1, phone: 2 },
    policy: 'default',
    policy_version: 3,
    latency_us: 420,
    content_hmac: 'fedcba9876543210fedcba9876543210',
  };
}

const pct = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN);
const ms = (x: number) => x.toFixed(2).padStart(7);

function diskFsync(): void {
  const file = join(ROOT, 'fsync-probe');
  const fd = openSync(file, 'a');
  const line = Buffer.alloc(300, 0x61);
  const n = 2000;
  const sync = new Float64Array(n);
  const both = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    writeSync(fd, line);
    const t1 = performance.now();
    fdatasyncSync(fd);
    const t2 = performance.now();
    sync[i] = t2 - t1;
    both[i] = t2 - t0;
  }
  closeSync(fd);
  sync.sort();
  both.sort();
  console.log(`disk: fdatasync after a 300-byte append, ${n} samples (ms)`);
  console.log(`  fdatasync alone     p50 ${ms(pct(sync, 0.5))}  p99 ${ms(pct(sync, 0.99))}  max ${ms(sync[n - 1]!)}`);
  console.log(`  write + fdatasync   p50 ${ms(pct(both, 0.5))}  p99 ${ms(pct(both, 0.99))}  max ${ms(both[n - 1]!)}`);
}

interface RunResult {
  label: string;
  offered: string;
  done: number;
  rate: number;
  p50: number;
  p99: number;
  max: number;
  batch: number;
  cpu: number;
  elu: number;
}

async function run(label: string, cfgExtra: Partial<AuditConfigInput> | null, rate: number | 'max'): Promise<RunResult> {
  const dir = mkdtempSync(join(ROOT, 'run-'));
  const cfg = auditConfigSchema.parse({ path: join(dir, 'audit.log'), key: 'unused-here-0123456789abcdefghijklmnopq', ...cfgExtra });
  const writer = await AuditWriter.open(cfg, keys, log);
  // null config: the generator alone, appends that resolve at once
  const w = cfgExtra ? writer : { append: (_r: object) => Promise.resolve(0) };
  const lat: number[] = [];
  let done = 0;
  let lastDone = 0;
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const end = t0 + SECONDS * 1000;
  const onDone = (scheduled: number) => () => {
    const now = performance.now();
    lat.push(now - scheduled);
    done++;
    lastDone = now;
  };

  if (rate === 'max') {
    let n = 0;
    const lane = async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await w.append(record(n++));
        onDone(t)();
      }
    };
    await Promise.all(Array.from({ length: 1024 }, lane));
  } else {
    let sent = 0;
    const inflight: Promise<void>[] = [];
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = performance.now();
        const due = Math.floor(((Math.min(now, end) - t0) / 1000) * rate);
        for (; sent < due; sent++) {
          const scheduled = t0 + (sent / rate) * 1000;
          inflight.push(w.append(record(sent)).then(onDone(scheduled)));
        }
        if (now >= end) resolve();
        else setTimeout(tick, 1);
      };
      tick();
    });
    await Promise.all(inflight);
  }
  const wall = lastDone - t0;
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0).utilization;
  const batches = writer.stats.batches;
  await writer.close();
  rmSync(dir, { recursive: true, force: true });
  const sorted = Float64Array.from(lat).sort();
  return {
    label,
    offered: rate === 'max' ? 'max' : `${rate}/s`,
    done,
    rate: done / (wall / 1000),
    p50: pct(sorted, 0.5),
    p99: pct(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
    batch: batches ? done / batches : NaN,
    cpu: ((cpu.user + cpu.system) / 1000 / wall) * 100,
    elu: elu * 100,
  };
}

function print(r: RunResult): void {
  console.log(
    `  ${r.label.padEnd(34)} ${r.offered.padStart(7)}  ${Math.round(r.rate).toString().padStart(7)} rec/s` +
      `  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  max ${ms(r.max)} ms  batch ${r.batch.toFixed(1).padStart(6)}  cpu ${r.cpu.toFixed(0).padStart(3)}%  elu ${r.elu.toFixed(0).padStart(3)}%`,
  );
}

diskFsync();
console.log(`\nwriter, ${SECONDS}s per run (latency = scheduled time -> append resolved, i.e. durable)`);
const GROUP = { fsync_max_delay_ms: 2, fsync_max_batch: 512 };
const NATURAL = { fsync_max_delay_ms: 0, fsync_max_batch: 512 };
const PER_RECORD = { fsync_max_delay_ms: 0, fsync_max_batch: 1 };
for (const rate of [1000, 10_000] as const) print(await run('generator only (no writer)', null, rate));
for (const rate of [1000, 5000, 10_000, 'max'] as const) print(await run('group commit (delay 2ms, batch 512)', GROUP, rate));
for (const rate of [1000, 10_000, 'max'] as const) print(await run('group commit (delay 0, batch 512)', NATURAL, rate));
for (const rate of [1000, 5000, 'max'] as const) print(await run('baseline: fdatasync per record', PER_RECORD, rate));
rmSync(ROOT, { recursive: true, force: true });
