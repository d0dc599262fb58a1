// The one conformance suite every KvStore backend must pass (the aedes-persistence abstract.js pattern):
// a backend's test file creates a suite, calls registerKvConformance with a factory, and runs it.
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';
import { StoreError } from '../../src/store/errors.js';
import type { KvBackend } from '../../src/store/types.js';
import { sleep } from './helpers.js';

export type BuildStore = () => Promise<KvBackend>;

async function withStore(build: BuildStore, fn: (s: KvBackend) => Promise<void>): Promise<void> {
  const s = await build();
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  try {
    await p;
  } catch (err) {
    assert.instance(err, StoreError);
    assert.is((err as StoreError).code, code);
    return;
  }
  assert.unreachable(`expected a ${code} rejection`);
}

let n = 0;
const key = (what: string) => `${what}:${++n}`;

export function registerKvConformance(suite: Test, build: BuildStore): void {
  suite('a missing key reads as undefined', () =>
    withStore(build, async (s) => {
      assert.is(await s.get(key('missing')), undefined);
    }));

  suite('set then get returns the value; a second set replaces it', () =>
    withStore(build, async (s) => {
      const k = key('set');
      await s.set(k, 'one', 10_000);
      assert.is(await s.get(k), 'one');
      await s.set(k, 'two', 10_000);
      assert.is(await s.get(k), 'two');
    }));

  suite('values round-trip exactly: unicode, surrogate pairs, NUL, CRLF, 64 KiB', () =>
    withStore(build, async (s) => {
      const values = ['', 'héllo wörld', '😀👍🏽 ok', 'a\u0000b', 'line\r\nline', 'x'.repeat(65_536), '{"json":true}'];
      for (const v of values) {
        const k = key('value');
        await s.set(k, v, 10_000);
        assert.is(await s.get(k), v);
      }
    }));

  suite('keys are taken literally (colons, spaces, glob characters, unicode)', () =>
    withStore(build, async (s) => {
      const base = key('odd');
      const keys = [`${base}:a b`, `${base}:*`, `${base}:[x]?`, `${base}:ключ`];
      for (const [i, k] of keys.entries()) await s.set(k, String(i), 10_000);
      for (const [i, k] of keys.entries()) assert.is(await s.get(k), String(i));
    }));

  suite('an entry expires after its TTL', () =>
    withStore(build, async (s) => {
      const k = key('ttl');
      await s.set(k, 'v', 500);
      assert.is(await s.get(k), 'v');
      await sleep(800);
      assert.is(await s.get(k), undefined);
    }));

  suite('set renews the TTL of an existing key', () =>
    withStore(build, async (s) => {
      const k = key('renew');
      await s.set(k, 'v1', 150);
      await sleep(80);
      await s.set(k, 'v2', 5_000);
      await sleep(150);
      assert.is(await s.get(k), 'v2');
    }));

  suite('a fractional TTL is rounded up, not rejected', () =>
    withStore(build, async (s) => {
      const k = key('frac');
      await s.set(k, 'v', 5_000.4);
      assert.is(await s.get(k), 'v');
    }));

  suite('setMany writes every entry with the TTL; all expire', () =>
    withStore(build, async (s) => {
      const base = key('many');
      const entries = Array.from({ length: 50 }, (_, i) => [`${base}:${i}`, `v${i}`] as const);
      // A TTL long enough that reading the entries back cannot outlast it on a busy machine.
      await s.setMany(entries, 1_000);
      const got = await Promise.all(entries.map(([k]) => s.get(k)));
      got.forEach((v, i) => assert.is(v, entries[i]![1]));
      await sleep(1_300);
      for (const [k] of entries) assert.is(await s.get(k), undefined);
    }));

  suite('setMany with no entries is a no-op', () =>
    withStore(build, async (s) => {
      await s.setMany([], 1_000);
    }));

  suite('del removes a key; deleting a missing key resolves', () =>
    withStore(build, async (s) => {
      const k = key('del');
      await s.set(k, 'v', 10_000);
      await s.del(k);
      assert.is(await s.get(k), undefined);
      await s.del(k);
    }));

  suite('setIfAbsent sets once, then refuses without changing the value', () =>
    withStore(build, async (s) => {
      const k = key('nx');
      assert.is(await s.setIfAbsent(k, 'first', 10_000), true);
      assert.is(await s.setIfAbsent(k, 'second', 10_000), false);
      assert.is(await s.get(k), 'first');
    }));

  suite('setIfAbsent succeeds again once the key has expired', () =>
    withStore(build, async (s) => {
      const k = key('nx-expire');
      assert.is(await s.setIfAbsent(k, 'a', 60), true);
      await sleep(160);
      assert.is(await s.setIfAbsent(k, 'b', 10_000), true);
      assert.is(await s.get(k), 'b');
    }));

  suite('concurrent setIfAbsent on one key: exactly one wins', () =>
    withStore(build, async (s) => {
      const k = key('nx-race');
      const results = await Promise.all(Array.from({ length: 25 }, (_, i) => s.setIfAbsent(k, `v${i}`, 10_000)));
      assert.is(results.filter(Boolean).length, 1);
      assert.is(await s.get(k), `v${results.indexOf(true)}`);
    }));

  suite('many concurrent writes and reads stay consistent', () =>
    withStore(build, async (s) => {
      const base = key('burst');
      const ids = Array.from({ length: 300 }, (_, i) => i);
      await Promise.all(ids.map((i) => s.set(`${base}:${i}`, `v${i}`, 10_000)));
      const got = await Promise.all(ids.map((i) => s.get(`${base}:${i}`)));
      assert.equal(got, ids.map((i) => `v${i}`));
    }));

  suite('a TTL that is not > 0 is rejected and nothing is written', () =>
    withStore(build, async (s) => {
      const k = key('bad-ttl');
      for (const ttl of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        await rejectsWith(s.set(k, 'v', ttl), 'STORE_INVALID_ARGUMENT');
        await rejectsWith(s.setIfAbsent(k, 'v', ttl), 'STORE_INVALID_ARGUMENT');
        await rejectsWith(s.setMany([[k, 'v']], ttl), 'STORE_INVALID_ARGUMENT');
      }
      assert.is(await s.get(k), undefined);
    }));

  suite('an empty key is rejected; a bad entry in setMany writes nothing', () =>
    withStore(build, async (s) => {
      await rejectsWith(s.get(''), 'STORE_INVALID_ARGUMENT');
      await rejectsWith(s.set('', 'v', 1_000), 'STORE_INVALID_ARGUMENT');
      const k = key('partial');
      await rejectsWith(s.setMany([[k, 'v'], ['', 'w']], 1_000), 'STORE_INVALID_ARGUMENT');
      assert.is(await s.get(k), undefined);
    }));

  suite('reports itself healthy while working', () =>
    withStore(build, async (s) => {
      assert.ok(s.kind === 'memory' || s.kind === 'redis');
      assert.is(s.health.connected, true);
      assert.is(s.health.failedOps, 0);
    }));

  suite('after close every operation rejects with STORE_CLOSED; close twice is fine', async () => {
    const s = await build();
    await s.close();
    await s.close();
    await rejectsWith(s.get('x'), 'STORE_CLOSED');
    await rejectsWith(s.set('x', 'v', 1_000), 'STORE_CLOSED');
    await rejectsWith(s.setIfAbsent('x', 'v', 1_000), 'STORE_CLOSED');
    await rejectsWith(s.setMany([['x', 'v']], 1_000), 'STORE_CLOSED');
    await rejectsWith(s.del('x'), 'STORE_CLOSED');
  });
}
