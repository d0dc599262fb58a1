// Soak: two phiwall processes sharing Redis, steady traffic with delivery receipts for a while (default 10
// minutes), clients coming and going; memory (RSS) and open descriptors of both processes must stay flat and
// every receipt must arrive. Not part of `npm test`:
//
//   npx tsc -p . && node dist/test/faults/soak.js [--minutes 10] [--rate 300]
//
// Traffic: `emr` (2 transceivers on A) and `clinic` (1 transceiver on B) get their receipts on the instance
// that sent; `lab` submits on A and receives on B, so each of its receipts crosses instances through its
// Redis queue; lab's receiver leaves for 10 s every minute (receipts wait) and comes back (they drain).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { pino } from 'pino';
import { startCarrierSimulator } from '../../src/sim/carrier-simulator.js';
import type { Esme } from '../helpers/esme.js';
import { freePort, sleep } from '../helpers/net.js';
import { REDIS_URL, deletePrefix, rawRedis, testPrefix } from '../store/helpers.js';
import { bindWhenUp, fdCount, percentile } from './helpers.js';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, rate: { type: 'string', default: '300' } } });
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const TEXT = 'Your appointment is confirmed for March 14 at 10:30 AM.';
const MAX_IN_FLIGHT = 200;

const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const dir = mkdtempSync(join(tmpdir(), 'phiwall-soak-'));
const prefix = testPrefix('soak');
const sim = await startCarrierSimulator({ receiptDelayMs: 100, maxReceived: 0, log: pino({ level: 'silent' }) });
const ports = { a: await freePort(), b: await freePort() };
const children: ChildProcess[] = [];
function start(name: 'a' | 'b'): ChildProcess {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    stringify({
      listeners: [{ name: 'plain', host: '127.0.0.1', port: ports[name] }],
      upstreams: [{ name: 'carrier', host: '127.0.0.1', port: sim.port, tls: false, system_id: 'gw', password: 'pw', binds: 2, window: 200 }],
      clients: [
        { system_id: 'emr', password: 'emrpass', upstream: 'carrier' },
        { system_id: 'clinic', password: 'clinicpw', upstream: 'carrier' },
        { system_id: 'lab', password: 'labpass', upstream: 'carrier' },
      ],
      audit: { path: join(dir, `audit-${name}.log`), key: 'soak-audit-key-0123456789abcdef0123456789' },
      redis: { url: REDIS_URL, prefix },
      session: { window: 200 },
      log: { level: 'warn' },
    }),
  );
  const out = openSync(join(dir, `${name}.log`), 'a');
  const child = spawn(process.execPath, [MAIN, 'start', '--config', file], { stdio: ['ignore', out, 'inherit'] });
  children.push(child);
  return child;
}

interface Sender {
  esme: Esme;
  client: string;
  inFlight: number;
}
const stats = { ok: 0, okBy: { emr: 0, clinic: 0, lab: 0 } as Record<string, number>, failed: 0, receipts: { emr: 0, clinic: 0, lab: 0 } as Record<string, number>, latencies: [] as number[] };
/** Counts the receipts `e` gets, by receipted_message_id, so a second copy (at-least-once) is told apart. */
const seenIds: Record<string, Set<string>> = { emr: new Set(), clinic: new Set(), lab: new Set() };
const duplicates: Record<string, number> = { emr: 0, clinic: 0, lab: 0 };
const counting = (e: Esme, client: string) => {
  const take = () => {
    for (const d of e.deliveries.splice(0)) {
      const id = String(d.receipted_message_id);
      if (seenIds[client]!.has(id)) duplicates[client]!++;
      else seenIds[client]!.add(id);
    }
    stats.receipts[client] = seenIds[client]!.size;
  };
  const t = setInterval(take, 200);
  return () => {
    clearInterval(t);
    take();
  };
};

let exitCode = 0;
try {
  const a = start('a');
  const b = start('b');
  const emr = [await bindWhenUp(ports.a, 'emr', 'emrpass'), await bindWhenUp(ports.a, 'emr', 'emrpass')];
  const clinic = await bindWhenUp(ports.b, 'clinic', 'clinicpw');
  const labTx = await bindWhenUp(ports.a, 'lab', 'labpass', 'transmitter');
  let labRx = await bindWhenUp(ports.b, 'lab', 'labpass', 'receiver');
  const stopCounting = [...emr.map((e) => counting(e, 'emr')), counting(clinic, 'clinic')];
  let stopLab = counting(labRx, 'lab');
  const senders: Sender[] = [
    ...emr.map((esme) => ({ esme, client: 'emr', inFlight: 0 })),
    { esme: clinic, client: 'clinic', inFlight: 0 },
    { esme: labTx, client: 'lab', inFlight: 0 },
  ];
  let seq = 0;
  const tick = setInterval(() => {
    const n = Math.max(1, Math.round(RATE / 100));
    for (let i = 0; i < n; i++) {
      const s = senders[seq % senders.length]!;
      if (s.inFlight >= MAX_IN_FLIGHT) continue;
      s.inFlight++;
      const t0 = performance.now();
      const dest = `1555${String(seq++ % 10_000_000).padStart(7, '0')}`;
      s.esme.submit({ source_addr: '12345', destination_addr: dest, short_message: TEXT, registered_delivery: 1 }).then(
        (r) => {
          s.inFlight--;
          if (r.command_status === 0) {
            stats.ok++;
            stats.okBy[s.client]!++;
          } else stats.failed++;
          if (stats.latencies.length < 100_000) stats.latencies.push(performance.now() - t0);
        },
        () => {
          s.inFlight--;
          stats.failed++;
        },
      );
    }
  }, 10);

  const samples: { t: number; rssA: number; rssB: number; fdA: number; fdB: number }[] = [];
  const redis = rawRedis();
  const t0 = Date.now();
  const end = t0 + MINUTES * 60_000;
  let nextChurn = t0 + 60_000;
  process.stdout.write('  min   ok/s  failed  rcpt(emr/clinic/lab)  labQueue  rssA MB  rssB MB  fdA  fdB  p99 ms\n');
  let lastOk = 0;
  while (Date.now() < end) {
    await sleep(10_000);
    const now = Date.now();
    if (now >= nextChurn) {
      // lab's receiver goes away for 10 s; its receipts wait in Redis, then drain.
      nextChurn += 60_000;
      await labRx.close();
      stopLab();
      await sleep(10_000);
      labRx = await bindWhenUp(ports.b, 'lab', 'labpass', 'receiver');
      stopLab = counting(labRx, 'lab');
    }
    const s = { t: (Date.now() - t0) / 60_000, rssA: rss(a.pid!), rssB: rss(b.pid!), fdA: fdCount(a.pid!), fdB: fdCount(b.pid!) };
    samples.push(s);
    const q = await redis.xlen(`${prefix}dq:{lab}`);
    const p99 = percentile(stats.latencies.splice(0), 99);
    const r = stats.receipts;
    process.stdout.write(
      `  ${s.t.toFixed(1).padStart(4)} ${((stats.ok - lastOk) / ((Date.now() - now + 10_000) / 1000)).toFixed(0).padStart(6)} ${String(stats.failed).padStart(7)}  ${`${r.emr}/${r.clinic}/${r.lab}`.padEnd(20)}  ${String(q).padStart(8)}  ${s.rssA.toFixed(0).padStart(7)}  ${s.rssB.toFixed(0).padStart(7)}  ${String(s.fdA).padStart(3)}  ${String(s.fdB).padStart(3)}  ${p99.toFixed(1).padStart(6)}\n`,
    );
    lastOk = stats.ok;
  }
  clearInterval(tick);
  // Let the last receipts arrive.
  const got = () => stats.receipts.emr! + stats.receipts.clinic! + stats.receipts.lab!;
  const short = () => Object.keys(stats.okBy).some((c) => stats.receipts[c]! < stats.okBy[c]!);
  for (let i = 0; i < 60 && short(); i++) await sleep(500);
  for (const stop of [...stopCounting, stopLab]) stop();
  redis.disconnect();

  // What the gateways logged (warn and above; never content): e.g. receipts answered ESME_RX_T_APPN, which a
  // real carrier retries but the simulator does not, so they show up here rather than as receipts.
  const logged: Record<string, number> = {};
  for (const name of ['a', 'b']) {
    for (const line of readFileSync(join(dir, `${name}.log`), 'utf8').split('\n')) {
      const msg = /"msg":"([^"]*)"/.exec(line)?.[1];
      if (msg && !line.includes('"level":30')) logged[`${name}: ${msg}`] = (logged[`${name}: ${msg}`] ?? 0) + 1;
    }
  }
  const warm = samples.filter((s) => s.t >= 2 && s.t <= 3);
  const last = samples.filter((s) => s.t >= MINUTES - 1);
  const med = (xs: number[]) => percentile(xs, 50);
  const summary = {
    minutes: MINUTES,
    submitted: stats.ok,
    failed: stats.failed,
    receipts: got(),
    missingBy: Object.fromEntries(Object.keys(stats.okBy).map((c) => [c, stats.okBy[c]! - stats.receipts[c]!])),
    duplicates,
    rssA: { warm: med(warm.map((s) => s.rssA)), last: med(last.map((s) => s.rssA)) },
    rssB: { warm: med(warm.map((s) => s.rssB)), last: med(last.map((s) => s.rssB)) },
    fdA: { warm: med(warm.map((s) => s.fdA)), last: med(last.map((s) => s.fdA)) },
    fdB: { warm: med(warm.map((s) => s.fdB)), last: med(last.map((s) => s.fdB)) },
    logged,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  const flat = (x: { warm: number; last: number }, slack: number) => !(x.last > x.warm + slack);
  const ok =
    stats.failed === 0 &&
    !short() &&
    (warm.length === 0 || (flat(summary.rssA, Math.max(30, summary.rssA.warm * 0.15)) && flat(summary.rssB, Math.max(30, summary.rssB.warm * 0.15)) && flat(summary.fdA, 10) && flat(summary.fdB, 10)));
  process.stdout.write(ok ? 'soak: PASS (every receipt arrived; memory and descriptors flat)\n' : 'soak: FAIL\n');
  exitCode = ok ? 0 : 1;
  for (const e of [...emr, clinic, labTx, labRx]) await e.close();
} finally {
  for (const c of children) c.kill('SIGTERM');
  await sleep(500);
  for (const c of children) c.kill('SIGKILL');
  await sim.close();
  await deletePrefix(prefix);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
