// `redis:` in the config → the ioredis client: a URL, Sentinel (sentinels + master name) or Cluster (seed
// nodes), each with the fail-fast settings, credentials and TLS; the schema refuses ambiguous settings.
// Sentinel and Cluster cannot run here, so their option mapping is pinned; the single server is real.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster, Redis } from 'ioredis';
import { redisPlan, createRedisClient, describeRedis } from '../../src/store/redis/connect.js';
import { redisSchema } from '../../src/config/schema.js';
import { queueKey, rateKey } from '../../src/store/redis/keys.js';
import { REDIS_URL, redisAnswers } from '../store/helpers.js';

const FF = { commandTimeoutMs: 700, connectTimeoutMs: 900, connectionName: 'phiwall' };

test('a URL: one client with the fail-fast settings', () => {
  const p = redisPlan({ url: 'redis://h:6379/2', password: 'pw' }, FF);
  assert.is(p.kind, 'single');
  if (p.kind !== 'single') return;
  assert.is(p.url, 'redis://h:6379/2');
  assert.is(p.options.enableOfflineQueue, false);
  assert.is(p.options.maxRetriesPerRequest, 0);
  assert.is(p.options.commandTimeout, 700);
  assert.is(p.options.connectTimeout, 900);
  assert.is(p.options.password, 'pw');
  assert.type(p.options.retryStrategy, 'function');
});

test('sentinels: master name, sentinel password, TLS to sentinels and master', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-redis-tls-'));
  try {
    writeFileSync(join(dir, 'ca.pem'), 'CA-BYTES');
    const p = redisPlan(
      {
        sentinels: [{ host: 's1', port: 26379 }, { host: 's2', port: 26380 }],
        name: 'phi',
        password: 'pw',
        sentinel_password: 'spw',
        tls: { ca: join(dir, 'ca.pem'), servername: 'redis.internal', rejectUnauthorized: true },
      },
      FF,
    );
    assert.is(p.kind, 'sentinel');
    if (p.kind !== 'sentinel') return;
    assert.equal(p.options.sentinels, [{ host: 's1', port: 26379 }, { host: 's2', port: 26380 }]);
    assert.is(p.options.name, 'phi');
    assert.is(p.options.sentinelPassword, 'spw');
    assert.is(p.options.password, 'pw');
    assert.is(p.options.enableTLSForSentinelMode, true);
    assert.is(String(p.options.tls?.ca), 'CA-BYTES');
    assert.is(p.options.tls?.servername, 'redis.internal');
    assert.is(p.options.enableOfflineQueue, false);
    assert.is(p.options.commandTimeout, 700);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cluster: seed nodes; per-node options carry credentials, timeouts and TLS; no offline queue', () => {
  const p = redisPlan({ cluster: [{ host: 'n1', port: 7000 }, { host: 'n2', port: 7001 }], password: 'pw', tls: true }, FF);
  assert.is(p.kind, 'cluster');
  if (p.kind !== 'cluster') return;
  assert.equal(p.nodes, [{ host: 'n1', port: 7000 }, { host: 'n2', port: 7001 }]);
  assert.is(p.options.enableOfflineQueue, false);
  assert.is(p.options.enableAutoPipelining, true);
  assert.is(p.options.redisOptions?.password, 'pw');
  assert.is(p.options.redisOptions?.commandTimeout, 700);
  assert.is(p.options.redisOptions?.maxRetriesPerRequest, 0);
  assert.equal(p.options.redisOptions?.tls, {});
  assert.type(p.options.clusterRetryStrategy, 'function');
  // The ioredis constructors accept what the plan says (lazy: nothing connects).
  const c = createRedisClient({ cluster: [{ host: '127.0.0.1', port: 1 }] }, FF);
  assert.instance(c, Cluster);
  c.disconnect();
  const s = createRedisClient({ sentinels: [{ host: '127.0.0.1', port: 1 }], name: 'm' }, FF);
  assert.instance(s, Redis);
  s.disconnect();
});

test('keys one script touches share a Cluster slot through a {hash tag} of the client or upstream', () => {
  assert.is(queueKey('phiwall:', 'emr'), 'phiwall:dq:{emr}');
  assert.is(rateKey('phiwall:', 'u', 'carrier'), 'phiwall:rl:u:{carrier}');
  assert.is(rateKey('phiwall:', 'c', 'emr'), 'phiwall:rl:c:{emr}');
});

test('log lines name where Redis is, never its password', () => {
  assert.is(describeRedis({ url: 'redis://u:secret@h:6379/0' }), 'redis://u:***@h:6379/0');
  assert.is(describeRedis({ sentinels: [{ host: 's1', port: 26379 }], name: 'phi', password: 'secret' }), 'sentinel phi@s1:26379');
  assert.is(describeRedis({ cluster: [{ host: 'n1', port: 7000 }], password: 'secret' }), 'cluster n1:7000');
});

test('the schema wants exactly one of url, sentinels (with name) or cluster, and no braces in the prefix', () => {
  assert.ok(redisSchema.safeParse({ url: 'redis://h' }).success);
  assert.ok(redisSchema.safeParse({ sentinels: [{ host: 's', port: 26379 }], name: 'm' }).success);
  assert.ok(redisSchema.safeParse({ cluster: [{ host: 'n', port: 7000 }] }).success);
  assert.not.ok(redisSchema.safeParse({}).success);
  assert.not.ok(redisSchema.safeParse({ url: 'redis://h', cluster: [{ host: 'n', port: 7000 }] }).success);
  assert.not.ok(redisSchema.safeParse({ sentinels: [{ host: 's', port: 26379 }] }).success, 'sentinels need the master name');
  assert.not.ok(redisSchema.safeParse({ url: 'redis://h', prefix: 'a{b}:' }).success);
});

test('a real single server through the factory answers PING', async () => {
  if (!(await redisAnswers())) return;
  const c = createRedisClient({ url: REDIS_URL }, FF);
  try {
    await c.connect();
    assert.is(await c.ping(), 'PONG');
  } finally {
    c.disconnect();
  }
});

test.run();
