// The delivery-queue conformance suite against memory and Redis, plus what only one backend has: the
// memory bound over all clients; Redis key names (prefix, hash tag), TTL on the key, and prompt failure
// while Redis is down.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createMemoryQueueStore } from '../../src/store/memory/memory-queue-store.js';
import { createQueueStore } from '../../src/store/create.js';
import { REDIS_URL, deletePrefix, rawRedis, redisGate, silentLog, testPrefix, unusedPort } from '../store/helpers.js';
import { registerQueueConformance } from './queue-conformance.js';

const memory = suite('memory queue: conformance');
registerQueueConformance(memory, async (limits) => createMemoryQueueStore({ ...limits, maxTotal: 10_000 }));
memory('the bound over all clients holds', async () => {
  const s = createMemoryQueueStore({ maxPerClient: 10, ttlMs: 60_000, maxTotal: 3 });
  assert.ok(await s.append('a', Buffer.from('1')));
  assert.ok(await s.append('b', Buffer.from('2')));
  assert.ok(await s.append('c', Buffer.from('3')));
  assert.not.ok(await s.append('d', Buffer.from('4')));
  const [e] = await s.next('a', 'x', 1);
  await s.ack('a', [e!.id]);
  assert.ok(await s.append('d', Buffer.from('4')));
  await s.close();
});
memory.run();

const prefix = testPrefix('queue');
const redis = suite('redis queue: conformance');
const up = await redisGate(redis);
const make = (limits: { maxPerClient: number; ttlMs: number }) =>
  createQueueStore({ redis: { url: REDIS_URL }, prefix, log: silentLog, limits, maxTotal: 0 });
if (up) {
  registerQueueConformance(redis, make);
  redis('one Stream per client under the prefix, hash-tagged by client, with a TTL on the key', async () => {
    const s = await make({ maxPerClient: 10, ttlMs: 30_000 });
    const raw = rawRedis();
    try {
      await s.append('emr-keys', Buffer.from('x'));
      const key = `${prefix}dq:{emr-keys}`;
      assert.is(await raw.type(key), 'stream');
      const pttl = await raw.pttl(key);
      assert.ok(pttl > 0 && pttl <= 30_000, `pttl ${pttl}`);
    } finally {
      raw.disconnect();
      await s.close();
    }
  });
  redis.after(() => deletePrefix(prefix));
}
redis('Redis down: appends reject promptly with STORE_UNAVAILABLE', async () => {
  const s = await createQueueStore({ redis: { url: `redis://127.0.0.1:${await unusedPort()}` }, prefix: 'down:', log: silentLog, limits: { maxPerClient: 1, ttlMs: 1000 }, maxTotal: 0 });
  try {
    const t0 = Date.now();
    await s.append('c', Buffer.from('x')).then(
      () => assert.unreachable(),
      (err: { code?: string }) => assert.is(err.code, 'STORE_UNAVAILABLE'),
    );
    assert.ok(Date.now() - t0 < 500);
  } finally {
    await s.close();
  }
});
redis.run();
