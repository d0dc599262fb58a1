// Redis Sentinel for real, on loopback: a private master, replica and sentinel (test/helpers/redis-servers.ts).
// The KvStore, queue and rate conformance suites run against Sentinel-configured stores; then the master is
// killed mid-traffic and the stores must recover by themselves once the sentinel promotes the replica.
//
// What a failover loses: replication is asynchronous, so a write the old master acknowledged but had not yet
// sent to the replica when it died is gone (Redis does not promise otherwise; WAIT would narrow the window,
// phiwall does not use it). For phiwall that is at worst a message-id link or a queued receipt from the last
// moments before the crash. Writes acknowledged after the promotion go to the new master and are kept.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createKvStore, createQueueStore, createRateStore } from '../../src/store/create.js';
import { StoreError } from '../../src/store/errors.js';
import type { RedisConnection } from '../../src/store/redis/connect.js';
import { sleep } from '../helpers/net.js';
import { ask, redisServersGate, startSentinelSet, type SentinelSet } from '../helpers/redis-servers.js';
import { registerKvConformance } from '../store/kv-conformance.js';
import { silentLog } from '../store/helpers.js';
import { registerQueueConformance } from './queue-conformance.js';
import { registerRateConformance } from './rate-conformance.js';

const test = suite('redis sentinel (private servers)');
const on = redisServersGate(test);
const prefix = 'phiwall-ha:';
let servers: SentinelSet | undefined;

const conn = (): RedisConnection => {
  if (!servers) throw new Error('the Sentinel servers did not start');
  return { sentinels: [{ host: '127.0.0.1', port: servers.sentinel.port }], name: servers.name };
};

if (on) {
  test.after(async () => {
    await servers?.stop();
  });

  test('a master, a replica and a sentinel start on private ports', async () => {
    servers = await startSentinelSet();
    assert.is(await servers.masterPort(), servers.master.port);
  });

  registerKvConformance(test, () => createKvStore({ redis: conn(), prefix, log: silentLog }));
  registerQueueConformance(test, (limits) => createQueueStore({ redis: conn(), prefix, log: silentLog, limits, maxTotal: 0 }));
  registerRateConformance(test, async () => (await createRateStore({ redis: conn(), prefix, log: silentLog }))!);

  test('writes go to the master the sentinel names and reach the replica', async () => {
    const s = await createKvStore({ redis: conn(), prefix, log: silentLog });
    try {
      await s.set('where', 'v', 30_000);
      assert.is(await ask(servers!.master.port, ['GET', `${prefix}where`]), 'v');
      let replicated: unknown;
      for (let i = 0; i < 50 && replicated !== 'v'; i++) {
        replicated = await ask(servers!.replica.port, ['GET', `${prefix}where`]);
        if (replicated !== 'v') await sleep(20);
      }
      assert.is(replicated, 'v');
    } finally {
      await s.close();
    }
  });

  test('master killed mid-traffic: operations reject (never hang) until the replica is promoted, then succeed again by themselves', async () => {
    const sv = servers!;
    let unhandled = 0;
    const onUnhandled = () => void unhandled++;
    process.on('unhandledRejection', onUnhandled);
    const commandTimeoutMs = 500;
    const kv = await createKvStore({ redis: conn(), prefix: `${prefix}fo:`, log: silentLog, commandTimeoutMs });
    const queue = await createQueueStore({ redis: conn(), prefix: `${prefix}fo:`, log: silentLog, limits: { maxPerClient: 100, ttlMs: 60_000 }, maxTotal: 0, commandTimeoutMs });
    const rates = (await createRateStore({ redis: conn(), prefix: `${prefix}fo:`, log: silentLog }))!;
    const woken: (string | undefined)[] = [];
    queue.onAppend((c) => woken.push(c));
    const acked = new Map<string, number>(); // key → when its set resolved
    const codes = new Map<string, number>();
    let slowest = 0;
    let killedAt = 0;
    let firstFailure = 0;
    let lastFailure = 0;
    let okAfterKill = 0;
    let stop = false;
    try {
      // Four workers, each a set then a get of its own key, so operations are in flight when the master dies.
      const worker = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const key = `w${w}:${i}`;
          const t0 = Date.now();
          try {
            await kv.set(key, key, 120_000);
            acked.set(key, Date.now());
            assert.is(await kv.get(key), key);
            if (killedAt) okAfterKill++;
          } catch (err) {
            if (!(err instanceof StoreError)) throw err;
            codes.set(err.code, (codes.get(err.code) ?? 0) + 1);
            firstFailure ||= Date.now();
            lastFailure = Date.now();
            await sleep(10);
          } finally {
            slowest = Math.max(slowest, Date.now() - t0);
          }
        }
      };
      const workers = [0, 1, 2, 3].map(worker);
      await sleep(1000);
      const ackedBeforeKill = acked.size;
      killedAt = Date.now();
      await sv.master.kill();
      await sv.waitForFailover(10_000);
      const promotedAt = Date.now();
      // Recovery is the store's own doing: nothing here reconnects it. Bounded: 10 s after the promotion.
      const deadline = promotedAt + 10_000;
      while (okAfterKill < 200 && Date.now() < deadline) await sleep(20);
      stop = true;
      await Promise.all(workers);
      const recoveredAfterMs = lastFailure - killedAt;

      assert.ok(okAfterKill >= 200, `operations succeed again after the failover (${okAfterKill} did)`);
      assert.ok(firstFailure >= killedAt, 'nothing failed before the kill');
      assert.ok([...codes.keys()].every((c) => c === 'STORE_UNAVAILABLE' || c === 'STORE_TIMEOUT'), `rejections only: ${[...codes.keys()]}`);
      assert.ok(slowest <= commandTimeoutMs + 1000, `no operation hung: the slowest took ${slowest} ms`);
      assert.is(kv.health.connected, true);
      assert.ok(kv.health.failedOps > 0);
      assert.is(unhandled, 0, 'no unhandled rejections');

      // Every acknowledged write is read back from the new master except, possibly, the last ones the old
      // master acknowledged before it died (asynchronous replication).
      const lost: number[] = [];
      for (const [key, at] of acked) if ((await kv.get(key)) !== key) lost.push(killedAt - at);
      assert.ok(lost.every((msBeforeKill) => msBeforeKill < 500), `only writes from just before the kill may be lost (${lost.length} lost, the oldest ${Math.max(0, ...lost)} ms before it)`);

      // The queue store's wake-up subscription moved to the new master too; the rate store reserves again.
      await retryFor(5000, () => queue.append('after-failover', Buffer.from('x')));
      for (let i = 0; i < 100 && !woken.includes('after-failover'); i++) await sleep(20);
      assert.ok(woken.includes('after-failover'), 'the append woke the listener');
      assert.is(await retryFor(5000, () => rates.reserve('u', 'after-failover', 1, 1, 1, 1000)), 0);

      console.log(
        `  sentinel failover: ${ackedBeforeKill} writes acknowledged before the kill, ${lost.length} lost; ` +
          `promoted ${promotedAt - killedAt} ms after the kill, operations failing until ${recoveredAfterMs} ms; ` +
          `rejections ${JSON.stringify(Object.fromEntries(codes))}; slowest operation ${slowest} ms`,
      );
    } finally {
      stop = true;
      process.off('unhandledRejection', onUnhandled);
      await Promise.all([kv.close(), queue.close(), rates.close()]);
    }
  });
}

/** Retries `fn` until it resolves (bounded): the first operation after a failover may still meet a stale socket. */
async function retryFor<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(50);
    }
  }
}

test.run();
