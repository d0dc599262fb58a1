// Store and vault throughput. Run: npx tsc -p . && node dist/bench/store.js
// Baselines in the same run: Redis without auto-pipelining (raw ioredis, same concurrency) and one command
// at a time. Redis sections are skipped when REDIS_URL does not answer.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { createVault } from '../src/inspection/vault/vault.js';
import { createKvStore } from '../src/store/create.js';
import type { KvBackend } from '../src/store/types.js';
import { REDIS_URL, deletePrefix, redisAnswers } from '../test/store/helpers.js';

const log = pino({ level: 'silent' });
const prefix = `phiwall-bench:${randomBytes(4).toString('hex')}:`;
// About the size of a vault record.
const value = JSON.stringify({ v: 1, kid: 'k1', iv: 'x'.repeat(16), tag: 'y'.repeat(22), ct: 'z'.repeat(40), client: 'clinic', category: 'mrn', createdAt: new Date().toISOString() });

function report(name: string, ops: number, ms: number): void {
  console.log(`${name.padEnd(62)} ${String(Math.round((ops / ms) * 1000)).padStart(9)} ops/s  (${ops} ops, ${ms.toFixed(0)} ms)`);
}

/** Runs `op(i)` `total` times with `concurrency` in flight. */
async function run(total: number, concurrency: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await op(next++);
    }),
  );
  return performance.now() - t0;
}

async function storeBench(name: string, s: KvBackend, total: number, concurrency: number): Promise<void> {
  report(`${name} set c=${concurrency}`, total, await run(total, concurrency, (i) => s.set(`b:${i}`, value, 60_000)));
  report(`${name} get c=${concurrency}`, total, await run(total, concurrency, (i) => s.get(`b:${i}`)));
  report(`${name} setIfAbsent c=${concurrency}`, total, await run(total, concurrency, (i) => s.setIfAbsent(`n:${concurrency}:${i}`, value, 60_000)));
}

console.log(`node ${process.version}, ${new Date().toISOString()}`);

const memory = await createKvStore({ prefix, log, maxEntries: 1_000_000 });
await storeBench('memory', memory, 500_000, 1);
await memory.close();

const haveRedis = await redisAnswers();
if (haveRedis) {
  const N = 100_000;
  const store = await createKvStore({ redisUrl: REDIS_URL, prefix, log });
  await storeBench('redis phiwall store', store, 20_000, 1);
  await storeBench('redis phiwall store (auto-pipelining)', store, N, 100);
  await storeBench('redis phiwall store (auto-pipelining)', store, N, 1000);
  const raw = new Redis(REDIS_URL, { enableAutoPipelining: false });
  report('baseline: raw ioredis, no auto-pipelining, set c=100', N, await run(N, 100, (i) => raw.set(`${prefix}r:${i}`, value, 'PX', 60_000)));
  report('baseline: raw ioredis, no auto-pipelining, get c=100', N, await run(N, 100, (i) => raw.get(`${prefix}r:${i}`)));
  raw.disconnect();
  const entries = Array.from({ length: 10 }, (_, i) => [`m:${i}`, value] as const);
  report('redis setMany (10 keys in one MULTI) c=100', 20_000, await run(20_000, 100, () => store.setMany(entries, 60_000)));
  await store.close();
} else {
  console.log('redis: not reachable at REDIS_URL, skipped');
}

// The vault: random token + AES-256-GCM seal + SET NX; detokenize = GET + open.
const key = randomBytes(32);
async function vaultBench(name: string, s: KvBackend, total: number, concurrency: number): Promise<void> {
  const v = createVault({ store: s, log, keys: [{ id: 'k1', key }], tokenLength: 7 });
  const tokens: string[] = new Array(total);
  report(`vault tokenize on ${name} c=${concurrency}`, total, await run(total, concurrency, async (i) => (tokens[i] = await v.tokenize(`MRN-${i}`, { client: 'clinic', category: 'mrn' }))));
  report(`vault detokenize on ${name} c=${concurrency}`, total, await run(total, concurrency, (i) => v.detokenize(tokens[i]!)));
}
const vm = await createKvStore({ prefix, log, maxEntries: 1_000_000 });
await vaultBench('memory', vm, 200_000, 1);
await vm.close();
if (haveRedis) {
  const vr = await createKvStore({ redisUrl: REDIS_URL, prefix, log });
  await vaultBench('redis', vr, 100_000, 100);
  await vr.close();
  await deletePrefix(prefix);
}
