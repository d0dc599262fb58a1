import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createKvStore } from '../../src/store/create.js';
import { StoreError } from '../../src/store/errors.js';
import { redactRedisUrl } from '../../src/store/redis/redact-url.js';
import { REDIS_URL, captureLog, deletePrefix, rawRedis, redisGate, silentLog, sleep, testPrefix, unusedPort } from './helpers.js';
import { registerKvConformance } from './kv-conformance.js';
import { startTcpProxy } from './tcp-proxy.js';

const prefix = testPrefix('store');
const conformance = suite('redis store: conformance');
const redisUp = await redisGate(conformance);

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await sleep(20);
  }
  return cond();
}

if (redisUp) {
  registerKvConformance(conformance, () => createKvStore({ redisUrl: REDIS_URL, prefix, log: silentLog }));
}
conformance.run();

const redis = suite('redis store');

redis('the password never reaches a log line, and a redacted URL keeps host and port', () => {
  assert.is(redactRedisUrl('redis://user:hunter2@db.internal:6380/2?password=x'), 'redis://user:***@db.internal:6380/2');
  assert.is(redactRedisUrl('not a url'), '<unparseable redis url>');
});

redis('Redis down: the store is created, operations reject promptly as STORE_UNAVAILABLE, nothing crashes', async () => {
  let unhandled = 0;
  const onUnhandled = () => void unhandled++;
  process.on('unhandledRejection', onUnhandled);
  const port = await unusedPort();
  const { log, lines } = captureLog();
  const s = await createKvStore({ redisUrl: `redis://phiwall:s3cret-pw@127.0.0.1:${port}`, prefix: 'down:', log });
  try {
    assert.is(s.kind, 'redis');
    assert.is(s.health.connected, false);
    const ops = [() => s.get('k'), () => s.set('k', 'PHI value', 1_000), () => s.setIfAbsent('k', 'v', 1_000), () => s.setMany([['k', 'v']], 1_000), () => s.del('k')];
    for (const op of ops) {
      const started = Date.now();
      try {
        await op();
        assert.unreachable('should reject while Redis is down');
      } catch (err) {
        assert.instance(err, StoreError);
        assert.is((err as StoreError).code, 'STORE_UNAVAILABLE');
        assert.not.ok(String((err as Error).message).includes('PHI value'));
        assert.is((err as { command?: unknown }).command, undefined);
      }
      // Fail fast: no offline queue, no waiting for a reconnect (a generous bound; not a timing benchmark).
      assert.ok(Date.now() - started < 500);
    }
    await sleep(300); // let ioredis retry a few times
    assert.ok(s.health.connectionErrors >= 1);
    assert.is(s.health.failedOps, 5);
    const logged = lines.join('');
    assert.ok(logged.includes('ECONNREFUSED'));
    assert.not.ok(logged.includes('s3cret-pw'));
    // Logged once per error code, not once per reconnect attempt.
    assert.is(lines.filter((l) => l.includes('redis connection error')).length, 1);
  } finally {
    await s.close();
    process.off('unhandledRejection', onUnhandled);
  }
  assert.is(unhandled, 0);
});

if (redisUp) {
  redis('every key carries the prefix and a TTL (PX)', async () => {
    const s = await createKvStore({ redisUrl: REDIS_URL, prefix, log: silentLog });
    const raw = rawRedis();
    try {
      await s.set('ttl-check', 'v', 30_000);
      await s.setMany([['ttl-many', 'v']], 30_000);
      await s.setIfAbsent('ttl-nx', 'v', 30_000);
      for (const k of ['ttl-check', 'ttl-many', 'ttl-nx']) {
        const pttl = await raw.pttl(prefix + k);
        assert.ok(pttl > 0 && pttl <= 30_000, `${k} has a TTL`);
      }
      assert.is(await raw.exists('ttl-check'), 0);
    } finally {
      raw.disconnect();
      await s.close();
    }
  });

  redis('reconnects by itself after the connection drops; fails fast meanwhile', async () => {
    const target = new URL(REDIS_URL);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 6379));
    target.hostname = '127.0.0.1';
    target.port = String(proxy.port);
    const s = await createKvStore({ redisUrl: target.toString(), prefix, log: silentLog });
    try {
      await s.set('reconnect', 'before', 30_000);
      await proxy.cut();
      assert.ok(await until(() => !s.health.connected, 2_000), 'notices the drop');
      try {
        await s.get('reconnect');
        assert.unreachable('should reject while disconnected');
      } catch (err) {
        assert.is((err as StoreError).code, 'STORE_UNAVAILABLE');
      }
      await proxy.restore();
      assert.ok(await until(() => s.health.connected, 5_000), 'reconnected');
      assert.is(await s.get('reconnect'), 'before');
    } finally {
      await s.close();
      await proxy.close();
    }
  });
}

// Runs after both suites: the conformance suite ran first and this one wrote last.
if (redisUp) redis.after(() => deletePrefix(prefix));
redis.run();
