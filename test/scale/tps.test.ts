// TPS limits hold across instances sharing Redis: per client (`clients[].tps`) and per upstream. The
// reservations are GCRA in Redis; with Redis unreachable each instance falls back to its own bucket.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRateStore } from '../../src/store/create.js';
import { SharedRateLimiter } from '../../src/routing/rate-limit-redis.js';
import { startCarrier } from '../helpers/carrier.js';
import { connectEsme } from '../helpers/esme.js';
import { sleep } from '../helpers/net.js';
import { REDIS_URL, deletePrefix, redisGate, silentLog, testPrefix, unusedPort } from '../store/helpers.js';
import { CLIENTS, startInstance, TEXT } from './helpers.js';
import type { ConfigInput } from '../../src/config/schema.js';

const up = await redisGate(test);
const prefix = testPrefix('tps');

if (up) {
  test.after(() => deletePrefix(prefix));

  test('two instances reserving from one limit: a second’s burst goes at once, the rest is spread at the rate', async () => {
    const one = (await createRateStore({ redis: { url: REDIS_URL }, prefix, log: silentLog }))!;
    const two = (await createRateStore({ redis: { url: REDIS_URL }, prefix, log: silentLog }))!;
    try {
      const t0 = performance.now();
      const delays = await Promise.all(Array.from({ length: 300 }, (_, i) => (i % 2 ? one : two).reserve('u', 'shared-unit', 200, 200, 1, 10_000)));
      const elapsed = (performance.now() - t0) / 1000;
      const immediate = delays.filter((d) => d === 0).length;
      assert.ok(immediate <= 200 + Math.ceil(200 * elapsed) + 1, `${immediate} immediate in ${elapsed}s`);
      assert.ok(immediate >= 150, `${immediate} immediate`);
      const last = Math.max(...delays);
      assert.ok(last >= 350 && last <= 520, `the 300th waits about (300-200)/200 s: ${last} ms`);
      assert.is(await one.reserve('u', 'shared-unit', 200, 200, 1, 10), -1, 'beyond the waiting room: refused, nothing reserved');
    } finally {
      await one.close();
      await two.close();
    }
  });

  const flood = async (name: string, o: { clients?: ConfigInput['clients']; upstream?: Partial<ConfigInput['upstreams'][number]> }) => {
    const carrier = await startCarrier();
    const p = `${prefix}${name}:`;
    const a = await startInstance('gwA', carrier.port, p, o);
    const b = await startInstance('gwB', carrier.port, p, o);
    const ea = await connectEsme({ port: a.port, system_id: 'emr', password: 'emrpass' });
    const eb = await connectEsme({ port: b.port, system_id: 'emr', password: 'emrpass' });
    try {
      const t0 = performance.now();
      const all = [ea, eb].flatMap((e, k) =>
        Array.from({ length: 50 }, (_, i) => e.submit({ source_addr: '12345', destination_addr: `1555003${k}${String(i).padStart(3, '0')}`, short_message: TEXT })),
      );
      await sleep(300);
      const early = carrier.submits.length;
      const statuses = (await Promise.all(all)).map((r) => r.command_status);
      const elapsed = (performance.now() - t0) / 1000;
      return { early, elapsed, statuses, total: carrier.submits.length };
    } finally {
      await ea.close();
      await eb.close();
      await a.stop();
      await b.stop();
      await carrier.close();
    }
  };

  test('clients[].tps holds over two instances: 100 submits at 50/s, half on each, take about a second', async () => {
    const clients = CLIENTS.map((c) => (c.system_id === 'emr' ? { ...c, tps: 50 } : c));
    const r = await flood('client', { clients });
    assert.ok(r.statuses.every((s) => s === 0), 'all accepted: they waited, none refused');
    assert.is(r.total, 100);
    // One second's burst (50) plus 50/s: about 65 by 300 ms; two separate buckets would let all 100 through.
    assert.ok(r.early <= 72, `${r.early} reached the carrier in the first 300 ms`);
    assert.ok(r.elapsed >= 0.8, `took ${r.elapsed}s`);
  });

  test('upstream tps holds over two instances', async () => {
    const r = await flood('upstream', { upstream: { tps: 50 } });
    assert.ok(r.statuses.every((s) => s === 0));
    assert.ok(r.early <= 72, `${r.early} reached the carrier in the first 300 ms`);
    assert.ok(r.elapsed >= 0.8, `took ${r.elapsed}s`);
  });
}

test('Redis unreachable: the limit fails open to this instance’s own bucket (burst passes, then waits)', async () => {
  const store = (await createRateStore({ redis: { url: `redis://127.0.0.1:${await unusedPort()}` }, prefix: 'x:', log: silentLog }))!;
  try {
    const l = new SharedRateLimiter(store, 'c', 'emr', 5, 100, silentLog);
    for (let i = 0; i < 5; i++) await l.take();
    let done = false;
    const sixth = l.take().then(() => (done = true));
    await sleep(20);
    assert.not.ok(done, 'the 6th waits for the local bucket');
    await sixth;
  } finally {
    await store.close();
  }
});

test.run();
